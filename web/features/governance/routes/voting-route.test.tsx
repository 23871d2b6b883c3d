// Voting from a wallet on the proposal page: the wallet is an EIP-1193 provider announced
// through EIP-6963, the chain a fake JSON-RPC behind the configured URL, the subgraph the
// recorded fixture that "indexes" each mined block. The wallet's own code runs unchanged.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatCompact } from "../../../lib/amount.ts";
import { renderRoute } from "../../../test/route-harness.tsx";
import { rejectedByUser } from "../wallet/testing/fake-chain.ts";
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
let active: FixtureProposal;
let voter: { id: string; votingPower: string; balance: string };
const POWER = 800_000n * 10n ** 18n;

beforeAll(async () => {
  t = await startWalletBackend();
  active = t.proposals.find((p) => p.state === "ACTIVE")!;
  voter = t.delegates.find((d) => !active.votes.some((v) => v.voter.id === d.id))!;
});
beforeEach(() => beginTest(t));
afterEach(() => endTest(t));
afterAll(() => t?.backend.server.close());

const panel = () => screen.findByRole("region", { name: "Your vote" });

/** Opens the active proposal with `account`'s wallet connected and its power known. */
async function openConnected(account = voter.id, power = POWER) {
  t.chain.accounts.set(account, {
    balance: power,
    votes: power,
    pastVotes: power,
    delegate: account,
  });
  connectWallet(t, account);
  renderRoute(`/governance/proposals/${active.id}`, t.config);
  await chooseTestWallet(
    await within(await panel()).findByRole("button", { name: "Connect wallet" }),
  );
  return panel();
}

describe("Voting on a proposal", () => {
  it("shows the power at the snapshot, then awaiting signature → pending → confirmed → indexed; tallies and table follow", async () => {
    let sign: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      sign = resolve;
    });
    const box = await openConnected();
    expect(await within(box).findByText(`${formatCompact(POWER, 18)} WSHD`)).toBeTruthy();
    signAndMine(
      t,
      voteWrites(active, {
        voter: voter.id,
        choice: "FOR",
        weight: POWER,
        reason: "Good for stakers.",
      }),
      { gate },
    );
    fireEvent.click(within(box).getByRole("button", { name: "For" }));
    fireEvent.change(within(box).getByLabelText(/Reason/), {
      target: { value: "Good for stakers." },
    });
    fireEvent.click(within(box).getByRole("button", { name: /^Vote For with/ }));
    expect(await within(box).findByText(/Your vote: awaiting signature/)).toBeTruthy();
    sign();
    expect(await within(box).findByText(/Your vote: pending/)).toBeTruthy();
    expect(within(box).getByText(/^0x[0-9a-f]{4}…[0-9a-f]{4}$/)).toBeTruthy();
    expect(await within(box).findByText(/Your vote: confirmed/)).toBeTruthy();
    expect(
      await within(box).findByText(/Your vote: indexed/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
    // the page refetched: the table has the vote with its reason, the tallies moved
    const table = await screen.findByRole("region", { name: "Who voted, how and why?" });
    await within(table).findByText("Good for stakers.");
    const tally = screen.getByRole("region", { name: "Where does the vote stand?" });
    const forNow = BigInt(active.forVotes) + POWER;
    expect(within(tally).getByText(new RegExp(`^${formatCompact(forNow, 18)} WSHD`))).toBeTruthy();
    expect(within(box).getByText(/You voted/)).toBeTruthy();
    expect(within(box).queryByRole("button", { name: /^Vote/ })).toBeNull();
    expect(localStorage.getItem("watershed:pending-txs:v1")).toBeNull();
  });

  it("keeps the typed reason when the signature is rejected", async () => {
    const box = await openConnected();
    t.wallet!.onSend = async () => {
      throw rejectedByUser();
    };
    fireEvent.click(await within(box).findByRole("button", { name: "Against" }));
    fireEvent.change(within(box).getByLabelText(/Reason/), { target: { value: "Too early." } });
    fireEvent.click(within(box).getByRole("button", { name: /^Vote Against with/ }));
    const alert = await within(box).findByRole("alert");
    expect(alert.textContent).toMatch(/rejected the request in your wallet: nothing was sent/);
    expect((within(box).getByLabelText(/Reason/) as HTMLTextAreaElement).value).toBe("Too early.");
    expect(within(box).getByRole("button", { name: /^Vote Against with/ })).toBeTruthy();
  });

  it("already voted: shows the existing vote and no second button", async () => {
    const already = active.votes.find((v) => v.reason)!;
    const box = await openConnected(already.voter.id, BigInt(already.weight));
    expect(await within(box).findByText(/You voted/)).toBeTruthy();
    expect(within(box).getByText(`“${already.reason}”`)).toBeTruthy();
    expect(within(box).queryByRole("button", { name: /^Vote|^For$|^Against$/ })).toBeNull();
  });

  it("already voted on chain but not yet indexed: the refusal is named and the button goes", async () => {
    const box = await openConnected();
    t.chain.voted.add(`${active.id}-${voter.id}`);
    fireEvent.click(await within(box).findByRole("button", { name: "For" }));
    fireEvent.click(within(box).getByRole("button", { name: /^Vote For with/ }));
    expect(await within(box).findByText(/already voted on this proposal/)).toBeTruthy();
    await waitFor(() =>
      expect(within(box).queryByRole("button", { name: /^Vote For/ })).toBeNull(),
    );
  });

  it("not active on chain: the custom error is decoded by name, the reason kept", async () => {
    const box = await openConnected();
    t.chain.states.set(active.id, 3);
    fireEvent.click(await within(box).findByRole("button", { name: "Abstain" }));
    fireEvent.change(within(box).getByLabelText(/Reason/), { target: { value: "Abstaining." } });
    fireEvent.click(within(box).getByRole("button", { name: /^Vote Abstain with/ }));
    const alert = await within(box).findByRole("alert");
    expect(alert.textContent).toMatch(
      /The proposal is Defeated on chain, and this needs it Active \(GovernorUnexpectedProposalState\)/,
    );
    expect((within(box).getByLabelText(/Reason/) as HTMLTextAreaElement).value).toBe("Abstaining.");
  });

  it("RPC down: says so, keeps the reason, and works again when the RPC is back", async () => {
    const box = await openConnected();
    fireEvent.click(await within(box).findByRole("button", { name: "For" }));
    fireEvent.change(within(box).getByLabelText(/Reason/), { target: { value: "Kept." } });
    t.chain.down = true;
    fireEvent.click(within(box).getByRole("button", { name: /^Vote For with/ }));
    const alert = await within(box).findByRole("alert");
    expect(alert.textContent).toMatch(
      /RPC at http:\/\/rpc\.test\/ did not answer.*Nothing was sent/,
    );
    expect((within(box).getByLabelText(/Reason/) as HTMLTextAreaElement).value).toBe("Kept.");
    t.chain.down = false;
    signAndMine(
      t,
      voteWrites(active, { voter: voter.id, choice: "FOR", weight: POWER, reason: "Kept." }),
    );
    fireEvent.click(within(box).getByRole("button", { name: /^Vote For with/ }));
    expect(
      await within(box).findByText(/Your vote: indexed/, {}, { timeout: 10_000 }),
    ).toBeTruthy();
  });

  it("a closed proposal says voting is closed and offers no vote", async () => {
    const closed = t.proposals.find((p) => p.state === "DEFEATED")!;
    const other = t.delegates.find((d) => !closed.votes.some((v) => v.voter.id === d.id))!;
    t.chain.accounts.set(other.id, {
      balance: POWER,
      votes: POWER,
      pastVotes: POWER,
      delegate: other.id,
    });
    connectWallet(t, other.id);
    renderRoute(`/governance/proposals/${closed.id}`, t.config);
    const box = await panel();
    await chooseTestWallet(await within(box).findByRole("button", { name: "Connect wallet" }));
    await waitFor(
      () => expect(box.textContent).toMatch(/Voting closed: this proposal is defeated/),
      {
        timeout: 8000,
      },
    ).catch((e) => {
      throw new Error(`${e}; the panel says: ${box.textContent}`);
    });
    expect(within(box).queryByRole("button", { name: /^For$|^Vote/ })).toBeNull();
  });
});
