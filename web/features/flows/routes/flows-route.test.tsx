import { act, fireEvent, screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatExact } from "../../../lib/amount.ts";
import { dayId } from "../../../lib/time-range.ts";
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

const card = (name: string | RegExp) => screen.findByRole("region", { name });

/** What the fixture says a link moved over the view's default range (the last 7 UTC days). */
async function linkAmount(id: string) {
  const toDay = dayId(backend.fixture.meta.head.timestamp);
  const data = await queryFixture<{
    flowLink: { end: { cumulativeAmount: string }[]; start: { cumulativeAmount: string }[] };
  }>(
    backend.engine,
    `query($id: ID!, $from: Int!, $to: Int!) { flowLink(id: $id) {
      end: days(where: { dayId_lte: $to }, orderBy: dayId, orderDirection: desc, first: 1) { cumulativeAmount }
      start: days(where: { dayId_lt: $from }, orderBy: dayId, orderDirection: desc, first: 1) { cumulativeAmount }
    } }`,
    { id, from: toDay - 7, to: toDay },
  );
  return (
    BigInt(data.flowLink.end[0]?.cumulativeAmount ?? "0") -
    BigInt(data.flowLink.start[0]?.cumulativeAmount ?? "0")
  );
}

describe("Flows route", () => {
  it("draws the token's Sankey from the indexed links with at most 3 requests, and the stocks add up", async () => {
    renderRoute("/flows", backend.config);
    const native = backend.config.assets.find((a) => a.kind === "native")!;
    const chart = await card(/Where did WSHD come from/);
    const amount = await linkAmount("FEE_PAYERS-COMPANY_RESERVE");
    expect(amount).toBeGreaterThan(0n);
    const link = await within(chart).findByRole("button", {
      name: /^Fee payers → Company reserve:/,
    });
    expect(link.getAttribute("aria-label")).toContain(
      `${formatExact(amount, native.decimals)} WSHD`,
    );
    const check = await card("Do the links add up to each stock's change?");
    const rows = within(check).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(within(row).getByText("yes")).toBeTruthy();
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "FlowLinks"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("shows the amount and share of the source on hover, and lists a link's movements on click", async () => {
    const { router } = renderRoute("/flows", backend.config);
    const chart = await card(/Where did WSHD come from/);
    const link = await within(chart).findByRole("button", {
      name: /^Fee payers → Company reserve:/,
    });
    fireEvent.mouseEnter(link);
    const tip = await within(chart).findByRole("status");
    expect(tip.textContent).toMatch(/% of everything fee payers sent/);
    fireEvent.click(link);
    expect(router.state.location.search).toContain("link=FEE_PAYERS-COMPANY_RESERVE");
    const detail = await card("What moved from fee payers to company reserve?");
    const rows = await within(detail).findAllByRole("row");
    expect(rows.length).toBeGreaterThan(1);
    expect(within(rows[1]!).getByText("Fee")).toBeTruthy();
    expect(within(rows[1]!).getByTitle(/^transaction 0x/)).toBeTruthy();
    expect(backend.requests).toContain("FlowDetail");
  });

  it("keeps asset, hidden nodes and the selected link in the URL; the stablecoin has its own diagram", async () => {
    const { router } = renderRoute("/flows?asset=USDC&range=all", backend.config);
    const chart = await card(/Where did USDC come from/);
    expect(
      await within(chart).findByRole("button", { name: /^Market maker → Stable reserve:.* USDC,/ }),
    ).toBeTruthy();
    expect(
      within(chart).queryByRole("button", { name: /^Fee payers → Company reserve/ }),
    ).toBeNull();
    fireEvent.click(screen.getByRole("radio", { name: "WSHD" }));
    expect(router.state.location.search).toContain("asset=WSHD");
    const token = await card(/Where did WSHD come from/);
    fireEvent.click(within(token).getByRole("button", { name: "Genesis supply" }));
    expect(router.state.location.search).toContain("hide=GENESIS");
    expect(within(token).queryByRole("button", { name: /^Genesis supply → / })).toBeNull();
    await act(() => router.navigate(-1));
    expect(
      await within(await card(/Where did WSHD come from/)).findByRole("button", {
        name: /^Genesis supply → Company reserve/,
      }),
    ).toBeTruthy();
    await act(() => router.navigate(-1));
    expect(await card(/Where did USDC come from/)).toBeTruthy();
  });

  it("says why a range without flows is empty", async () => {
    renderRoute("/flows?range=custom&from=2020-01-01&to=2020-01-02", backend.config);
    expect(
      await screen.findByText(
        /No WSHD moved between the network's agents and stocks in this range/,
      ),
    ).toBeTruthy();
  });

  it("shows an unreachable endpoint as an error with a retry", async () => {
    backend.server.use(http.post(SUBGRAPH_URL, () => HttpResponse.error()));
    renderRoute("/flows", backend.config);
    expect(await screen.findByText(/endpoint is unreachable/)).toBeTruthy();
    backend.server.resetHandlers();
    fireEvent.click(screen.getAllByRole("button", { name: "Retry" })[0]!);
    expect(await card(/Where did WSHD come from/)).toBeTruthy();
  });

  it("shows a GraphQL error of the links' request", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "FlowLinks") return undefined;
        return HttpResponse.json({ errors: [{ message: "Query timed out" }] });
      }),
    );
    renderRoute("/flows", backend.config);
    expect(await screen.findByText(/Could not load this chart: Query timed out/)).toBeTruthy();
  });
});
