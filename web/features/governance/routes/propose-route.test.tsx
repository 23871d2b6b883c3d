// The proposal builder on the recorded fixture, with the wallet's real code over an
// EIP-1193 test wallet and a fake chain: a valid draft goes all the way to indexed, a bad
// one is refused before any signature, and a reverted submission keeps the draft.
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Hex } from "viem";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatExact } from "../../../lib/amount.ts";
import { asRead, renderRoute } from "../../../test/route-harness.tsx";
import { DRAFT_STORAGE_KEY } from "../propose/api/draft-model.ts";
import { proposalIdOf } from "../wallet/testing/fake-chain.ts";
import {
  beginTest,
  chooseTestWallet,
  connectWallet,
  endTest,
  signAndMine,
  startWalletBackend,
  type WalletTestContext,
} from "../wallet/testing/wallet-fixture.ts";

let t: WalletTestContext;
let fee: bigint;
const TOKEN = 10n ** 18n;
const THRESHOLD = 10_000n * TOKEN;
const PROPOSER = "0x00000000000000000000000000000000000000aa";

beforeAll(async () => {
  t = await startWalletBackend();
  const res = await t.backend.engine.execute({
    query: `{ parameter(id: "GENERATION_FEE") { value } }`,
  });
  fee = BigInt((res.data as { parameter: { value: string } }).parameter.value);
});
beforeEach(() => {
  beginTest(t);
  localStorage.clear();
  t.chain.proposalThreshold = THRESHOLD;
});
afterEach(() => endTest(t));
afterAll(() => t?.backend.server.close());

const section = (name: string) => screen.findByRole("region", { name });

/** Opens the builder with `votes` of power on PROPOSER, connected. */
async function openConnected(votes = 2n * THRESHOLD, balance = votes, delegate = PROPOSER) {
  t.chain.accounts.set(PROPOSER, { balance, votes, pastVotes: votes, delegate });
  connectWallet(t, PROPOSER);
  renderRoute("/governance/propose", t.config);
  const submit = await section("Submit it");
  await chooseTestWallet(await within(submit).findByRole("button", { name: "Connect wallet" }));
  return submit;
}

async function draftFeeChange(text: string, title = "Raise the generation fee") {
  const what = await section("What do you want to change?");
  fireEvent.change(within(what).getByLabelText("Add a parameter to change"), {
    target: { value: "GENERATION_FEE" },
  });
  fireEvent.change(await within(what).findByLabelText("New value of GENERATION_FEE"), {
    target: { value: text },
  });
  fireEvent.change(screen.getByLabelText("Title"), { target: { value: title } });
  fireEvent.change(screen.getByLabelText(/Description \(Markdown\)/), {
    target: { value: "Fees must cover **hosting**." },
  });
  return what;
}

describe("Proposing a parameter change", () => {
  // first: no wallet code has run yet, so every request is the view's
  it("loads with the shell's status poll and one request", async () => {
    // without an RPC URL: the status line's chain-head call is not a GraphQL request
    renderRoute("/governance/propose", t.backend.config);
    await section("What do you want to change?");
    expect(new Set(t.backend.requests)).toEqual(new Set(["IndexingStatus", "GovernancePropose"]));
    expect(t.backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("a valid draft: old → new, then awaiting signature → pending → confirmed → indexed, a link, the draft cleared", async () => {
    let sign: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      sign = resolve;
    });
    const submit = await openConnected();
    expect(await within(submit).findByText(/you can propose/)).toBeTruthy();
    const next = fee + TOKEN / 10n;
    await draftFeeChange(formatExact(next, 18));
    const diff = await section("What would the proposal set, old → new?");
    const row = within(diff).getByRole("row", { name: /GENERATION_FEE/ });
    expect(row.textContent).toContain(`${formatExact(fee, 18)} WSHD`);
    expect(row.textContent).toContain(`${formatExact(next, 18)} WSHD`);
    // a valid draft gets the impact preview under its diff
    await section("What would it do to the treasury?");
    // the description as the proposal page will render it
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const preview = await section("Preview of the description");
    expect((await within(preview).findByText("hosting")).tagName).toBe("STRONG");
    let sent: { to: string; data: string } | null = null;
    signAndMine(t, () => [], { gate });
    const send = t.wallet!.onSend;
    t.wallet!.onSend = async (tx) => {
      sent = tx;
      return send(tx);
    };
    fireEvent.click(within(submit).getByRole("button", { name: "Submit proposal" }));
    expect(await within(submit).findByText(/Your proposal: awaiting signature/)).toBeTruthy();
    sign();
    expect(await within(submit).findByText(/Your proposal: pending/)).toBeTruthy();
    expect(await within(submit).findByText(/Your proposal: confirmed/)).toBeTruthy();
    await within(submit).findByText(/Your proposal: indexed/, {}, { timeout: 10_000 });
    // the id the page links to is the governor's hashProposal of what was sent
    const { decodeFunctionData } = await import("viem");
    const { governorAbi } = await import("../abi/abis.ts");
    const call = decodeFunctionData({ abi: governorAbi, data: sent!.data as Hex });
    const [targets, values, calldatas, description] = call.args as [Hex[], bigint[], Hex[], string];
    expect(description).toBe("# Raise the generation fee\n\nFees must cover **hosting**.");
    expect(targets.map((a) => a.toLowerCase())).toEqual([t.config.contracts.EconomyParameters]);
    const id = proposalIdOf(targets, values, calldatas, description).toString();
    const link = within(submit).getByRole("link", { name: "Open the new proposal" });
    expect(link.getAttribute("href")).toBe(`/governance/proposals/${id}`);
    await waitFor(() => expect(localStorage.getItem(DRAFT_STORAGE_KEY)).toMatch(/"keys":\[\]/));
    expect(localStorage.getItem("watershed:pending-txs:v1")).toBeNull();
  });

  it("a refused draft: each reason shown, nothing sent; a split offers its members", async () => {
    const submit = await openConnected();
    const what = await draftFeeChange("abc", "");
    expect(within(what).getByText("“abc” is not a number.")).toBeTruthy();
    fireEvent.change(within(what).getByLabelText("New value of GENERATION_FEE"), {
      target: { value: formatExact(fee, 18) },
    });
    expect(within(what).getByText("Unchanged: this is its value now.")).toBeTruthy();
    fireEvent.change(within(what).getByLabelText("Add a parameter to change"), {
      target: { value: "SURGE_CAP_BPS" },
    });
    fireEvent.change(within(what).getByLabelText("New value of SURGE_CAP_BPS"), {
      target: { value: "90" },
    });
    expect(
      within(what).getByText(asRead("Out of the contract's range: between 100 % and 1,000 %.")),
    ).toBeTruthy();
    fireEvent.change(within(what).getByLabelText("Add a parameter to change"), {
      target: { value: "FEE_STAKERS_BPS" },
    });
    const stakers = within(what).getByLabelText("New value of FEE_STAKERS_BPS") as HTMLInputElement;
    fireEvent.change(stakers, { target: { value: `${Number(stakers.value) + 1}` } });
    const split = within(what).getByRole("alert");
    expect(split.textContent).toMatch(
      /The fee split must sum to 100\s%; with this draft its 3 shares sum to/,
    );
    fireEvent.click(
      within(split).getByRole("button", { name: /^Add FEE_COMPANY_BPS, FEE_COMMUNITY_BPS/ }),
    );
    expect(within(what).getByLabelText("New value of FEE_COMPANY_BPS")).toBeTruthy();
    expect(
      screen.getByText("Write a title: it names the proposal in lists.", {
        selector: ".field-error",
      }),
    ).toBeTruthy();
    const button = within(submit).getByRole("button", {
      name: "Submit proposal",
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.queryByRole("region", { name: "What would it do to the treasury?" })).toBeNull();
    expect(within(submit).getByText("Fix the values marked above.")).toBeTruthy();
    fireEvent.click(button);
    expect(t.wallet!.requests).not.toContain("eth_sendTransaction");
  });

  it("too little voting power: the reason and the remedy, before any signature", async () => {
    const submit = await openConnected(0n, THRESHOLD, "0x0000000000000000000000000000000000000000");
    const alert = await within(submit).findByRole("alert");
    expect(alert.textContent).toMatch(
      /Your voting power is 0 WSHD, below the governor's proposal threshold of 10k WSHD/,
    );
    expect(alert.textContent).toMatch(/delegated to nobody: delegate them to yourself/);
    expect(within(alert).getByRole("button", { name: "Delegate to myself" })).toBeTruthy();
    await draftFeeChange(formatExact(fee + 1n, 18));
    expect(
      within(submit).getByText("Your voting power is below the proposal threshold."),
    ).toBeTruthy();
  });

  it("a reverted submission names the custom error and keeps the draft, through a reload", async () => {
    const submit = await openConnected();
    const next = fee + TOKEN;
    await draftFeeChange(formatExact(next, 18), "Same as before");
    // the same proposal already exists on chain: propose() reverts
    const { buildProposal } = await import("../propose/api/proposal-call.ts");
    const existing = buildProposal(
      { GENERATION_FEE: next },
      "# Same as before\n\nFees must cover **hosting**.",
      t.config.contracts.EconomyParameters!,
    );
    t.chain.states.set(existing.id, 1);
    fireEvent.click(within(submit).getByRole("button", { name: "Submit proposal" }));
    const alert = await within(submit).findByText(/did not go through/);
    expect(alert.closest("[role=alert]")!.textContent).toMatch(
      /A proposal with the same changes and description already exists \(it is Active on chain\).*GovernorUnexpectedProposalState/,
    );
    expect(t.wallet!.requests).not.toContain("eth_sendTransaction");
    expect((screen.getByLabelText("New value of GENERATION_FEE") as HTMLInputElement).value).toBe(
      formatExact(next, 18),
    );
    expect(within(submit).getByText(/Your draft is kept/)).toBeTruthy();
    // a reload gives the draft back as typed
    cleanup();
    renderRoute("/governance/propose", t.config);
    const what = await section("What do you want to change?");
    expect(
      ((await within(what).findByLabelText("New value of GENERATION_FEE")) as HTMLInputElement)
        .value,
    ).toBe(formatExact(next, 18));
    expect((screen.getByLabelText("Title") as HTMLInputElement).value).toBe("Same as before");
  });
});
