import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { GraphQLClient } from "@cws/client";
import { describe, expect, it } from "vitest";
import type { StaffApi } from "./api.ts";
import { CliError } from "./cli-error.ts";
import { requestSized, runImport } from "./import-run.ts";

describe("requestSized", () => {
  it("keeps every part's JSON under the limit, in order, without splitting a row", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      rowNumber: i + 2,
      name: "髙橋".repeat(i % 7),
    }));
    const parts = requestSized(rows, 5_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts)
      expect(Buffer.byteLength(JSON.stringify(part))).toBeLessThanOrEqual(5_000);
    expect(parts.flat()).toEqual(rows);
  });

  it("sends one part when the batch fits, and a too-large single row alone", () => {
    expect(requestSized([{ a: 1 }, { a: 2 }], 1_000)).toEqual([[{ a: 1 }, { a: 2 }]]);
    const big = { a: "x".repeat(50) };
    expect(requestSized([big, { a: 1 }], 20)).toEqual([[big], [{ a: 1 }]]);
  });
});

describe("runImport", () => {
  type Handler = (variables: Record<string, unknown>) => unknown;
  const header =
    "団体名,社員番号,氏名(姓),氏名(名),カナ(セイ),カナ(メイ),生年月日,メールアドレス\r\n";
  const row = (n: number, birth = "1980-01-01") => `G,${n},山田,太郎,ヤマダ,タロウ,${birth},\r\n`;

  async function setUp(content: string) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cws-staff-import-"));
    const file = path.join(dir, "p.csv");
    await writeFile(file, content);
    return file;
  }

  /** A stand-in for the server: answers by operation name and records the calls. */
  function fakeApi(handlers: Record<string, Handler>, calls: string[]) {
    const client = {
      async execute(document: unknown, variables: Record<string, unknown> = {}) {
        const name = /(?:query|mutation) (\w+)/.exec(String(document))![1]!;
        calls.push(name);
        const handler = handlers[name];
        if (!handler) throw new Error(`unexpected ${name}`);
        return handler(variables);
      },
      setBearerToken() {},
      cookies: () => new Map<string, string>(),
    } as unknown as GraphQLClient;
    const api: StaffApi = { url: "fake", client, call: (run) => run(client) };
    return async () => ({ api, cleanupApi: api });
  }

  const started = { startImport: { __typename: "ImportStarted", importId: "i1" } };
  const abandoned = { abandonImport: { __typename: "ImportAbandoned", importId: "i1" } };
  const committed = {
    commitImport: {
      __typename: "ImportCommitted",
      dryRun: false,
      inserted: 2,
      updated: 0,
      unchanged: 0,
      identityChangesNotApplied: [],
    },
  };

  it("writes the error report, abandons and loads nothing when a row has a problem", async () => {
    const file = await setUp(header + row(1) + row(2, "1980-13-01"));
    const calls: string[] = [];
    const connect = fakeApi(
      {
        StartImport: () => started,
        AddImportRows: () => ({
          addImportRows: { __typename: "ImportRowsStaged", staged: 2, problems: [{}] },
        }),
        ImportProblems: () => ({
          importProblems: {
            problems: [
              {
                rowNumber: 3,
                column: "birthDate",
                header: { ja: "生年月日", en: "birth_date" },
                value: "1980-13-01",
                code: "DATE_INVALID",
                message: { ja: "生年月日を正しく入力してください。", en: "…" },
              },
            ],
            nextAfterRow: null,
          },
        }),
        AbandonImport: () => abandoned,
      },
      calls,
    );
    await expect(
      runImport(
        { kind: "POLICYHOLDERS", file, dryRun: false },
        connect,
        new AbortController().signal,
      ),
    ).rejects.toThrow(CliError);
    expect(calls).toEqual(["StartImport", "AddImportRows", "ImportProblems", "AbandonImport"]);
    expect(await readFile(`${file}.errors.csv`, "utf8")).toBe(
      "\uFEFF行,列,値,エラー内容\r\n3,生年月日,1980-13-01,生年月日を正しく入力してください。\r\n",
    );
  });

  it("abandons when interrupted (Ctrl-C) and never commits", async () => {
    const file = await setUp(header + Array.from({ length: 30 }, (_, i) => row(i + 1)).join(""));
    const calls: string[] = [];
    const controller = new AbortController();
    const connect = fakeApi(
      {
        StartImport: () => started,
        AddImportRows: () => {
          controller.abort();
          return { addImportRows: { __typename: "ImportRowsStaged", staged: 10, problems: [] } };
        },
        AbandonImport: () => abandoned,
      },
      calls,
    );
    await expect(
      runImport(
        { kind: "POLICYHOLDERS", file, dryRun: false, batchSize: 10 },
        connect,
        controller.signal,
      ),
    ).rejects.toMatchObject({
      text: { en: "Interrupted. The import was abandoned; nothing was loaded." },
    });
    expect(calls).toEqual(["StartImport", "AddImportRows", "AbandonImport"]);
  });

  it("commits a clean file and leaves it committed", async () => {
    const file = await setUp(header + row(1) + row(2));
    const calls: string[] = [];
    const connect = fakeApi(
      {
        StartImport: () => started,
        AddImportRows: () => ({
          addImportRows: { __typename: "ImportRowsStaged", staged: 2, problems: [] },
        }),
        CommitImport: (variables) => {
          expect(variables).toEqual({ importId: "i1", dryRun: false });
          return committed;
        },
      },
      calls,
    );
    const result = await runImport(
      { kind: "POLICYHOLDERS", file, dryRun: false },
      connect,
      new AbortController().signal,
    );
    expect(result.inserted).toBe(2);
    expect(calls).toEqual(["StartImport", "AddImportRows", "CommitImport"]);
  });

  it("refuses a file without the required headers before starting anything on the server", async () => {
    const file = await setUp("団体名,社員番号\r\nG,1\r\n");
    const calls: string[] = [];
    await expect(
      runImport(
        { kind: "POLICYHOLDERS", file, dryRun: false },
        fakeApi({}, calls),
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({
      text: { ja: expect.stringContaining("見出し行に必要な列がありません") },
    });
    expect(calls).toEqual([]);
  });
});
