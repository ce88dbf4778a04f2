import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { CliError } from "./cli-error.ts";
import type { Localized } from "./i18n.ts";
import { fill, say } from "./i18n.ts";
import { MSG } from "./messages.ts";

/**
 * Asks one question on the terminal. With `hidden`, what is typed is not echoed (passwords):
 * the prompt is written, then the output is muted until Enter.
 */
export async function ask(question: Localized, what: Localized, hidden = false): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CliError({
      ja: fill(MSG.noTty, { what: what.ja }).ja,
      en: fill(MSG.noTty, { what: what.en }).en,
    });
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(say(question));
    muted = hidden;
    const value = await answer;
    if (hidden) process.stderr.write("\n");
    return value.trim();
  } finally {
    rl.close();
  }
}
