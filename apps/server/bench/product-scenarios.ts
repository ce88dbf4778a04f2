// The product's scenarios, in one run on one server (or one cluster of N processes).
import type { BenchCustomer, RenewalCustomer } from "./bench-database.ts";
import {
  measureDriven,
  measureScenario,
  type ScenarioResult,
  type Target,
  type Timing,
} from "./measured-run.ts";
import { ContractPool, RENEWAL_SCENARIO_NAME, renewalOrder, runRenewals } from "./renewals.ts";
import * as scenarios from "./scenarios.ts";
import { signIn } from "./sessions.ts";

export interface ProductRun {
  /**
   * In this order: __typename, serviceStatus, me, contracts (2), contracts (20), renewalQuote,
   * login, burst, renewal (quote + renew).
   */
  results: ScenarioResult[];
  /** Customers with 2 contracts and their sessions: sessions live in the database, so other servers accept them. */
  signedTwo: scenarios.SignedInCustomer[];
}

export interface ProductLoad {
  connections: number;
  loginBurst: number;
  two: BenchCustomer[];
  twenty: BenchCustomer[];
  /** Customers whose contracts the renewal scenario renews, each once. */
  renewals: RenewalCustomer[];
  renewalWorkers: number;
}

/** Logs the customers in through the API, then measures every product scenario one after another. */
export async function runProductScenarios(
  target: Target,
  timing: Timing,
  load: ProductLoad,
  say: (text: string) => void,
): Promise<ProductRun> {
  say(`logging in ${load.two.length + load.twenty.length} customers (tokenDelivery BEARER)`);
  const signedTwo = await signIn(target.url, load.two);
  const signedTwenty = await signIn(target.url, load.twenty);
  const c = load.connections;
  const plan = [
    scenarios.typename(c),
    scenarios.serviceStatus(c),
    scenarios.me(signedTwo, c),
    scenarios.contracts(signedTwo, 2, c),
    scenarios.contracts(signedTwenty, 20, c),
    scenarios.renewalQuote(signedTwo, c),
    scenarios.login(load.two, load.loginBurst),
  ];
  const results: ScenarioResult[] = [];
  for (const scenario of plan) {
    say(scenario.name);
    results.push(await measureScenario(target, timing, scenario));
  }
  const during = scenarios.contracts(
    signedTwo,
    2,
    c,
    `contracts (2) during ${load.loginBurst} logins`,
  );
  say(during.name);
  results.push(
    await measureScenario(target, timing, during, scenarios.login(load.two, load.loginBurst)),
  );
  // Last: it writes (new periods, idempotency records, queued mails), the others only read.
  say(`logging in ${load.renewals.length} customers for the renewals`);
  const pool = new ContractPool(renewalOrder(await signIn(target.url, load.renewals)));
  say(`${RENEWAL_SCENARIO_NAME}: ${pool.left} unused contracts, ${load.renewalWorkers} loops`);
  const renewal = await measureDriven(
    target,
    timing,
    RENEWAL_SCENARIO_NAME,
    load.renewalWorkers,
    (seconds) => runRenewals(target.url, pool, load.renewalWorkers, seconds),
  );
  if (pool.left === 0) say("the renewals ran out of unused contracts: a run ended early");
  results.push(renewal);
  return { results, signedTwo };
}

/** Indices into ProductRun.results, for the targets. */
export const PRODUCT_SCENARIO = {
  typename: 0,
  contracts2: 3,
  contracts20: 4,
  login: 6,
  contractsDuringLogins: 7,
  renewal: 8,
} as const;
