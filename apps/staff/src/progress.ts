import { SingleBar } from "cli-progress";
import { lang } from "./i18n.ts";

/** Progress of a long run on stderr: done, rows/s and ETA; silent when stderr is not a terminal or with --json. */
export interface Progress {
  /** `done` is in the bar's unit (bytes of the file, or rows); `rows` is the count people read. */
  update(done: number, rows: number): void;
  setTotal(total: number): void;
  stop(): void;
}

const started = () => performance.now();

export function createProgress(total: number, enabled = process.stderr.isTTY === true): Progress {
  if (!enabled) return { update() {}, setTotal() {}, stop() {} };
  const t0 = started();
  const ja = lang() === "ja";
  const bar = new SingleBar({
    stream: process.stderr,
    format: ja
      ? "{bar} {percentage}% | {rows}行 | {speed}行/秒 | 残り {eta_formatted}"
      : "{bar} {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}",
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  bar.start(Math.max(total, 1), 0, { rows: 0, speed: 0 });
  return {
    update(done, rows) {
      const seconds = (performance.now() - t0) / 1000;
      bar.update(done, { rows, speed: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    setTotal(next) {
      bar.setTotal(Math.max(next, 1));
    },
    stop() {
      bar.stop();
    },
  };
}
