// Browser checks of the Saturation view, for the e2e suite to call on a page already at
// /saturation (served with /watershed-config.json, as the suite's static server does):
// the heatmap canvas is drawn, and hovering a drawn cell shows exactly the sample the
// subgraph holds for that datum and window; clicking it opens the datum's drill-down.
import type { Page } from "playwright-core";

interface Sample {
  demand: string;
  capacity: string;
  saturationBps: string;
  surgeBps: string;
  price: string | null;
}

const fail = (message: string): never => {
  throw new Error(`Saturation: ${message}`);
};

/** bigint base units → "1,234.5" (as the view's formatExact writes them) */
function exact(value: bigint, decimals: number): string {
  const base = 10n ** BigInt(decimals);
  const whole = (value / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = (value % base).toString().padStart(decimals, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole;
}

export async function checkSaturation(page: Page): Promise<void> {
  const plot = page.getByRole("application", { name: /^Saturation heatmap:/ });
  await plot.waitFor({ state: "visible", timeout: 20_000 });
  const canvas = plot.locator("canvas");
  await page.waitForFunction(
    () => (document.querySelector(".heatmap-canvas") as HTMLCanvasElement | null)?.width ?? 0 > 1,
  );

  // Drawn: most pixels opaque, in many colours of the scale; and a cell to hover, found in
  // the pixels themselves: the rightmost drawn cell of the third row.
  const found = await canvas.evaluate((node: HTMLCanvasElement) => {
    const ctx = node.getContext("2d");
    if (!ctx) return null;
    const { data, width, height } = ctx.getImageData(0, 0, node.width, node.height);
    let opaque = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      opaque++;
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    }
    const plot = node.parentElement as HTMLElement;
    const rows = Number(plot.dataset.rows);
    const scale = node.width / node.getBoundingClientRect().width;
    const row = Math.min(2, rows - 1);
    const y = Math.floor(((row + 0.5) * height) / rows);
    let x = -1;
    for (let px = width - 1; px >= 0 && x < 0; px--) if (data[(y * width + px) * 4 + 3]) x = px;
    return {
      opaque: opaque / (width * height),
      colours: colours.size,
      x: x / scale,
      y: y / scale,
      columns: Number(plot.dataset.columns),
      first: Number(plot.dataset.first),
      bucketing: plot.dataset.bucketing,
      cssWidth: node.getBoundingClientRect().width,
    };
  });
  if (!found) return fail("the canvas has no 2D context");
  if (found.opaque < 0.3) fail(`only ${(found.opaque * 100).toFixed(1)} % of the canvas is drawn`);
  if (found.colours < 8) fail(`the canvas has ${found.colours} colours, not a saturation scale`);
  if (found.x < 0) fail("the third row has no drawn cell");
  if (found.bucketing !== "window")
    fail(`the default range draws ${found.bucketing}s, not windows`);

  const box = (await plot.boundingBox()) ?? fail("the heatmap has no box");
  // centre of the cell under that pixel, so the pointer is unambiguously inside it
  const cellWidth = found.cssWidth / found.columns;
  const column = Math.floor(found.x / cellWidth);
  await page.mouse.move(box.x + (column + 0.5) * cellWidth, box.y + found.y);
  const tooltip = plot.locator(".heatmap-tooltip");
  await tooltip.waitFor({ state: "visible", timeout: 5_000 });
  const datum = (await tooltip.getAttribute("data-datum")) ?? fail("the tooltip names no datum");
  const window = Number(await tooltip.getAttribute("data-window"));
  if (window !== found.first + column) {
    fail(
      `hovered column ${column} (window ${found.first + column}) but the tooltip shows ${window}`,
    );
  }

  // Ask the subgraph the page itself queries (its URL from the page's resource timing).
  const s = (await page.evaluate(
    async ({ id }) => {
      const url = performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .find((name) => name.includes("/subgraphs/"));
      if (!url) return null;
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query:
            "query ($id: ID!) { saturationSample(id: $id) { demand capacity saturationBps surgeBps price } }",
          variables: { id },
        }),
      });
      const body = (await res.json()) as { data?: { saturationSample: unknown } };
      return body.data?.saturationSample ?? null;
    },
    { id: `${datum}-${window}` },
  )) as Sample | null;
  if (!s) return fail(`the page's subgraph has no SaturationSample ${datum}-${window}`);
  const field = async (name: string) =>
    (await tooltip.locator(`[data-field=${name}]`).textContent()) ?? "";
  const expectIn = async (name: string, text: string) => {
    const shown = await field(name);
    if (!shown.includes(text)) fail(`tooltip ${name} "${shown}" does not show ${text}`);
  };
  const group = (v: string) => BigInt(v).toLocaleString("en-US");
  if ((await field("demand")) !== group(s.demand)) {
    fail(`tooltip demand "${await field("demand")}" is not ${group(s.demand)}`);
  }
  await expectIn("capacity", group(s.capacity));
  await expectIn("saturation", exact(BigInt(s.saturationBps), 4));
  await expectIn("surge", `${exact(BigInt(s.surgeBps), 4)}×`);
  await expectIn("surge", `${group(s.surgeBps)} bps`);
  if (s.price !== null) {
    // The token's decimals are the view's to know: the amount shown must be the sample's
    // price written at some number of decimals.
    const shown = await field("price");
    const price = BigInt(s.price);
    const decimals = Array.from({ length: 37 }, (_, d) => d).find((d) =>
      shown.startsWith(`${exact(price, d)} `),
    );
    if (decimals === undefined) fail(`tooltip price "${shown}" is not the sample's ${s.price}`);
  }

  // A click opens that datum's drill-down, named in the URL.
  await page.mouse.click(box.x + (column + 0.5) * cellWidth, box.y + found.y);
  await page.waitForURL((url) => url.searchParams.get("datum") === datum, { timeout: 5_000 });
  await page
    .getByRole("heading", { name: /^Datum 0x/ })
    .waitFor({ state: "visible", timeout: 15_000 });
}
