import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatCompact } from "../../../lib/amount.ts";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";

interface FixtureAccount {
  id: string;
  votingPower: string;
  delegatorCount: number;
  voteCount: number;
  balance: string;
  votes: { reason: string; proposal: { title: string } }[];
  delegators: { id: string }[];
}

let backend: FixtureBackend;
let delegates: FixtureAccount[];
beforeAll(async () => {
  backend = await startFixtureBackend();
  delegates = (
    await queryFixture<{ accounts: FixtureAccount[] }>(
      backend.engine,
      `{ accounts(where: { votingPower_gt: "0" }, orderBy: votingPower, orderDirection: desc, first: 1000) {
          id votingPower delegatorCount voteCount balance
          votes(first: 1000) { reason proposal { title } }
          delegators(first: 1000) { id }
      } }`,
    )
  ).accounts;
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
});
afterAll(() => backend?.server.close());

const native = () => backend.config.assets.find((a) => a.kind === "native")!;
const rows = async () =>
  within(await screen.findByRole("region", { name: "Who holds the votes?" }))
    .getAllByRole("row")
    .slice(1);
const delegateColumn = async () =>
  (await rows()).map((r) => within(r).getAllByRole("cell")[1]!.querySelector("a")!.title);

describe("Delegates route", () => {
  it("ranks delegates by voting power with delegators, participation and 7-day change, in at most 3 requests", async () => {
    renderRoute("/governance/delegates", backend.config);
    await waitFor(async () => expect(await delegateColumn()).toEqual(delegates.map((d) => d.id)));
    const top = delegates[0]!;
    const cells = within((await rows())[0]!).getAllByRole("cell");
    expect(cells[2]!.textContent).toBe(formatCompact(BigInt(top.votingPower), native().decimals));
    expect(cells[4]!.textContent).toBe(String(top.delegatorCount));
    expect(cells[5]!.textContent).toMatch(/%|no proposal yet/);
    expect(cells[6]!.textContent).toMatch(/unchanged|^[+−]/);
    expect(screen.getByText(/How is participation counted/)).toBeTruthy();
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "GovernanceDelegates"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("searches by address and sorts by delegators, in the URL", async () => {
    const { router } = renderRoute("/governance/delegates", backend.config);
    await waitFor(async () => expect((await delegateColumn()).length).toBe(delegates.length));
    const target = delegates.at(-1)!;
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), {
      target: { value: target.id.slice(2, 14).toUpperCase() },
    });
    await waitFor(async () => expect(await delegateColumn()).toEqual([target.id]));
    expect(router.state.location.search).toContain("q=");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), { target: { value: "" } });
    fireEvent.click(await screen.findByRole("button", { name: "Delegators" }));
    expect(router.state.location.search).toContain("sort=delegators");
    const counts = (await rows()).map((r) =>
      Number(within(r).getAllByRole("cell")[4]!.textContent),
    );
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("offers a whole address that holds no power as a link to its page", async () => {
    const nobody = "0x00000000000000000000000000000000000000aa";
    renderRoute(`/governance/delegates?q=${nobody}`, backend.config);
    expect(await screen.findByRole("link", { name: `Open ${nobody} anyway` })).toBeTruthy();
  });
});

describe("Delegate route", () => {
  it("shows a delegate's power, its votes with reasons, its delegators and its power over time", async () => {
    const d = delegates.find((a) => a.votes.some((v) => v.reason) && a.delegators.length > 1)!;
    renderRoute(`/governance/delegates/${d.id}`, backend.config);
    const votes = await screen.findByRole("region", { name: "How did it vote, and why?" });
    const reason = d.votes.find((v) => v.reason)!;
    expect(within(votes).getAllByText(reason.reason).length).toBeGreaterThan(0);
    expect(within(votes).getAllByRole("row")).toHaveLength(d.votes.length + 1);
    const delegators = screen.getByRole("region", { name: "Who delegates to it?" });
    expect(within(delegators).getAllByRole("row")).toHaveLength(d.delegators.length + 1);
    expect(screen.getByRole("region", { name: "How has its voting power changed?" })).toBeTruthy();
    expect(
      screen.getAllByText(`${formatCompact(BigInt(d.votingPower), 18)} WSHD`).length,
    ).toBeGreaterThan(0);
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "GovernanceDelegate"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("explains an address with no history, and rejects what is no address", async () => {
    renderRoute("/governance/delegates/0x00000000000000000000000000000000000000aa", backend.config);
    expect(await screen.findByText(/never held, delegated or received the token/)).toBeTruthy();
    expect(screen.getByText("This address has never held voting power.")).toBeTruthy();
    renderRoute("/governance/delegates/not-an-address", backend.config);
    expect(await screen.findByText(/is not an address/)).toBeTruthy();
  });
});
