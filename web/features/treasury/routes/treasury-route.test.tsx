import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as csv from "../../../lib/csv.ts";
import {
  type FixtureBackend,
  renderRoute,
  startFixtureBackend,
} from "../../../test/route-harness.tsx";

let backend: FixtureBackend;
beforeAll(async () => {
  backend = await startFixtureBackend();
});
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => backend?.server.close());

const chartCard = (name: string | RegExp) => screen.findByRole("region", { name });

describe("Treasury route", () => {
  it("loads with at most 3 requests and draws the stocks, the flows and the statement", async () => {
    renderRoute("/treasury", backend.config);
    await chartCard(/How much WSHD does each stock hold/);
    const statement = await chartCard("Statement for the period");
    const rows = within(statement).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText("yes")).toBeTruthy();
    await within(await chartCard("What were the largest movements?")).findAllByText(/^0x/);
    expect(new Set(backend.requests)).toEqual(
      new Set(["IndexingStatus", "TreasuryHistory", "TreasuryFlows"]),
    );
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("keeps range, granularity, asset and stock in the URL, and back restores them", async () => {
    const { router } = renderRoute(
      "/treasury?range=7d&gran=hour&asset=USDC&stock=STABLE_RESERVE",
      backend.config,
    );
    const card = await chartCard(/How much USDC does each stock hold/);
    expect(within(card).getByText(/USDC balance at the end of each hour/)).toBeTruthy();
    expect((screen.getByLabelText("Flows of") as HTMLSelectElement).value).toBe("STABLE_RESERVE");
    fireEvent.click(screen.getByRole("radio", { name: "30 d" }));
    expect(router.state.location.search).toContain("range=30d");
    // 30 days of hours exceed one graph-node page: drawn by day, and the reader is told.
    expect(await screen.findByText(/Hourly buckets cover up to 7 days/)).toBeTruthy();
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toContain("range=7d");
    expect((screen.getByRole("radio", { name: "7 d" }) as HTMLInputElement).checked).toBe(true);
  });

  it("shows the chart's numbers as a table and exports exactly those rows", async () => {
    const download = vi.spyOn(csv, "downloadCsv").mockImplementation(() => undefined);
    renderRoute("/treasury?range=7d&gran=day", backend.config);
    const card = await chartCard(/How much WSHD does each stock hold/);
    await within(card).findByRole("button", { name: "Table" });
    await vi.waitFor(() =>
      expect(
        (within(card).getByRole("button", { name: "Table" }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    fireEvent.click(within(card).getByRole("button", { name: "Table" }));
    const table = within(card).getByRole("table");
    const bodyRows = within(table).getAllByRole("row").slice(1);
    expect(bodyRows.length).toBeGreaterThan(1);
    fireEvent.click(within(card).getByRole("button", { name: "CSV" }));
    const [, text] = download.mock.calls[0]!;
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(bodyRows.length + 1);
    // Same cells as the table, amounts without thousands separators.
    const firstCells = within(bodyRows[0]!)
      .getAllByRole("cell")
      .map((c) => c.textContent?.replaceAll(",", ""));
    expect(lines[1]?.split(",")).toEqual(firstCells);
  });
});
