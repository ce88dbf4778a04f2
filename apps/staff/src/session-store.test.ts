import { mkdtemp, readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SessionStore } from "./session-store.ts";

const session = {
  apiUrl: "http://127.0.0.1:3000/graphql",
  sessionToken: "secret-token",
  expiresAt: "2026-11-25T01:15:00.000Z",
  userId: "agent-1",
};

describe("the session store", () => {
  it("keeps the token in a file only its owner can read, in a folder only its owner can open", async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), "cws-staff-"));
    const store = new SessionStore(path.join(home, "cws-staff"));
    const oldMask = process.umask(0o000);
    try {
      await store.save(session);
    } finally {
      process.umask(oldMask);
    }
    expect((await stat(store.file)).mode & 0o777).toBe(0o600);
    expect((await stat(store.dir)).mode & 0o777).toBe(0o700);
    expect(await store.load()).toEqual(session);
    // Written under a temporary name and renamed: nothing else is left in the folder.
    expect(await readdir(store.dir)).toEqual(["session.json"]);
  });

  it("replaces a saved session and forgets it on clear", async () => {
    const store = new SessionStore(await mkdtemp(path.join(os.tmpdir(), "cws-staff-")));
    await store.save(session);
    await store.save({ ...session, sessionToken: "second" });
    expect((await store.load())?.sessionToken).toBe("second");
    await store.clear();
    expect(await store.load()).toBeNull();
    await store.clear();
  });
});
