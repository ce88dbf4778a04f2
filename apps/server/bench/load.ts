// The load generator: autocannon's programmatic API in the bench driver, a process of its own.
import autocannon from "autocannon";
import { answerAccepted, type Scenario } from "./scenarios.ts";

/** What one autocannon run saw from the client's side. */
export interface LoadFigures {
  rps: number;
  /** Null when no answer came back within the run. */
  p50Ms: number | null;
  p99Ms: number | null;
  /** Answers received (successes and failures). */
  requests: number;
  /**
   * Requests sent, answered or not: at the deadline autocannon drops the requests in flight,
   * which the server still serves, so the server's work is divided by this count.
   */
  sent: number;
  /** Non-2xx answers, socket errors, timeouts and 200 answers carrying GraphQL errors or a wrong result. */
  failures: number;
  /** The first failed body, to say why. */
  failureSample: string | null;
}

/** Loads `scenario` on `url` for `seconds` and reads every answer's body. */
export async function runLoad(
  url: string,
  scenario: Scenario,
  seconds: number,
): Promise<LoadFigures> {
  let failureSample: string | null = null;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    connections: scenario.connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => {
          const { body, headers } = scenario.next();
          return { ...request, method: "POST", body, headers };
        },
      },
    ],
    verifyBody: (body) => {
      const ok = answerAccepted(scenario, String(body));
      if (!ok && failureSample === null) failureSample = String(body).slice(0, 300);
      return ok;
    },
  });
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.requests.total > 0 ? result.latency.p50 : null,
    p99Ms: result.requests.total > 0 ? result.latency.p99 : null,
    requests: result.requests.total,
    // Present at run time, missing from @types/autocannon.
    sent: (result.requests as { sent?: number }).sent ?? result.requests.total,
    // autocannon counts a timeout among the errors too.
    failures: result.non2xx + result.errors + result.mismatches,
    failureSample:
      failureSample ??
      (result.timeouts > 0 ? `${result.timeouts} requests timed out (10 s)` : null),
  };
}
