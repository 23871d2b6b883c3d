import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import * as csv from "../../../lib/csv.ts";
import { describeParameter, formatParameter } from "../../../lib/parameters.ts";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";

interface FixtureProposal {
  id: string;
  title: string;
  state: string;
  forVotes: string;
  voterCount: number;
  parameterChanges: { parameter: { id: string }; oldValue: string; newValue: string }[];
  votes: { voter: { id: string }; choice: string; weight: string; reason: string }[];
}

let backend: FixtureBackend;
let executed: FixtureProposal;
beforeAll(async () => {
  backend = await startFixtureBackend();
  const data = await queryFixture<{ proposals: FixtureProposal[] }>(
    backend.engine,
    `{ proposals(where: { state: EXECUTED }, orderBy: createdAt, first: 1) {
        id title state forVotes voterCount
        parameterChanges { parameter { id } oldValue newValue }
        votes(first: 1000) { voter { id } choice weight reason }
    } }`,
  );
  executed = data.proposals[0]!;
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => backend?.server.close());

const native = () => backend.config.assets.find((a) => a.kind === "native")!;
const stable = () => backend.config.assets.find((a) => a.kind === "stable")!;
const card = (name: string | RegExp) => screen.findByRole("region", { name });
const votesTable = async () => within(await card("Who voted, how and why?")).findByRole("table");
const voterColumn = async () =>
  within(await votesTable())
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0]!.textContent);

describe("Proposal route", () => {
  it("shows tallies against quorum, decoded actions, the timeline and every vote, in at most 3 requests", async () => {
    renderRoute(`/governance/proposals/${executed.id}`, backend.config);
    expect(await screen.findByRole("heading", { level: 1, name: executed.title })).toBeTruthy();
    const tally = await card("Where does the vote stand?");
    expect(
      within(tally).getByText(
        new RegExp(`^${formatCompact(BigInt(executed.forVotes), native().decimals)} WSHD`),
      ),
    ).toBeTruthy();
    expect(within(tally).getByText(/quorum \d/)).toBeTruthy();

    // a governed parameter: its name, old → new with units, old as recorded at execution
    const actions = await card("What does it execute?");
    const change = executed.parameterChanges[0]!;
    const key = change.parameter.id;
    const item = within(actions).getByText(describeParameter(key)).closest("li")!;
    expect(item.textContent).toContain(
      `${formatParameter(key, BigInt(change.oldValue), native(), stable())} → ${formatParameter(key, BigInt(change.newValue), native(), stable())}`,
    );
    // other calls: function and arguments with their asset and enum names
    expect(within(actions).getByText("buyback(stableAmount)")).toBeTruthy();
    expect(within(actions).getByText(/USDC$/)).toBeTruthy();
    expect(within(actions).getByText("withdraw(asset, to, amount, flow)")).toBeTruthy();
    expect(within(actions).getByText("Grants (3)")).toBeTruthy();

    const timeline = await card("Timeline");
    for (const step of ["Created", "Voting starts", "Voting ends", "Queued", "Executed"]) {
      expect(within(timeline).getByText(step)).toBeTruthy();
    }
    expect(within(timeline).getByText(/Executed: its calls have run/)).toBeTruthy();

    await waitFor(async () => expect((await voterColumn()).length).toBe(executed.voterCount));
    expect(await card("How did the vote build up?")).toBeTruthy();
    // the impact preview of this parameter proposal adds its own request after the first paint
    expect(new Set(backend.requests)).toEqual(
      new Set(["IndexingStatus", "GovernanceProposal", "ImpactInputs"]),
    );
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("sorts votes by weight and time, filters by support and address, all in the URL", async () => {
    const { router } = renderRoute(`/governance/proposals/${executed.id}`, backend.config);
    const byWeight = [...executed.votes].sort((a, b) =>
      BigInt(b.weight) > BigInt(a.weight) ? 1 : BigInt(b.weight) < BigInt(a.weight) ? -1 : 0,
    );
    await waitFor(async () => expect((await voterColumn()).length).toBe(executed.voterCount));
    const first = (await voterColumn())[0]!;
    expect(byWeight[0]!.voter.id.startsWith(first.slice(0, 6))).toBe(true);
    fireEvent.click(within(await votesTable()).getByRole("button", { name: /Weight/ }));
    expect(router.state.location.search).toContain("vdir=asc");
    expect((await voterColumn())[0]!.slice(0, 6)).toBe(byWeight.at(-1)!.voter.id.slice(0, 6));
    fireEvent.click(within(await votesTable()).getByRole("button", { name: /Time/ }));
    expect(router.state.location.search).toContain("vsort=time");

    const against = executed.votes.filter((v) => v.choice === "AGAINST");
    fireEvent.click(screen.getByRole("radio", { name: "Against" }));
    expect(router.state.location.search).toContain("support=AGAINST");
    await waitFor(async () => expect((await voterColumn()).length).toBe(against.length));

    fireEvent.click(screen.getByRole("radio", { name: "All" }));
    const voter = executed.votes[0]!.voter.id;
    fireEvent.change(screen.getByRole("searchbox", { name: "Voter" }), {
      target: { value: voter.slice(2, 12).toUpperCase() },
    });
    await waitFor(async () => expect((await voterColumn()).length).toBe(1));
  });

  it("exports exactly the rows shown: voter, support, weight, reason, time, transaction", async () => {
    const download = vi.spyOn(csv, "downloadCsv").mockImplementation(() => undefined);
    renderRoute(`/governance/proposals/${executed.id}?support=FOR`, backend.config);
    const forVotes = executed.votes.filter((v) => v.choice === "FOR");
    await waitFor(async () => expect((await voterColumn()).length).toBe(forVotes.length));
    fireEvent.click(
      within(await card("Who voted, how and why?")).getByRole("button", { name: "CSV" }),
    );
    const [, text] = download.mock.calls[0]!;
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("voter,support,weight,reason,time (UTC),transaction");
    expect(lines).toHaveLength(forVotes.length + 1);
    const heaviest = [...forVotes].sort((a, b) =>
      BigInt(b.weight) > BigInt(a.weight) ? 1 : -1,
    )[0]!;
    expect(lines[1]).toContain(
      `${heaviest.voter.id},For,${formatExact(BigInt(heaviest.weight), 18).replaceAll(",", "")}`,
    );
  });

  it("says so when the proposal is not indexed, or the id is no proposal id", async () => {
    renderRoute("/governance/proposals/123456789", backend.config);
    expect(await screen.findByText(/No proposal 123456789 is indexed/)).toBeTruthy();
    renderRoute("/governance/proposals/abc", backend.config);
    expect(await screen.findByText(/is not a proposal id/)).toBeTruthy();
  });
});
