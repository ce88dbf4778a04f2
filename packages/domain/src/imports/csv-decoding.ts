import iconv from "iconv-lite";
import { importFailure, type ImportFailure } from "./import-messages.ts";

/** The encodings Japanese offices produce: UTF-8 (with or without BOM) and Shift_JIS as Excel saves it (CP932). */
export type CsvEncoding = "utf-8" | "shift_jis";

const NAMES: Readonly<Record<string, CsvEncoding>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-8-bom": "utf-8",
  "utf8-bom": "utf-8",
  shift_jis: "shift_jis",
  "shift-jis": "shift_jis",
  sjis: "shift_jis",
  cp932: "shift_jis",
  ms932: "shift_jis",
  "windows-31j": "shift_jis",
};

/** The encoding a user named (e.g. on the command line), or a typed failure for one we do not read. */
export function resolveEncoding(
  name: string,
): { ok: true; encoding: CsvEncoding } | ImportFailure<"IMPORT_UNKNOWN_ENCODING"> {
  const encoding = NAMES[name.trim().toLowerCase()];
  return encoding
    ? { ok: true, encoding }
    : importFailure("IMPORT_UNKNOWN_ENCODING", { encoding: name });
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Guesses the encoding from the first bytes of a file: a UTF-8 BOM, or bytes that are
 * valid UTF-8 (a multi-byte character cut at the end of the sample is fine), mean UTF-8;
 * anything else is taken for Shift_JIS, which the decoder then checks byte by byte.
 */
export function detectEncoding(sample: Uint8Array): CsvEncoding {
  if (BOM.every((byte, i) => sample[i] === byte)) return "utf-8";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf-8";
  } catch {
    return "shift_jis";
  }
}

/** Thrown while streaming when bytes turn out not to be in the file's encoding. */
export class UndecodableInput extends Error {
  readonly encoding: CsvEncoding;

  constructor(encoding: CsvEncoding) {
    super(`not ${encoding}`);
    this.encoding = encoding;
    this.name = "UndecodableInput";
  }
}

/**
 * Decodes a byte stream to text chunk by chunk, dropping a leading BOM. Throws
 * {@link UndecodableInput} at the first byte sequence that is not in the encoding, so a
 * wrongly chosen encoding never loads mojibake.
 */
export async function* decodeChunks(
  source: AsyncIterable<Uint8Array>,
  encoding: CsvEncoding,
): AsyncGenerator<string> {
  let first = true;
  const strip = (text: string) => {
    if (!first || text === "") return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  if (encoding === "utf-8") {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    try {
      for await (const chunk of source) yield strip(decoder.decode(chunk, { stream: true }));
      yield strip(decoder.decode());
    } catch (error) {
      if (error instanceof TypeError) throw new UndecodableInput(encoding);
      throw error;
    }
    return;
  }
  const decoder = iconv.getDecoder("cp932");
  const checked = (text: string) => {
    // iconv-lite writes U+FFFD for bytes that are not CP932; no real file contains it.
    if (text.includes(iconv.defaultCharUnicode)) throw new UndecodableInput(encoding);
    return strip(text);
  };
  for await (const chunk of source)
    yield checked(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  yield checked(decoder.end() ?? "");
}
