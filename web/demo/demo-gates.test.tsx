// In the static demo (config.demo) every place that would send a transaction says why it
// cannot, and offers no button that would load a wallet: the proposal's vote panel, a
// delegate's page, the proposal builder's submit step and the wallet corner.
import { cleanup, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { demoNoteText } from "../components/demo-note.tsx";
import type { AppConfig } from "../lib/config.ts";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  startFixtureBackend,
} from "../test/route-harness.tsx";

let backend: FixtureBackend;
let config: AppConfig;
let proposalId: string;
let delegate: string;

beforeAll(async () => {
  backend = await startFixtureBackend();
  config = { ...backend.config, demo: true, source: "demo", devWallet: false };
  const data = await queryFixture<{ proposals: { id: string; proposer: { id: string } }[] }>(
    backend.engine,
    `{ proposals(first: 1, orderBy: createdAt, orderDirection: desc) { id proposer { id } } }`,
  );
  const first = data.proposals[0];
  if (!first) throw new Error("the fixture has no proposal");
  proposalId = first.id;
  delegate = first.proposer.id;
});
afterEach(() => cleanup());
afterAll(() => backend?.server.close());

const noWalletButton = () =>
  expect(screen.queryByRole("button", { name: /connect|delegate|vote|submit/i })).toBeNull();

describe("static demo gates", () => {
  it("the proposal page says why there is no vote, and offers no wallet", async () => {
    renderRoute(`/governance/proposals/${proposalId}`, config);
    const panel = await screen.findByRole("region", { name: "Your vote" }, { timeout: 20_000 });
    expect(panel.textContent).toContain(demoNoteText());
    expect(screen.getByText("Static demo: no wallet")).toBeTruthy();
    noWalletButton();
  });

  it("a delegate's page says why there is no delegating", async () => {
    renderRoute(`/governance/delegates/${delegate}`, config);
    const note = await screen.findByText(
      (_, el) =>
        el?.tagName === "P" &&
        el.textContent === demoNoteText({ what: "a delegation", action: "delegate" }),
      undefined,
      { timeout: 20_000 },
    );
    expect(note).toBeTruthy();
    noWalletButton();
  });

  it("the proposal builder says why it cannot submit", async () => {
    renderRoute("/governance/propose", config);
    const submit = await screen.findByRole("region", { name: "Submit it" }, { timeout: 20_000 });
    expect(submit.textContent).toContain(demoNoteText({ what: "a proposal", action: "propose" }));
    expect(within(submit).queryByRole("button")).toBeNull();
  });
});
