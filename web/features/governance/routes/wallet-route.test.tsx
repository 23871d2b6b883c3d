// The wallet across the governance views: discovery through EIP-6963 and the marks it puts
// on the list, a wrong chain and its switch, why voting power is zero (with the self-
// delegation that fixes it), a pending transaction surviving a reload, queue and execute.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatAbsolute } from "../../../lib/relative-time.ts";
import { renderRoute } from "../../../test/route-harness.tsx";
import { hashOf, indexBlock, mine } from "../wallet/testing/fake-chain.ts";
import {
  beginTest,
  chooseTestWallet,
  connectWallet,
  endTest,
  type FixtureProposal,
  signAndMine,
  startWalletBackend,
  voteWrites,
  type WalletTestContext,
} from "../wallet/testing/wallet-fixture.ts";

let t: WalletTestContext;
let actives: FixtureProposal[];
const E18 = 10n ** 18n;
const NOBODY = "0x00000000000000000000000000000000000b0b01";

beforeAll(async () => {
  t = await startWalletBackend();
  actives = t.proposals.filter((p) => p.state === "ACTIVE");
});
beforeEach(() => beginTest(t));
afterEach(() => endTest(t));
afterAll(() => t?.backend.server.close());

const panel = () => screen.findByRole("region", { name: "Your vote" });

async function openWith(account: string, path = `/governance/proposals/${actives[0]!.id}`) {
  connectWallet(t, account);
  renderRoute(path, t.config);
  const box = await panel();
  await chooseTestWallet(await within(box).findByRole("button", { name: "Connect wallet" }));
  return box;
}

describe("Wallet", () => {
  it("connects a wallet announced through EIP-6963 and marks the Active proposals it has not voted on", async () => {
    const voter = actives[0]!.votes[0]!.voter.id;
    connectWallet(t, voter);
    renderRoute("/governance", t.config);
    await screen.findByRole("list", { name: "Proposals" });
    await chooseTestWallet(screen.getByRole("button", { name: "Connect wallet" }));
    await screen.findByText(`${voter.slice(0, 6)}…${voter.slice(-4)}`);
    for (const p of actives) {
      const row = (await screen.findByRole("link", { name: p.title })).closest("li")!;
      const mine = p.votes.find((v) => v.voter.id === voter);
      await within(row).findByText(
        mine ? new RegExp(`^You voted ${mine.choice[0]}`, "i") : "You have not voted",
      );
    }
    expect(t.backend.requests).toContain("AccountVotes");
    expect(t.wallet!.requests).toContain("eth_chainId");
  });

  it("on the wrong chain says so and offers the switch, which fixes it", async () => {
    t.chain.accounts.set(NOBODY, { balance: 0n, votes: 0n, pastVotes: 0n, delegate: NOBODY });
    const wallet = connectWallet(t, NOBODY, 1);
    wallet.allowSwitch = false;
    renderRoute(`/governance/proposals/${actives[0]!.id}`, t.config);
    const box = await panel();
    await chooseTestWallet(await within(box).findByRole("button", { name: "Connect wallet" }));
    expect(
      await within(box).findByText(/Your wallet is on chain 1; this proposal is on/),
    ).toBeTruthy();
    wallet.allowSwitch = true;
    fireEvent.click(await screen.findByRole("button", { name: /^Switch to/ }));
    await waitFor(() => expect(screen.queryByText(/Your wallet is on chain 1/)).toBeNull());
    expect(wallet.chainId).toBe(t.config.chainId);
  });

  it("zero power: no tokens", async () => {
    const box = await openWith(NOBODY);
    expect(await within(box).findByText(/holds no tokens and nobody delegates to it/)).toBeTruthy();
    expect(within(box).queryByRole("button", { name: /^For$/ })).toBeNull();
  });

  it("zero power: tokens not delegated; delegating to oneself runs to indexed and the power appears", async () => {
    const holder = "0x00000000000000000000000000000000000b0b02";
    t.chain.accounts.set(holder, {
      balance: 5_000n * E18,
      votes: 0n,
      pastVotes: 0n,
      delegate: "0x0000000000000000000000000000000000000000",
    });
    const box = await openWith(holder);
    expect(await within(box).findByText(/are not delegated, so they carry no votes/)).toBeTruthy();
    signAndMine(t, () => []);
    t.wallet!.onSend = ((send) => async (tx) => {
      const hash = await send(tx);
      // the chain now counts the tokens as the holder's votes, from this block on
      t.chain.accounts.set(holder, {
        balance: 5_000n * E18,
        votes: 5_000n * E18,
        pastVotes: 0n,
        delegate: holder,
        checkpoints: [{ key: t.chain.block.timestamp + 12, value: 5_000n * E18 }],
      });
      return hash;
    })(t.wallet!.onSend);
    fireEvent.click(within(box).getByRole("button", { name: "Delegate to myself" }));
    expect(
      await within(box).findByText(/Your delegation: indexed/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    // the snapshot has passed: the power is there now, and counts from the next proposal
    await waitFor(() =>
      expect(box.textContent).toMatch(/your voting power \(5k WSHD now\) arrived on/i),
    ).catch((e) => {
      throw new Error(`${e}\nPANEL: ${box.textContent}`);
    });
  });

  it("zero power: power acquired after the snapshot, with the date that mattered", async () => {
    const late = "0x00000000000000000000000000000000000b0b03";
    const arrived = Number(actives[0]!.voteStart) + 3_600;
    t.chain.accounts.set(late, {
      balance: 700n * E18,
      votes: 700n * E18,
      pastVotes: 0n,
      delegate: late,
      checkpoints: [{ key: arrived, value: 700n * E18 }],
    });
    const box = await openWith(late);
    const text = await within(box).findByText(/arrived on/);
    expect(text.textContent).toContain(formatAbsolute(arrived));
    expect(text.textContent).toContain(
      `snapshot on ${formatAbsolute(Number(actives[0]!.voteStart))}`,
    );
  });

  it("delegates to the address of a delegate's page, then reads the account again", async () => {
    const holder = "0x00000000000000000000000000000000000b0b04";
    const target = t.delegates[0]!.id;
    t.chain.accounts.set(holder, {
      balance: 300n * E18,
      votes: 0n,
      pastVotes: 0n,
      delegate: "0x0000000000000000000000000000000000000000",
    });
    connectWallet(t, holder);
    renderRoute(`/governance/delegates/${target}`, t.config);
    await chooseTestWallet(
      await screen.findByRole("button", { name: "Connect a wallet to delegate" }),
    );
    expect(await screen.findByText(/delegated to nobody: they carry no votes/)).toBeTruthy();
    signAndMine(t, () => []);
    const send = t.wallet!.onSend;
    t.wallet!.onSend = async (tx) => {
      const hash = await send(tx);
      t.chain.accounts.set(holder, { ...t.chain.accounts.get(holder)!, delegate: target });
      return hash;
    };
    fireEvent.click(screen.getByRole("button", { name: "Delegate to this address" }));
    expect(
      await screen.findByText(/Your delegation: indexed/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/delegated to nobody/)).toBeNull());
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Delegate to this address" })).toBeNull(),
    );
    expect(screen.getByRole("button", { name: "Delegate to myself" })).toBeTruthy();
  });

  it("a pending vote survives a reload: followed from storage to indexed, with no wallet connected", async () => {
    const p = actives[0]!;
    const voter = t.delegates.find((d) => !p.votes.some((v) => v.voter.id === d.id))!.id;
    const hash = hashOf(9_001);
    const block = mine(t.chain, hash, {
      from: voter,
      to: t.config.contracts.CommunityGovernor!,
      data: "0x",
    });
    localStorage.setItem(
      "watershed:pending-txs:v1",
      JSON.stringify([
        {
          hash,
          kind: "vote",
          chainId: t.config.chainId,
          account: voter,
          proposalId: p.id,
          choice: "FOR",
          reason: "From before the reload.",
          submittedAt: Date.now() - 5_000,
        },
      ]),
    );
    renderRoute(`/governance/proposals/${p.id}`, t.config);
    const box = await panel();
    expect(await within(box).findByText(/The vote sent from this browser: confirmed/)).toBeTruthy();
    expect(localStorage.getItem("watershed:pending-txs:v1")).toContain(hash);
    indexBlock(
      t.backend.fixture.store,
      block,
      voteWrites(p, {
        voter,
        choice: "FOR",
        weight: 800_000n * E18,
        reason: "From before the reload.",
      })(block, hash),
    );
    expect(
      await within(box).findByText(
        /The vote sent from this browser: indexed/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(await screen.findByText("From before the reload.")).toBeTruthy();
    expect(localStorage.getItem("watershed:pending-txs:v1")).toBeNull();
  });

  it("queues a Succeeded proposal, then executes it once the timelock's eta has passed", async () => {
    const p = actives[0]!;
    const start = { number: t.head.number + 1, timestamp: Number(p.voteEnd) + 60 };
    indexBlock(t.backend.fixture.store, start, [
      { type: "Proposal", id: p.id, fields: { state: ["String", "SUCCEEDED"] } },
    ]);
    t.chain.block = start;
    const box = await openWith(NOBODY, `/governance/proposals/${p.id}`);
    await within(box).findByText(/holds no tokens/);
    const queue = await screen
      .findByRole("region", { name: "Queue it in the timelock" })
      .catch((e) => {
        throw new Error(`${e}\nPAGE: ${document.body.textContent?.slice(0, 1500)}`);
      });
    const delay = 86_400;
    signAndMine(t, (block) => [
      {
        type: "Proposal",
        id: p.id,
        fields: {
          state: ["String", "QUEUED"],
          queuedAt: ["BigInt", String(block.timestamp)],
          eta: ["BigInt", String(block.timestamp + delay)],
        },
      },
    ]);
    fireEvent.click(within(queue).getByRole("button", { name: "Queue" }));
    const execute = await screen.findByRole("region", { name: "Execute it" }, { timeout: 10_000 });
    expect(within(execute).getByText(/It can be executed in 1 d/)).toBeTruthy();
    expect(
      (within(execute).getByRole("button", { name: "Execute" }) as HTMLButtonElement).disabled,
    ).toBe(true);

    // a day later, by the chain's clock
    const later = {
      number: t.chain.block.number + 1,
      timestamp: t.chain.block.timestamp + delay + 60,
    };
    t.chain.block = later;
    indexBlock(t.backend.fixture.store, later, []);
    await waitFor(
      () =>
        expect(
          (within(execute).getByRole("button", { name: "Execute" }) as HTMLButtonElement).disabled,
        ).toBe(false),
      { timeout: 12_000 },
    );
    signAndMine(t, (block) => [
      {
        type: "Proposal",
        id: p.id,
        fields: {
          state: ["String", "EXECUTED"],
          executedAt: ["BigInt", String(block.timestamp)],
          executedTxHash: ["Bytes", "ab".repeat(32)],
        },
      },
    ]);
    fireEvent.click(within(execute).getByRole("button", { name: "Execute" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Execute it" })).toBeNull(), {
      timeout: 10_000,
    });
    const timeline = screen.getByRole("region", { name: "Timeline" });
    expect(within(timeline).getByText("Executed")).toBeTruthy();
  }, 60_000);
});
