// Largest contentful paint and cumulative layout shift of one page load, read from the
// browser's own PerformanceObserver entries (buffered, so nothing before the script ran is
// lost), plus the elements behind them so an over-budget figure names its cause.
import type { Browser, Page, Request } from "playwright-core";

export interface Shift {
  at: number;
  value: number;
  /** the moved nodes, with their rectangle before → after */
  sources: string[];
}

export interface Vitals {
  lcp: number;
  lcpElement: string;
  /** the largest session window (≤ 1 s gaps, ≤ 5 s long), as web-vitals defines CLS */
  cls: number;
  shifts: Shift[];
  /** script paths the page requested, for what the view downloads */
  scripts: string[];
  /** every request, ms from navigation start: the waterfall behind a late paint */
  requests: { start: number; end: number; name: string }[];
}

interface Recorded {
  lcp: number;
  lcpElement: string;
  shifts: Shift[];
}

/** Runs in the page before any of its scripts. */
function observe() {
  const describe = (node: Node | null | undefined) => {
    if (!node) return "(removed node)";
    if (!(node instanceof Element)) return `#text "${(node.textContent ?? "").slice(0, 40)}"`;
    const cls = Array.from(node.classList).slice(0, 2).join(".");
    const text = (node.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${node.tagName.toLowerCase()}${cls ? `.${cls}` : ""} "${text}"`;
  };
  const rect = (r: DOMRectReadOnly) =>
    `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  const recorded: Recorded = { lcp: 0, lcpElement: "", shifts: [] };
  (window as unknown as { __vitals: Recorded }).__vitals = recorded;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
      recorded.lcp = entry.startTime;
      recorded.lcpElement = describe(entry.element);
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  type LayoutShift = PerformanceEntry & {
    value: number;
    hadRecentInput: boolean;
    sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) {
      if (entry.hadRecentInput) continue;
      recorded.shifts.push({
        at: entry.startTime,
        value: entry.value,
        sources: entry.sources.map(
          (s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
        ),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
}

function sessionWindowMax(shifts: Shift[]): number {
  let best = 0;
  let sum = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.at - last > 1000 || s.at - start > 5000) {
      sum = 0;
      start = s.at;
    }
    sum += s.value;
    last = s.at;
    best = Math.max(best, sum);
  }
  return best;
}

/** A path, with the GraphQL operation or JSON-RPC method a POST carries. */
function requestName(r: Request): string {
  const path = new URL(r.url()).pathname;
  try {
    const body = JSON.parse(r.postData() ?? "null") as { operationName?: string; method?: string };
    const what = body?.operationName ?? body?.method;
    return what ? `${path} ${what}` : path;
  } catch {
    return path;
  }
}

/**
 * One cold load (fresh context: no HTTP cache, no storage), read after the network settles,
 * or after `ready` says the page shows its data (the static demo computes its answers in the
 * page, so its network settles before its figures paint).
 */
export async function loadVitals(
  browser: Browser,
  url: string,
  settleMs: number,
  ready?: (page: Page) => Promise<void>,
): Promise<Vitals> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // As source text: tsx (esbuild keepNames) wraps the inner functions in __name(), which
    // the page does not have; a local stand-in keeps them plain.
    await context.addInitScript({
      content: `(() => { const __name = (f) => f; (${observe})(); })();`,
    });
    const page = await context.newPage();
    const scripts = new Set<string>();
    const finished: Request[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith(".js")) scripts.add(path);
    });
    page.on("requestfinished", (r) => finished.push(r));
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    await ready?.(page);
    await page.waitForTimeout(settleMs);
    const recorded = await page.evaluate(
      () => (window as unknown as { __vitals: Recorded }).__vitals,
    );
    const origin = await page.evaluate(() => performance.timeOrigin);
    const requests = finished.map((r) => {
      const t = r.timing();
      const start = t.startTime - origin;
      return { start, end: start + t.responseEnd, name: requestName(r) };
    });
    return {
      requests: requests.sort((a, b) => a.start - b.start),
      lcp: recorded.lcp,
      lcpElement: recorded.lcpElement,
      cls: sessionWindowMax(recorded.shifts),
      shifts: recorded.shifts,
      scripts: [...scripts],
    };
  } finally {
    await context.close();
  }
}
