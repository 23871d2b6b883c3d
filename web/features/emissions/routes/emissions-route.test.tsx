import { fireEvent, screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { EmissionsQuery } from "../../../gql/graphql.ts";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import {
  type FixtureBackend,
  queryFixture,
  renderRoute,
  SUBGRAPH_URL,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";

let backend: FixtureBackend;
beforeAll(async () => {
  backend = await startFixtureBackend();
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
});
afterAll(() => backend?.server.close());

const region = (name: string | RegExp) => screen.findByRole("region", { name });

/** Answers the Emissions request with the fixture's answer, changed by `edit`. */
function editEmissions(edit: (data: EmissionsQuery) => EmissionsQuery) {
  backend.server.use(
    http.post(SUBGRAPH_URL, async ({ request }) => {
      const body = (await request.clone().json()) as {
        operationName?: string;
        query: string;
        variables: Record<string, unknown>;
      };
      if (body.operationName !== "Emissions") return undefined;
      const result = await backend.engine.execute({ query: body.query, variables: body.variables });
      return HttpResponse.json({ data: edit(result.data as EmissionsQuery) });
    }),
  );
}

describe("Emissions route", () => {
  it("leads with what was emitted against the schedule, from one request beside the status poll", async () => {
    renderRoute("/emissions", backend.config);
    const { emissionTotals } = await queryFixture<{ emissionTotals: { cumulative: string } }>(
      backend.engine,
      `{ emissionTotals(id: "emissions") { cumulative } }`,
    );
    const native = backend.config.assets.find((a) => a.kind === "native")!;
    const emitted = await region("Emitted so far");
    expect(
      await within(emitted).findByText(
        `${formatCompact(BigInt(emissionTotals.cumulative), native.decimals)} WSHD`,
      ),
    ).toBeTruthy();
    // the fixture's reserves paid every reward: on schedule but for hosting's rounding
    expect(
      within(emitted).getByText(/^(99\.99|100\.00) % of the schedule for the same epochs$/),
    ).toBeTruthy();
    expect(
      within(await region("Generation reward now")).getByText(/falling 0\.50 % an epoch/),
    ).toBeTruthy();
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "Emissions"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("shows each epoch's emission and schedule in the table, the supply by day, and the projection's assumptions", async () => {
    renderRoute("/emissions", backend.config);
    const chart = await region(/Is emission on schedule/);
    const table = within(chart).getByRole("button", { name: "Table" });
    await expect.poll(() => (table as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(table);
    const rows = within(chart).getAllByRole("row").slice(1);
    const { emissionEpoches } = await queryFixture<{
      emissionEpoches: { epoch: string; total: string }[];
    }>(backend.engine, "{ emissionEpoches(orderBy: epoch) { epoch total } }");
    expect(rows).toHaveLength(emissionEpoches.length);
    const native = backend.config.assets.find((a) => a.kind === "native")!;
    expect(
      within(rows[0]!).getByText(formatExact(BigInt(emissionEpoches[0]!.total), native.decimals)),
    ).toBeTruthy();
    const projection = await region("What does the projection assume?");
    expect(
      within(projection).getByText(/the mean of the last \d complete epochs? \(0–\d/),
    ).toBeTruthy();
    expect(within(projection).getByText(/They last beyond the horizon/)).toBeTruthy();
    expect(await region("Where does the supply sit?")).toBeTruthy();
  });

  it("keeps the horizon and the split in the URL", async () => {
    const { router } = renderRoute("/emissions?horizon=5y&by=source", backend.config);
    expect(await region("Projected in 5 years")).toBeTruthy();
    expect((screen.getByRole("radio", { name: "Source" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "1 year" }));
    expect(router.state.location.search).toContain("horizon=1y");
    expect(await region("Projected in 1 year")).toBeTruthy();
  });

  it("says no emission parameter changed when none did", async () => {
    renderRoute("/emissions", backend.config);
    const marks = await region("When did governance change the emission?");
    expect(within(marks).getByText(/No emission parameter has changed since genesis/)).toBeTruthy();
  });

  it("links each change of an emission parameter to its proposal", async () => {
    const { proposals } = await queryFixture<{ proposals: { id: string; title: string }[] }>(
      backend.engine,
      "{ proposals(first: 1, where: { state: EXECUTED }) { id title } }",
    );
    const proposal = proposals[0]!;
    // the fixture's executed proposal changed another parameter: move it onto SHARE_REWARD
    editEmissions((data) => {
      const genesis = Number(data.emissionTotals?.genesis);
      return {
        ...data,
        parameterChanges: [
          ...data.parameterChanges,
          {
            id: "0xfeed-1",
            parameter: { id: "SHARE_REWARD" },
            oldValue: "250000000000000000",
            newValue: "500000000000000000",
            timestamp: String(genesis + 2 * 86_400 + 600),
            txHash: `0x${"ab".repeat(32)}`,
            proposal,
          },
        ],
      };
    });
    renderRoute("/emissions", backend.config);
    const marks = await region("When did governance change the emission?");
    const link = await within(marks).findByRole("link", { name: proposal.title });
    expect(link.getAttribute("href")).toBe(`/governance?proposal=${proposal.id}`);
    expect(within(marks).getByText(/0\.25 WSHD → 0\.5 WSHD/)).toBeTruthy();
  });

  it("says why there is nothing to draw before anything was emitted", async () => {
    editEmissions((data) => ({ ...data, emissionEpoches: [], emissionActivities: [] }));
    renderRoute("/emissions", backend.config);
    expect(await screen.findByText(/Nothing has been emitted yet/)).toBeTruthy();
  });

  it("shows an unreachable endpoint as an error with a retry", async () => {
    backend.server.use(http.post(SUBGRAPH_URL, () => HttpResponse.error()));
    renderRoute("/emissions", backend.config);
    expect(await screen.findByText(/endpoint is unreachable/)).toBeTruthy();
    backend.server.resetHandlers();
    fireEvent.click(screen.getAllByRole("button", { name: "Retry" })[0]!);
    expect(await region("Emitted so far")).toBeTruthy();
  });

  it("shows a GraphQL error of its request", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "Emissions") return undefined;
        return HttpResponse.json({ errors: [{ message: "Query timed out" }] });
      }),
    );
    renderRoute("/emissions", backend.config);
    expect(
      (await screen.findAllByText(/Could not load this chart: Query timed out/)).length,
    ).toBeGreaterThan(0);
  });
});
