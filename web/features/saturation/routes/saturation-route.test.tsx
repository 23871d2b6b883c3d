import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
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
  vi.restoreAllMocks();
});
afterAll(() => backend?.server.close());

// jsdom has no 2D canvas: a stand-in keeps the pixels the heatmap writes.
let drawn: ImageData[] = [];
beforeEach(() => {
  drawn = [];
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    return {
      canvas: this,
      createImageData: (w: number, h: number) =>
        ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) as ImageData,
      putImageData: (image: ImageData) => drawn.push(image),
    } as unknown as CanvasRenderingContext2D;
  });
});

const heatmapCard = () =>
  screen.findByRole("region", { name: /in demand beyond their upload capacity/ });
const plot = () => screen.findByLabelText(/^Saturation heatmap:/);
const opaquePixels = (image: ImageData) => {
  let n = 0;
  for (let i = 3; i < image.data.length; i += 4) if (image.data[i]) n++;
  return n;
};

interface Sample {
  demand: string;
  capacity: string;
  surgeBps: string;
  price: string | null;
}

describe("Saturation route", () => {
  it("draws a week of windows from one request, and a hover shows the cell's exact sample", async () => {
    renderRoute("/saturation", backend.config);
    await heatmapCard();
    const grid = await plot();
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const image = drawn.at(-1)!;
    expect(opaquePixels(image)).toBeGreaterThan(image.width * image.height * 0.5);
    const rows = Number(grid.dataset.rows);
    const columns = Number(grid.dataset.columns);
    expect(rows).toBe(32);
    expect(columns).toBeGreaterThanOrEqual(672);
    expect(new Set(backend.requests)).toEqual(new Set(["IndexingStatus", "SaturationHeatmap"]));

    // jsdom lays nothing out: the grid is 960 px wide at the origin, rows 13 px tall.
    const cellWidth = 960 / columns;
    const at = { row: 3, column: columns - 40 };
    fireEvent.pointerMove(grid, {
      clientX: (at.column + 0.5) * cellWidth,
      clientY: (at.row + 0.5) * 13,
    });
    const tooltip = await within(grid).findByRole("status");
    const datum = tooltip.dataset.datum!;
    const window = tooltip.dataset.window!;
    const { saturationSample: s } = await queryFixture<{ saturationSample: Sample }>(
      backend.engine,
      `query ($id: ID!) { saturationSample(id: $id) { demand capacity surgeBps price } }`,
      { id: `${datum}-${window}` },
    );
    const field = (name: string) =>
      tooltip.querySelector(`[data-field=${name}]`)?.textContent ?? "";
    expect(field("demand")).toBe(BigInt(s.demand).toLocaleString("en-US"));
    expect(field("capacity")).toContain(BigInt(s.capacity).toLocaleString("en-US"));
    expect(field("surge")).toContain(`${Number(s.surgeBps).toLocaleString("en-US")} bps`);
    // 18 decimals: the price in whole tokens, trailing zeros trimmed
    const whole = (Number(BigInt(s.price ?? "0") / 10n ** 14n) / 10_000).toString();
    expect(field("price")).toContain(`${whole} WSHD`);
  });

  it("opens a datum on click with one more request, and keeps it and the sort in the URL", async () => {
    const { router } = renderRoute("/saturation?sort=downloads", backend.config);
    await heatmapCard();
    const grid = await plot();
    fireEvent.click(grid, { clientX: 900, clientY: 2 });
    await waitFor(() => expect(router.state.location.search).toMatch(/datum=0x[0-9a-f]{64}/));
    const detail = await screen.findByRole("region", { name: /^Datum / });
    expect(await within(detail).findByText(/Windows sampled \(all time\)/)).toBeTruthy();
    const nodes = await within(detail).findByRole("region", {
      name: "Which hosting nodes serve it?",
    });
    expect(within(nodes).getAllByRole("row").length).toBeGreaterThan(1);
    expect(backend.requests).toContain("SaturationDetail");
    expect(new Set(backend.requests)).toEqual(
      new Set(["IndexingStatus", "SaturationHeatmap", "SaturationDetail"]),
    );

    const hot = screen.getByRole("region", { name: "Which data ran hottest?" });
    const header = within(hot).getByRole("columnheader", { name: /Downloads/ });
    expect(header.getAttribute("aria-sort")).toBe("descending");
    const downloads = within(hot)
      .getAllByRole("row")
      .slice(1)
      .map((r) => Number(within(r).getAllByRole("cell")[6]?.textContent));
    expect(downloads).toEqual([...downloads].sort((a, b) => b - a));
    fireEvent.click(within(header).getByRole("button"));
    expect(router.state.location.search).toContain("dir=asc");
    await act(() => router.navigate(-1));
    expect(router.state.location.search).not.toContain("dir=asc");
    fireEvent.click(within(detail).getByRole("button", { name: "Close" }));
    expect(router.state.location.search).not.toContain("datum=");
  });

  it("draws longer ranges by UTC day", async () => {
    renderRoute("/saturation?range=30d", backend.config);
    expect(await screen.findByText(/this range is drawn by UTC day/)).toBeTruthy();
    const grid = await plot();
    expect(Number(grid.dataset.columns)).toBe(31);
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
  });

  it("says why a range without samples is empty", async () => {
    renderRoute("/saturation?range=custom&from=2020-01-01&to=2020-01-02", backend.config);
    expect(await screen.findByText(/No datum was sampled in this range: the oracle/)).toBeTruthy();
    expect(screen.getByText("No datum was sampled in this range.")).toBeTruthy();
  });

  it("shows the error with a retry, then the heatmap", async () => {
    backend.server.use(
      http.post(SUBGRAPH_URL, async ({ request }) => {
        const body = (await request.clone().json()) as { operationName?: string };
        if (body.operationName !== "SaturationHeatmap") return undefined;
        return HttpResponse.json({ errors: [{ message: "Query timed out" }] });
      }),
    );
    renderRoute("/saturation", backend.config);
    const card = await heatmapCard();
    expect(
      await within(card).findByText(/Could not load this chart: Query timed out/),
    ).toBeTruthy();
    backend.server.resetHandlers();
    fireEvent.click(within(card).getByRole("button", { name: "Retry" }));
    expect(await plot()).toBeTruthy();
  });

  it("says when a linked datum is unknown", async () => {
    renderRoute(`/saturation?datum=0x${"ab".repeat(32)}`, backend.config);
    expect(await screen.findByText(/No datum 0xabab.* has been indexed/)).toBeTruthy();
  });
});
