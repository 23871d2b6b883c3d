import { act, fireEvent, screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PARAMETER_KEYS } from "../../../../economy/parameters.ts";
import type { QueryEngine } from "../../../../mocks/graph-node/graphql/engine.ts";
import { graphNodeHandlers } from "../../../../mocks/msw/graph-node-handlers.ts";
import { parameterName } from "../../../lib/parameter-names.ts";
import { formatBps } from "../../../lib/percent.ts";
import {
  asRead,
  type FixtureBackend,
  queryFixture,
  renderRoute,
  SUBGRAPH_URL,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";
import { assetsOf, displayRange, displayValue } from "../api/parameters-units.ts";

interface FixtureParameter {
  id: string;
  value: string;
  changeCount: number;
  changes: {
    newValue: string;
    timestamp: string;
    blockNumber: string;
    txHash: string;
    proposal: { id: string; title: string } | null;
  }[];
}

let backend: FixtureBackend;
let parameters: FixtureParameter[];
beforeAll(async () => {
  backend = await startFixtureBackend();
  parameters = (
    await queryFixture<{ parameters: FixtureParameter[] }>(
      backend.engine,
      `{ parameters(first: 1000) { id value changeCount
          changes(first: 1000, orderBy: timestamp, orderDirection: desc) {
            newValue timestamp blockNumber txHash proposal { id title } } } }`,
    )
  ).parameters;
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
});
afterAll(() => backend?.server.close());

const assets = () => assetsOf(backend.config);
const byGovernance = () => parameters.filter((p) => p.changes.some((c) => c.proposal));
const unchanged = () => parameters.filter((p) => p.changeCount === 1);
const table = () => screen.findByRole("table", { name: "Governed parameters" });
const detailHeading = (key: string) =>
  screen.findByRole("heading", { level: 2, name: new RegExp(`^${parameterName(key)}`) });

describe("Parameters route", () => {
  it("lists every parameter with its value and accepted range from the fixture, in one request of its own", async () => {
    renderRoute("/governance/parameters", backend.config);
    const rows = within(await table())
      .getAllByRole("row")
      .slice(1);
    expect(
      rows.map((r) => within(r).getByRole("rowheader").querySelector("a")!.textContent),
    ).toEqual(PARAMETER_KEYS.map(parameterName));
    for (const p of parameters) {
      const row = rows[PARAMETER_KEYS.indexOf(p.id as never)]!;
      const cells = within(row).getAllByRole("cell");
      expect(cells[0]!.textContent).toBe(displayValue(p.id, BigInt(p.value), assets()));
      expect(cells[1]!.textContent).toBe(displayRange(p.id as never, assets()));
    }
    // the splits, summed from the fixture's values
    const fee = screen.getByRole("region", { name: "Fee split" });
    const feeSum = ["FEE_COMPANY_BPS", "FEE_COMMUNITY_BPS", "FEE_STAKERS_BPS"]
      .map((k) => BigInt(parameters.find((p) => p.id === k)!.value))
      .reduce((a, b) => a + b);
    expect(within(fee).getByText(asRead(`sums to ${formatBps(feeSum)}`))).toBeTruthy();
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "ParametersPage"]));
    expect(backend.requests.filter((r) => r !== "IndexingStatus").length).toBeLessThanOrEqual(2);
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("shows the latest governed change by default, linked to its proposal and transaction", async () => {
    const latest = byGovernance().sort(
      (a, b) => Number(b.changes[0]!.timestamp) - Number(a.changes[0]!.timestamp),
    )[0]!;
    const change = latest.changes[0]!;
    renderRoute("/governance/parameters", backend.config);
    await detailHeading(latest.id);
    const changes = screen.getByRole("list", { name: "Changes" });
    const link = within(changes).getByRole("link", { name: change.proposal!.title });
    expect(link.getAttribute("href")).toBe(`/governance/proposals/${change.proposal!.id}`);
    expect(within(changes).getAllByTitle(new RegExp(change.txHash, "i")).length).toBeGreaterThan(0);
    expect(
      within(changes).getByText(asRead(displayValue(latest.id, BigInt(change.newValue), assets()))),
    ).toBeTruthy();
  });

  it("keeps the selection in ?key=, says when a parameter never changed, and back restores it", async () => {
    const still = unchanged()[0]!;
    const other = byGovernance()[0]!;
    const { router } = renderRoute(`/governance/parameters?key=${still.id}`, backend.config);
    await detailHeading(still.id);
    expect(screen.getByText(/Unchanged since deployment at/)).toBeTruthy();
    fireEvent.click(within(await table()).getByRole("link", { name: parameterName(other.id) }));
    await detailHeading(other.id);
    expect(router.state.location.search).toBe(`?key=${other.id}`);
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toBe(`?key=${still.id}`);
    await detailHeading(still.id);
  });

  it("marks the changes a Queued proposal will make, with its eta (the store as it was before an executed proposal ran)", async () => {
    const executed = byGovernance()[0]!;
    const change = executed.changes.find((c) => c.proposal)!;
    const proposalId = change.proposal!.id;
    const { proposal } = await queryFixture<{ proposal: { eta: string } }>(
      backend.engine,
      `{ proposal(id: "${proposalId}") { eta } }`,
    );
    // The recorded store keeps only its head, where the proposal has run. Before it ran it
    // was Queued, with the same actions and eta, and its changes were not yet made.
    const beforeExecution = async (req: Parameters<QueryEngine["execute"]>[0]) => {
      const query = String(req.query).replace(
        /where: *\{ *state: *QUEUED *\}/,
        `where: { id: "${proposalId}" }`,
      );
      expect(query).not.toBe(String(req.query));
      const result = await backend.engine.execute({ ...req, query });
      const data = result.data as { parameters: FixtureParameter[] & { changeCount: number }[] };
      for (const p of data.parameters) {
        const made = p.changes.filter((c) => c.proposal?.id === proposalId);
        if (made.length === 0) continue;
        p.changes = p.changes.filter((c) => c.proposal?.id !== proposalId);
        p.changeCount -= made.length;
        p.value = p.changes[0]!.newValue;
      }
      return result;
    };
    const engine = Object.assign(Object.create(backend.engine), {
      execute: (req: Parameters<QueryEngine["execute"]>[0]) =>
        req.operationName === "ParametersPage" ? beforeExecution(req) : backend.engine.execute(req),
    }) as QueryEngine;
    backend.server.use(...graphNodeHandlers(engine, { url: SUBGRAPH_URL }));
    renderRoute(`/governance/parameters?key=${executed.id}`, backend.config);
    const queued = await screen.findByRole("list", { name: "Changes queued by proposals" });
    const item = within(queued).getByRole("link", { name: change.proposal!.title }).closest("li")!;
    expect(item.textContent).toContain(
      `${displayValue(executed.id, BigInt(executed.changes[1]!.newValue), assets())} → ${displayValue(executed.id, BigInt(change.newValue), assets())}`,
    );
    expect(within(item).getByRole("link", { name: parameterName(executed.id) })).toBeTruthy();
    expect(item.querySelector("time")!.getAttribute("datetime")).toBe(
      new Date(Number(proposal.eta) * 1000).toISOString(),
    );
    // the selected parameter marks it too, and its table view lists it as upcoming
    expect(screen.getByRole("list", { name: "Queued changes" })).toBeTruthy();
    fireEvent.click(await screen.findByRole("button", { name: "Table" }));
    expect(await screen.findByText("upcoming (Queued; executable from then)")).toBeTruthy();
  });

  it("says why there is nothing before the subgraph has indexed the deployment", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "ParametersPage") return undefined;
        return HttpResponse.json({ data: { parameters: [], proposals: [] } });
      }),
    );
    renderRoute("/governance/parameters", backend.config);
    expect(await screen.findByText(/The subgraph has indexed no parameter yet/)).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Governed parameters" })).toBeNull();
  });

  it("says what failed and retries", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName === "ParametersPage")
          return HttpResponse.json({ errors: [{ message: "store unavailable" }] });
        return undefined;
      }),
    );
    renderRoute("/governance/parameters", backend.config);
    expect(
      await screen.findByText(/Could not load the parameters: store unavailable/),
    ).toBeTruthy();
    backend.server.resetHandlers();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await table()).toBeTruthy();
  });
});
