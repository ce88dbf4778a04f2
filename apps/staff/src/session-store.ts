import { chmod, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** What `login` keeps between runs: the bearer token and which server and person it is for. */
export interface SavedSession {
  apiUrl: string;
  sessionToken: string;
  expiresAt: string;
  userId: string;
}

const FILE = "session.json";

/** The session file in the tool's config folder, readable by its owner only (dir 0700, file 0600). */
export class SessionStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  get file(): string {
    return path.join(this.dir, FILE);
  }

  async load(): Promise<SavedSession | null> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as Partial<SavedSession>;
      if (typeof parsed.sessionToken !== "string" || typeof parsed.apiUrl !== "string") return null;
      return parsed as SavedSession;
    } catch {
      return null;
    }
  }

  /**
   * Writes the whole file under a temporary name (created 0600, so the token is never
   * readable by others, not even for a moment) and renames it into place, so a crash
   * leaves the old file or the new one, never half of one.
   */
  async save(session: SavedSession): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700);
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600, flag: "w" });
    await chmod(temporary, 0o600);
    await rename(temporary, this.file);
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true });
  }
}
