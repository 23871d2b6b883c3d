import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { formatCompact } from "../../../lib/amount.ts";
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
  backend.fixture.store.hasIndexingErrors = false;
});
afterAll(() => backend?.server.close());

const stockCard = (name: string) => screen.findByRole("region", { name });

describe("Overview route", () => {
  it("shows each stock's balance from the indexed store, with at most 3 requests", async () => {
    renderRoute("/", backend.config);
    const data = await queryFixture<{
      stockBalances: { stock: { id: string }; asset: string; balance: string }[];
    }>(
      backend.engine,
      `{ stockBalances(where: { stock: "COMMUNITY_TREASURY" }) { stock { id } asset balance } }`,
    );
    const native = backend.config.assets.find((a) => a.kind === "native")!;
    const row = data.stockBalances.find((b) => b.asset === native.address)!;
    const card = await stockCard("Community treasury");
    expect(
      within(card).getByText(
        `${formatCompact(BigInt(row.balance), native.decimals)} ${native.symbol}`,
      ),
    ).toBeTruthy();
    await screen.findByText(/Who can move funds/);
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "Overview"]));
    expect(backend.requests.length).toBeLessThanOrEqual(3);
  });

  it("writes the runway formula and who holds the treasury's roles", async () => {
    renderRoute("/?runway=90", backend.config);
    const runway = await screen.findByRole("region", { name: "Runway" });
    expect((within(runway).getByRole("combobox") as HTMLSelectElement).value).toBe("90");
    expect(within(runway).getByText(/stable reserve balance ÷/)).toBeTruthy();
    const roles = await screen.findByRole("region", { name: "Who can move funds" });
    expect(within(roles).getAllByText("DEPOSITOR_ROLE").length).toBeGreaterThan(0);
  });

  it("links each executed parameter change to its proposal", async () => {
    renderRoute("/?range=all", backend.config);
    const changes = await screen.findByRole("region", { name: "Latest parameter changes" });
    const links = await within(changes).findAllByRole("link", { name: /./ });
    expect(links.some((a) => a.getAttribute("href")?.startsWith("/governance?proposal="))).toBe(
      true,
    );
  });

  it("says why a range with no fees is empty", async () => {
    renderRoute("/?range=custom&from=2020-01-01&to=2020-01-02", backend.config);
    expect(await screen.findByText(/No fee was collected in this range/)).toBeTruthy();
  });

  it("keeps alert thresholds in the browser and re-evaluates with them", async () => {
    renderRoute("/", backend.config);
    await screen.findByRole("region", { name: "Runway" });
    const input = screen.getByLabelText("Native share over (%)") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "100" } });
    await waitFor(() =>
      expect(
        JSON.parse(localStorage.getItem("watershed:alert-thresholds") ?? "{}").nativeSharePercent,
      ).toBe(100),
    );
    expect(screen.queryByText(/of the treasury is in the native token, over/)).toBeNull();
  });

  it("shows the banner and the error with a retry when the endpoint is down", async () => {
    backend.server.use(http.post(SUBGRAPH_URL, () => HttpResponse.error()));
    renderRoute("/", backend.config);
    expect(await screen.findByText(/endpoint is unreachable/)).toBeTruthy();
    expect(await screen.findByText(/The Overview could not load/)).toBeTruthy();
    backend.server.resetHandlers();
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await stockCard("Community treasury")).toBeTruthy();
  });

  it("shows a GraphQL error's message", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "Overview") return undefined;
        return HttpResponse.json({ errors: [{ message: "Query timed out" }] });
      }),
    );
    renderRoute("/", backend.config);
    expect(await screen.findByText(/Query timed out/)).toBeTruthy();
  });

  it("warns when the subgraph reports indexing errors, and keeps the data", async () => {
    backend.fixture.store.hasIndexingErrors = true;
    renderRoute("/", backend.config);
    expect(await screen.findByText(/reports indexing errors/)).toBeTruthy();
    expect(await stockCard("Community treasury")).toBeTruthy();
  });

  it("keeps the last data on screen when a later request fails", async () => {
    renderRoute("/", backend.config);
    await stockCard("Community treasury");
    backend.server.use(http.post(SUBGRAPH_URL, () => HttpResponse.error()));
    // New thresholds ask the subgraph again (the outflow alert is filtered there).
    fireEvent.change(screen.getByLabelText("One outflow over (% of its stock)"), {
      target: { value: "50" },
    });
    expect(await screen.findAllByText(/Refresh failed/)).not.toHaveLength(0);
    expect(screen.getByRole("region", { name: "Community treasury" })).toBeTruthy();
  });
});
