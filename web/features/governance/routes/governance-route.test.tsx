import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";

let backend: FixtureBackend;
let proposals: { id: string; title: string; state: string; createdAt: string }[];
beforeAll(async () => {
  backend = await startFixtureBackend();
  proposals = (
    await queryFixture<{ proposals: typeof proposals }>(
      backend.engine,
      "{ proposals(first: 1000, orderBy: createdAt, orderDirection: desc) { id title state createdAt } }",
    )
  ).proposals;
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
});
afterAll(() => backend?.server.close());

const list = () => screen.findByRole("list", { name: "Proposals" });
const titles = async () =>
  within(await list())
    .getAllByRole("link")
    .map((a) => a.textContent);

describe("Governance proposals route", () => {
  it("lists every indexed proposal newest first, counts per state, with at most 3 requests", async () => {
    renderRoute("/governance", backend.config);
    await waitFor(async () => expect(await titles()).toEqual(proposals.map((p) => p.title)));
    const active = proposals.filter((p) => p.state === "ACTIVE").length;
    expect(active).toBeGreaterThan(0);
    expect(screen.getByRole("radio", { name: `Active (${active})` })).toBeTruthy();
    expect(screen.getByRole("radio", { name: `All (${proposals.length})` })).toBeTruthy();
    // an Active proposal shows its quorum progress and the time left to vote
    const row = (await list()).querySelector("li")!;
    expect(within(row).getByText(/of quorum|Quorum reached/)).toBeTruthy();
    expect(within(row).getByText(/left to vote/)).toBeTruthy();
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "GovernanceProposals"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("keeps state, search and sort in the URL; back restores them", async () => {
    const { router } = renderRoute("/governance?state=EXECUTED&sort=oldest", backend.config);
    const executed = proposals.filter((p) => p.state === "EXECUTED").reverse();
    await waitFor(async () => expect(await titles()).toEqual(executed.map((p) => p.title)));
    fireEvent.click(screen.getByRole("radio", { name: /^Active/ }));
    expect(router.state.location.search).toContain("state=ACTIVE");
    await waitFor(async () =>
      expect(await titles()).toEqual(
        proposals
          .filter((p) => p.state === "ACTIVE")
          .map((p) => p.title)
          .reverse(),
      ),
    );
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toContain("state=EXECUTED");
    const first = executed[0]!;
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), {
      target: { value: first.title.slice(0, 12).toUpperCase() },
    });
    await waitFor(async () => expect(await titles()).toEqual([first.title]));
    expect(router.state.location.search).toContain("q=");
  });

  it("says why nothing matches and offers the way back", async () => {
    renderRoute("/governance?q=no-such-proposal-title", backend.config);
    expect(await screen.findByText(/No proposal matches/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show all proposals" }));
    await waitFor(async () => expect((await titles()).length).toBe(proposals.length));
  });

  it("sends /governance?proposal=<id>, used by links elsewhere, to the proposal's page", async () => {
    const target = proposals[0]!;
    const { router } = renderRoute(`/governance?proposal=${target.id}`, backend.config);
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/governance/proposals/${target.id}`),
    );
    expect(await screen.findByRole("heading", { level: 1, name: target.title })).toBeTruthy();
  });
});
