// Who is who among anvil's dev accounts. Accounts 0–2 are the deployer, service and
// liquidity provider; 3–9 are anvil's well-known test accounts, kept as plain voters so a
// developer importing them into a wallet finds tokens, delegation and open proposals.
import type { Rng } from "./prng.ts";

export const REQUIRED_ACCOUNTS = 60;

export interface Host {
  address: string;
  region: number;
  /** upload capacity, downloads per 15-minute window */
  capacity: number;
  /** indexes of the data it hosts */
  data: number[];
  positionId?: number;
}

export interface Population {
  deployer: string;
  service: string;
  liquidityProvider: string;
  voters: string[];
  whales: string[];
  delegate: string;
  hosts: Host[];
  creators: string[];
  collectors: string[];
  stakers: string[];
  /** every agent holding tokens, for approvals and delegation */
  holders: string[];
  /** who delegates to whom (undefined: never delegates, so holds no votes) */
  delegation: Map<string, string>;
}

export function createPopulation(accounts: readonly string[], rng: Rng, dataCount: number) {
  if (accounts.length < REQUIRED_ACCOUNTS) {
    throw new Error(`seeding needs ${REQUIRED_ACCOUNTS} dev accounts (anvil --accounts 60)`);
  }
  const a = accounts.map((x) => x.toLowerCase());
  const slice = (from: number, to: number) => a.slice(from, to);
  const hosts: Host[] = slice(14, 22).map((address, i) => ({
    address,
    region: i % 4,
    capacity: rng.range(30, 120),
    data: [],
  }));
  // every datum is hosted by two to four nodes; popular data by more
  for (let datum = 0; datum < dataCount; datum++) {
    const copies = datum < 6 ? 4 : rng.range(2, 3);
    const order = rng.shuffle(hosts.map((_, i) => i));
    for (const i of order.slice(0, copies)) hosts[i]!.data.push(datum);
  }
  const pop: Population = {
    deployer: a[0]!,
    service: a[1]!,
    liquidityProvider: a[2]!,
    voters: slice(3, 10),
    whales: slice(10, 13),
    delegate: a[13]!,
    hosts,
    creators: slice(22, 46),
    collectors: slice(46, 54),
    stakers: slice(54, 60),
    holders: slice(3, 60),
    delegation: new Map(),
  };
  for (const v of [...pop.voters, pop.whales[1]!, pop.whales[2]!, pop.delegate]) {
    pop.delegation.set(v, v);
  }
  pop.delegation.set(pop.whales[0]!, pop.delegate);
  // like most token communities, many holders never delegate (and so hold no votes)
  for (const h of slice(14, 60)) {
    const r = rng.next();
    if (r < 0.4) pop.delegation.set(h, h);
    else if (r < 0.55) pop.delegation.set(h, pop.delegate);
  }
  return pop;
}
