// Shared set-up of the wallet route tests: the recorded fixture behind MSW, a fake chain
// behind the RPC URL, a wallet announced through EIP-6963, and a clean page between tests.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { expect } from "vitest";
import type { AppConfig } from "../../../../lib/config.ts";
import {
  type FixtureBackend,
  queryFixture,
  startFixtureBackend,
} from "../../../../test/route-harness.tsx";
import { resetPendingTxCache } from "../pending-tx.ts";
import { forgetRuntime } from "../runtime-loader.ts";
import { resetTracker } from "../tx-tracker.ts";
import {
  type FakeChain,
  type FakeWallet,
  fakeChain,
  hashOf,
  indexBlock,
  installWallet,
  mine,
  RPC_URL,
  restoreStore,
  rpcHandlers,
} from "./fake-chain.ts";

export interface FixtureProposal {
  id: string;
  title: string;
  state: string;
  voteStart: string;
  voteEnd: string;
  forVotes: string;
  againstVotes: string;
  abstainVotes: string;
  totalVotes: string;
  voterCount: number;
  votes: { voter: { id: string }; choice: string; weight: string; reason: string }[];
}

export interface WalletTestContext {
  backend: FixtureBackend;
  config: AppConfig;
  chain: FakeChain;
  wallet: FakeWallet | null;
  head: { number: number; hash: string; timestamp: number; parentHash: string };
  proposals: FixtureProposal[];
  /** delegates with power, by power */
  delegates: { id: string; votingPower: string; balance: string }[];
}

export async function startWalletBackend(): Promise<WalletTestContext> {
  const backend = await startFixtureBackend();
  const head = { ...backend.fixture.store.head! };
  const data = await queryFixture<{
    proposals: FixtureProposal[];
    accounts: WalletTestContext["delegates"];
  }>(
    backend.engine,
    `{ proposals(first: 100, orderBy: createdAt, orderDirection: desc) {
        id title state voteStart voteEnd forVotes againstVotes abstainVotes totalVotes voterCount
        votes(first: 1000) { voter { id } choice weight reason }
      }
      accounts(where: { votingPower_gt: "0" }, orderBy: votingPower, orderDirection: desc, first: 100) {
        id votingPower balance
      } }`,
  );
  return {
    backend,
    config: { ...backend.config, rpcUrl: RPC_URL },
    chain: fakeChain(backend.config.chainId, head),
    wallet: null,
    head,
    proposals: data.proposals,
    delegates: data.accounts,
  };
}

/** A fresh chain and RPC for each test. */
export function beginTest(t: WalletTestContext) {
  t.chain = fakeChain(t.backend.config.chainId, {
    number: t.head.number,
    timestamp: t.head.timestamp,
  });
  t.backend.server.use(...rpcHandlers(t.chain));
}

export function endTest(t: WalletTestContext) {
  t.wallet?.remove();
  t.wallet = null;
  forgetRuntime();
  resetTracker();
  resetPendingTxCache();
  restoreStore(t.backend.fixture.store, t.head);
  t.backend.server.resetHandlers();
  t.backend.requests.length = 0;
}

export function connectWallet(t: WalletTestContext, account: string, chainId = t.config.chainId) {
  t.wallet = installWallet({ accounts: [account], chainId });
  return t.wallet;
}

/**
 * Connects from `button`: picks the announced test wallet in the chooser, or accepts the
 * reconnection a wallet that already authorised the site makes by itself.
 */
export async function chooseTestWallet(button: HTMLElement) {
  fireEvent.click(button);
  await waitFor(() =>
    expect(
      screen.queryByRole("dialog", { name: "Connect a wallet" }) ??
        screen.queryByRole("button", { name: "Disconnect" }),
    ).toBeTruthy(),
  );
  const dialog = screen.queryByRole("dialog", { name: "Connect a wallet" });
  if (dialog) fireEvent.click(await within(dialog).findByRole("button", { name: /Test Wallet/ }));
  await screen.findByRole("button", { name: "Disconnect" });
}

let sent = 0;

/**
 * The wallet signs at once; the transaction is mined `mineMs` later and its block indexed
 * `indexMs` after that, with `writes` (what the subgraph would store for it).
 */
export function signAndMine(
  t: WalletTestContext,
  writes: (
    block: { number: number; timestamp: number },
    hash: string,
  ) => Parameters<typeof indexBlock>[2],
  options: { mineMs?: number; indexMs?: number; gate?: Promise<void> } = {},
) {
  t.wallet!.onSend = async (tx) => {
    await options.gate;
    const hash = hashOf(++sent);
    setTimeout(() => {
      const block = mine(t.chain, hash, tx);
      setTimeout(
        () => indexBlock(t.backend.fixture.store, block, writes(block, hash)),
        options.indexMs ?? 400,
      );
    }, options.mineMs ?? 400);
    return hash;
  };
}

/** What the subgraph stores for a vote: the Vote, and the proposal's tallies moved. */
export function voteWrites(
  p: FixtureProposal,
  vote: { voter: string; choice: "FOR" | "AGAINST" | "ABSTAIN"; weight: bigint; reason: string },
) {
  return (block: { number: number; timestamp: number }, hash: string) => {
    const field = { FOR: "forVotes", AGAINST: "againstVotes", ABSTAIN: "abstainVotes" }[
      vote.choice
    ];
    const before = BigInt((p as unknown as Record<string, string>)[field]!);
    return [
      {
        type: "Vote",
        id: `${p.id}-${vote.voter}`,
        fields: {
          id: ["String", `${p.id}-${vote.voter}`],
          proposal: ["String", p.id],
          voter: ["Bytes", vote.voter.slice(2)],
          choice: ["String", vote.choice],
          weight: ["BigInt", vote.weight.toString()],
          reason: ["String", vote.reason],
          timestamp: ["BigInt", String(block.timestamp)],
          blockNumber: ["BigInt", String(block.number)],
          txHash: ["Bytes", hash.slice(2)],
        },
      },
      {
        type: "Proposal",
        id: p.id,
        fields: {
          [field]: ["BigInt", (before + vote.weight).toString()],
          totalVotes: ["BigInt", (BigInt(p.totalVotes) + vote.weight).toString()],
          voterCount: ["Int", p.voterCount + 1],
        },
      },
    ] as Parameters<typeof indexBlock>[2];
  };
}
