import { act, fireEvent, screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { formatCompact, formatExact } from "../../../lib/amount.ts";
import * as csv from "../../../lib/csv.ts";
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
}, 600_000);
afterEach(() => {
  backend.server.resetHandlers();
  backend.requests.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => backend?.server.close());

const region = (name: string | RegExp) => screen.findByRole("region", { name });
const native = () => backend.config.assets.find((a) => a.kind === "native")!;

describe("Staking & royalties route", () => {
  it("loads with at most 3 requests and shows the indexed stake, rewards and royalties", async () => {
    renderRoute("/staking?range=all", backend.config);
    const { stakePositions } = await queryFixture<{
      stakePositions: { amount: string }[];
    }>(backend.engine, "{ stakePositions(first: 1000, where: { closed: false }) { amount } }");
    const staked = stakePositions.reduce((s, p) => s + BigInt(p.amount), 0n);
    const asset = native();
    const stat = await region("Staked");
    expect(
      await within(stat).findByText(`${formatCompact(staked, asset.decimals)} ${asset.symbol}`),
    ).toBeTruthy();
    expect(within(stat).getByText(`in ${stakePositions.length} open positions`, { exact: false }));

    const table = await region("What did each lock length earn?");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.length).toBeGreaterThan(1);
    expect(within(table).getAllByText(/\d+\.\d\d %/).length).toBeGreaterThan(0);
    await region("How much more does a longer lock weigh?");

    // The top creator, as the subgraph ranks them.
    const { royaltyEarners } = await queryFixture<{
      royaltyEarners: { amount: string }[];
    }>(
      backend.engine,
      `{ royaltyEarners(where: { role: CREATOR }, orderBy: amount, orderDirection: desc, first: 1) { amount } }`,
    );
    const earners = await region("Who earned the most royalties?");
    expect(
      await within(earners).findByText(
        formatExact(BigInt(royaltyEarners[0]!.amount), asset.decimals),
      ),
    ).toBeTruthy();
    // Two of its own, once each; the shell's status poll repeats every 5 s on its own.
    expect(backend.requests.filter((r) => r !== "IndexingStatus").sort()).toEqual([
      "RoyaltiesView",
      "StakingView",
    ]);
    expect(backend.requests).toContain("IndexingStatus");
  });

  it("lists the range's slashes with their reason, node and transaction", async () => {
    renderRoute("/staking?range=all", backend.config);
    const { slashes } = await queryFixture<{ slashes: { amount: string }[] }>(
      backend.engine,
      "{ slashes(first: 1000) { amount } }",
    );
    const card = await region("Who was slashed, and why?");
    const rows = (await within(card).findAllByRole("row")).slice(1);
    expect(rows).toHaveLength(slashes.length);
    expect(within(card).getAllByText(/Failed availability sample|Governance decision/).length).toBe(
      slashes.length,
    );
    expect(within(card).getAllByText(/region \d/).length).toBeGreaterThan(0);
    expect(within(card).getAllByTitle(/^transaction 0x/).length).toBe(slashes.length);
  });

  it("keeps range, lock length and role in the URL; back restores them", async () => {
    const { router } = renderRoute("/staking?range=7d&role=FINE_TUNER", backend.config);
    const earners = await region("Who earned the most royalties?");
    expect(
      (within(earners).getByRole("radio", { name: "Fine-tuners" }) as HTMLInputElement).checked,
    ).toBe(true);
    const table = await region("What did each lock length earn?");
    const button = (await within(table).findAllByRole("button", { pressed: false }))[0]!;
    const label = button.textContent ?? "";
    fireEvent.click(button);
    expect(router.state.location.search).toMatch(/lock=\d+/);
    const worked = await region(`How lock ${label} is computed`);
    expect(within(worked).getByText(/APR = .* earned ÷ \(average stake/)).toBeTruthy();
    fireEvent.click(within(earners).getByRole("radio", { name: "Creators" }));
    expect(router.state.location.search).toContain("role=CREATOR");
    await act(() => router.navigate(-1));
    expect(router.state.location.search).toContain("role=FINE_TUNER");
    await act(() => router.navigate(-1));
    expect(router.state.location.search).not.toContain("lock=");
  });

  it("states every derived rate's formula one click away", async () => {
    renderRoute("/staking?range=all", backend.config);
    const share = await region("Which lock lengths earned the stakers' fees?");
    expect(within(share).getByText("How it is computed")).toBeTruthy();
    expect(
      within(share).getByText(/fee share = fee rewards the lock length earned ÷/),
    ).toBeTruthy();
    const table = await region("What did each lock length earn?");
    expect(within(table).getByText(/APR = fee rewards .* × 365 days/)).toBeTruthy();
    const split = await region("How was each royalty split?");
    expect(within(split).getByText(/role share = royalties paid to the role ÷/)).toBeTruthy();
    expect(within(split).getByText(/royalty rate = royalties/)).toBeTruthy();
    const curve = await region("How much more does a longer lock weigh?");
    expect(within(curve).getByText(/In force: weight = stake × \(1 \+ 300\.00 %/)).toBeTruthy();
  });

  it("exports the lock lengths exactly as the table shows them", async () => {
    const download = vi.spyOn(csv, "downloadCsv").mockImplementation(() => undefined);
    renderRoute("/staking?range=all", backend.config);
    const table = await region("What did each lock length earn?");
    const rows = (await within(table).findAllByRole("row")).slice(1);
    fireEvent.click(within(table).getByRole("button", { name: "CSV" }));
    const [, text] = download.mock.calls[0]!;
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(rows.length + 1);
    const cells = within(rows[0]!)
      .getAllByRole("cell")
      .map((c) => c.textContent ?? "");
    expect(lines[1]?.split(",")[2]).toBe(cells[2]?.replaceAll(",", ""));
  });

  it("says why a range before any staking or sale is empty", async () => {
    renderRoute("/staking?range=custom&from=2020-01-01&to=2020-01-02", backend.config);
    expect(await screen.findByText("Nothing was staked at the end of this range.")).toBeTruthy();
    expect(await screen.findByText("No stake was slashed in this range.")).toBeTruthy();
    expect(
      await screen.findByText(/No portfolio NFT was sold in this range, so no royalty/),
    ).toBeTruthy();
    expect(
      await screen.findByText(
        "No fee reached the stakers and no reward was claimed in this range.",
      ),
    ).toBeTruthy();
  });

  it("shows what failed with a retry, and the other half of the view still loads", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "StakingView") return undefined;
        return HttpResponse.json({ errors: [{ message: "Query timed out" }] });
      }),
    );
    renderRoute("/staking", backend.config);
    expect((await screen.findAllByText(/Query timed out/)).length).toBeGreaterThan(0);
    const earners = await region("Who earned the most royalties?");
    expect((await within(earners).findAllByRole("row")).length).toBeGreaterThan(1);
    backend.server.resetHandlers();
    fireEvent.click(screen.getAllByRole("button", { name: "Retry" })[0]!);
    expect(await region("What did each lock length earn?")).toBeTruthy();
    expect(await screen.findByRole("region", { name: "Staked" })).toBeTruthy();
  });

  it("shows an error, not an endless skeleton, when the endpoint is down", async () => {
    backend.server.use(http.post(SUBGRAPH_URL, () => HttpResponse.error()));
    renderRoute("/staking", backend.config);
    expect(await screen.findByText(/endpoint is unreachable/)).toBeTruthy();
    expect((await screen.findAllByText(/Could not load/)).length).toBeGreaterThan(0);
  });
});
