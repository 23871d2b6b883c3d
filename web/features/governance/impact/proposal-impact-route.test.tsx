import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { print } from "graphql";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  SUBGRAPH_URL,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";
import { DEFAULT_FORECAST } from "./api/activity-series.ts";
import { IMPACT_QUERY, type ImpactInputs } from "./api/impact-query.ts";
import { impactVariables } from "./api/impact-variables.ts";
import { DEFAULT_WINDOW, measureActivity } from "./api/measure-activity.ts";

interface Row {
  id: string;
  title: string;
  state: string;
}

let backend: FixtureBackend;
let active: Row;
let executed: Row;
beforeAll(async () => {
  backend = await startFixtureBackend();
  const data = await queryFixture<{
    proposals: (Row & { actions: { parameterKeys: string[] }[] })[];
  }>(
    backend.engine,
    `{ proposals(orderBy: createdAt, first: 100) { id title state actions { parameterKeys } } }`,
  );
  active = data.proposals.find(
    (p) =>
      p.state === "ACTIVE" && p.actions.some((a) => a.parameterKeys.includes("HOST_INFLATION_BPS")),
  )!;
  executed = data.proposals.find((p) => p.state === "EXECUTED")!;
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
});
afterAll(() => backend?.server.close());

const preview = () => screen.findByRole("region", { name: "What would it do to the treasury?" });

describe("Impact preview on the proposal page", () => {
  it("projects a parameter proposal: current vs proposed, the measured activity with its sources, in one lazy request", async () => {
    const { router } = renderRoute(`/governance/proposals/${active.id}`, backend.config);
    const region = await preview();
    const table = await within(region).findByRole(
      "table",
      { name: "Impact after 30 days" },
      { timeout: 30_000 },
    );
    // 2 % → 3 % hosting inflation: hosts earn about half as much again, nobody else changes
    const hosts = within(table).getByRole("rowheader", { name: "Hosts' income" }).closest("tr")!;
    const pct = within(hosts).getAllByRole("cell").at(-1)!.textContent!;
    expect(pct).toMatch(/^\+(49|50)\.\d\d\s%$/);
    const company = within(table)
      .getByRole("rowheader", { name: "Company reserve" })
      .closest("tr")!;
    expect(within(company).getAllByRole("cell").at(-1)!.textContent).toBe("±0.00\u00a0%");
    // then the ≈95 % ranges from the measured days' scatter: the hosts' difference has one
    // (more inflation pays more per hosted unit), the company reserve's difference none (±0)
    await within(region).findByText(/^± : the ≈95 % range the \d+ measured days' scatter/);
    const cellsOf = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((c) => (c.textContent ?? "").replace(/\s+/g, " "));
    expect(cellsOf(hosts)[2]).toMatch(/^\+[\d.,k]+ ± [\d.,k]+ WSHD$/);
    expect(cellsOf(company)[2]).toBe("±0 WSHD");
    expect(cellsOf(company)[1]).toMatch(/ WSHD ± [\d.,k]+$/);
    // the chart of one stock day by day, its stock picked in the URL
    const chart = within(region).getByRole("region", {
      name: "Where would the community treasury go?",
    });
    fireEvent.click(within(chart).getByRole("radio", { name: "Company reserve" }));
    expect(router.state.location.search).toContain("stock=companyReserve");
    const picked = within(region).getByRole("region", {
      name: "Where would the company reserve go?",
    });
    fireEvent.click(within(picked).getByRole("button", { name: "Table" }));
    const days = within(picked).getByRole("table");
    // days 0–30, each with its half-width once the range is in
    expect(within(days).getAllByRole("row")).toHaveLength(1 + 31);
    expect(within(days).getAllByRole("row").at(-1)!.textContent).toMatch(/^30.*WSHD.*WSHD± /);

    // the activity beside it is measureActivity over the same answer, with the defaults
    const native = backend.config.assets.find((a) => a.kind === "native");
    const stable = backend.config.assets.find((a) => a.kind === "stable");
    const answer = await queryFixture<ImpactInputs>(
      backend.engine,
      print(IMPACT_QUERY),
      impactVariables({ executedBlock: null, executedAt: null }, native, stable) as Record<
        string,
        unknown
      >,
    );
    const m = measureActivity(answer, DEFAULT_WINDOW, undefined, DEFAULT_FORECAST);
    const activity = within(region).getByRole("table", { name: "Measured activity" });
    const gen = within(activity).getByRole("rowheader", { name: "Generations" }).closest("tr")!;
    const perDay = (Number(m.activity.generationsPerDay) / Number(m.activity.countDays)).toFixed(1);
    expect(gen.textContent).toContain(`${perDay} / day`);
    expect(gen.textContent).toContain("FeeDay GENERATION quantity");
    expect(within(region).getByText(/Buybacks assumed 0: governance decides them/)).toBeTruthy();
    expect(within(region).getByText(/^Only \d complete days of history/)).toBeTruthy();
    // by default generations are capped by their payers' budgets, measured from the same rows
    const payers = within(activity)
      .getByRole("rowheader", { name: "Generation payers" })
      .closest("tr")!;
    expect(m.budgets!.payerCount).toBeGreaterThan(0);
    expect(within(payers).getAllByRole("cell")[0]!.textContent).toBe(String(m.budgets!.payerCount));
    expect(
      within(region).getByText(
        new RegExp(`^Generations are what the ${m.budgets!.payerCount} accounts`),
      ),
    ).toBeTruthy();
    expect(
      (
        within(region).getByRole("radio", {
          name: "Trend, within payers' budgets",
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);

    expect(new Set(backend.requests)).toEqual(
      new Set(["IndexingStatus", "GovernanceProposal", "ImpactInputs"]),
    );
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  }, 60_000);

  it("previews an executed proposal as of the block before its execution (time travel)", async () => {
    renderRoute(`/governance/proposals/${executed.id}`, backend.config);
    const region = await preview();
    expect(
      await within(region).findByText(
        /as of the block before its execution/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(
      await within(region).findByRole(
        "table",
        { name: "Impact after 30 days" },
        { timeout: 20_000 },
      ),
    ).toBeTruthy();
  }, 60_000);

  it("shows nothing for a proposal that changes no parameter, and asks for nothing", async () => {
    // the fixture's proposals all set parameters: this one's calls are rewritten as others
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as {
          operationName?: string;
          query: string;
          variables?: Record<string, unknown>;
        };
        if (body.operationName !== "GovernanceProposal") return undefined;
        const result = await backend.engine.execute({
          query: body.query,
          variables: body.variables,
        });
        const data = result.data as { proposal: { actions: Record<string, unknown>[] } };
        data.proposal.actions = data.proposal.actions.map((a) => ({
          ...a,
          functionName: "unknown",
          parameterKeys: [],
          parameterValues: [],
        }));
        return HttpResponse.json({ data });
      }),
    );
    renderRoute(`/governance/proposals/${active.id}`, backend.config);
    expect(await screen.findByRole("heading", { level: 1, name: active.title })).toBeTruthy();
    await screen.findByRole("region", { name: "What does it execute?" });
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole("region", { name: "What would it do to the treasury?" })).toBeNull();
    await waitFor(() => expect(backend.requests).not.toContain("ImpactInputs"));
  });
});
