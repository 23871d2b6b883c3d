import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, startBackend } from "../../mocks/dev/backend.ts";
import { buildWebConfig } from "../../mocks/dev/web-config.ts";
import { freePort } from "../../mocks/devnet/anvil.ts";
import { launchChromium, openRecordingPage } from "./browser.ts";
import { buildWeb } from "./build-web.ts";
import { checkEmissions } from "./emissions-checks.ts";
import { checkFlows } from "./flows-checks.ts";
import {
  checkQueueAndExecute,
  checkRejectKeepsReason,
  checkSelfDelegate,
  checkVoteWithReason,
} from "./governance-checks.ts";
import { checkImpactPreview, executedParameterProposalPath } from "./impact-checks.ts";
import { checkParameters, parametersReady } from "./parameters-checks.ts";
import { toPalettePng } from "./png-palette.ts";
import { checkProposeParameterChange } from "./propose-checks.ts";
import { checkSaturation } from "./saturation-checks.ts";
import { checkStaking } from "./staking-checks.ts";
import { type StaticServer, startStaticServer } from "./static-server.ts";

// The production bundle in Chromium against the real dev backend (anvil, seeded history,
// the subgraph's WASM, graph-node's GraphQL) on a short history: every view shows indexed
// figures with no console error, warning or page error, and leaves a screenshot for the
// README. 5 days of seed 7 is the route-test fixture's history: it has an executed proposal.
const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "watershed-e2e-"));
const WIDE: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  colorScheme: "light",
  // Recharts honours it: charts are drawn at once, so screenshots are not mid-animation.
  reducedMotion: "reduce",
  deviceScaleFactor: 1,
};

let backendStart: Promise<Backend> | undefined;
let browserStart: Promise<Browser> | undefined;
const servers: StaticServer[] = [];
let app: StaticServer;
let browser: Browser;

/** Resolves what a start produced, or undefined when it failed: cleanup must not throw. */
const settled = <T>(p: Promise<T> | undefined) =>
  p?.then(
    (v) => v,
    () => undefined,
  );

beforeAll(async () => {
  backendStart = startBackend({
    rpcPort: await freePort(),
    graphqlPort: await freePort(),
    statusPort: await freePort(),
    stateDir: join(work, "state"),
    deploymentFile: join(work, "state", "deployment.json"),
    days: 5,
    seed: 7,
    log: () => {},
  });
  browserStart = launchChromium();
  // the rejection surfaces where it is awaited below; these keep it from being unhandled
  backendStart.catch(() => {});
  browserStart.catch(() => {});
  await buildWeb(join(work, "web"));
  const backend = await backendStart;
  const config = await buildWebConfig({
    graphqlUrl: backend.graphqlUrl,
    statusUrl: backend.statusUrl,
    deployment: backend.deployment,
    rpcUrl: backend.rpcUrl,
  });
  app = await startStaticServer({ root: join(work, "web"), config });
  servers.push(app);
  browser = await browserStart;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await (await settled(browserStart))?.close().catch(() => {});
  await Promise.all(servers.map((s) => s.close()));
  await (await settled(backendStart))?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a page that records every console error and warning and every uncaught error. */
const open = (options: BrowserContextOptions = WIDE) => openRecordingPage(browser, options);

/** The shell has the indexed block from graph-node's _meta: the app reached its data. */
async function shellReady(page: Page) {
  await page
    .locator(".status-line")
    .getByText(/Block \d/)
    .waitFor();
}

async function overviewReady(page: Page) {
  const card = page.getByRole("region", { name: "Community treasury" });
  await card
    .getByText(/\d[\d.,]*[kMBT]? WSHD/)
    .first()
    .waitFor();
}

async function treasuryReady(page: Page) {
  for (const title of [
    "How much WSHD does each stock hold?",
    "Where did it come from, where did it go?",
  ]) {
    const card = page.getByRole("region", { name: title });
    await card.locator("svg.recharts-surface").first().waitFor();
  }
  const row = page.getByRole("row").filter({ hasText: "Community treasury" }).first();
  await row.getByRole("cell").nth(4).getByText(/\d/).waitFor();
  expect(await row.textContent()).toMatch(/Community treasury.*\d.*yes$/);
}

const comingSoon = (heading: string) => async (page: Page) => {
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
};

async function saturationReady(page: Page) {
  await page.getByRole("application", { name: /^Saturation heatmap:/ }).waitFor();
}

async function emissionsReady(page: Page) {
  const emitted = page.getByRole("region", { name: "Emitted so far" });
  await emitted
    .getByText(/\d[\d.,]*[kMBT]? [A-Z]+/)
    .first()
    .waitFor();
}

async function flowsReady(page: Page) {
  const chart = page.getByRole("region", {
    name: /^Where did \w+ come from, and where did it go\?$/,
  });
  await chart.locator("svg.recharts-surface").first().waitFor();
}

async function stakingReady(page: Page) {
  const staked = page.getByRole("region", { name: "Staked", exact: true });
  await staked
    .getByText(/\d[\d.,]*[kMBT]? [A-Z]+/)
    .first()
    .waitFor();
}

interface View {
  path: string;
  name: string;
  /** the view shows its data: the screenshot is taken after this */
  ready: (page: Page) => Promise<void>;
  /** the view's own checks, some of which click: run after the screenshot */
  check?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { path: "/", name: "overview", ready: overviewReady },
  { path: "/treasury", name: "treasury", ready: treasuryReady },
  { path: "/emissions", name: "emissions", ready: emissionsReady, check: checkEmissions },
  { path: "/saturation", name: "saturation", ready: saturationReady, check: checkSaturation },
  { path: "/flows", name: "flows", ready: flowsReady, check: checkFlows },
  { path: "/staking", name: "staking", ready: stakingReady, check: checkStaking },
  { path: "/governance", name: "governance", ready: comingSoon("Governance") },
];

/**
 * The outermost elements that make the page scroll sideways, as `parent > child` selectors:
 * each sticks out past the viewport while its parent does not, and no ancestor scrolls it.
 * Runs in the page.
 */
function widerThanScreen(): string[] {
  const width = document.documentElement.clientWidth;
  const name = (el: Element) =>
    [el.tagName.toLowerCase(), ...Array.from(el.classList).slice(0, 1)].join(".");
  const scrolledByAncestor = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  };
  const found = new Set<string>();
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    const parent = el.parentElement;
    if (!parent || el.getBoundingClientRect().right <= width + 0.5) continue;
    if (parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
    if (!scrolledByAncestor(el)) found.add(`${name(parent)} > ${name(el)}`);
  }
  return [...found];
}

/** Loads a view, waits for its data and a quiet network, and saves a full-page screenshot. */
async function visit(view: View, shot: string, options: BrowserContextOptions = WIDE) {
  const { page, problems, close } = await open(options);
  try {
    await page.goto(app.url + view.path);
    await shellReady(page);
    await view.ready(page);
    await page.waitForLoadState("networkidle");
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(join(SCREENSHOTS, `${shot}.png`), toPalettePng(png));
    await view.check?.(page);
    return { problems, overflow: await page.evaluate(widerThanScreen) };
  } finally {
    await close();
  }
}

describe("the dashboard in Chromium, production build on the dev backend", () => {
  for (const view of VIEWS) {
    it(`${view.path} shows its data with no console error`, async () => {
      const { problems } = await visit(view, view.name);
      expect(problems).toEqual([]);
    });
  }

  // A governance sub-view, not a nav link: outside VIEWS, whose length the nav is checked against.
  it("/governance/parameters shows its data with no console error", async () => {
    const view = { path: "/governance/parameters", name: "governance-parameters" };
    const checked = { ...view, ready: parametersReady, check: checkParameters };
    const { problems } = await visit(checked, view.name);
    expect(problems).toEqual([]);
  });

  it("an executed parameter proposal shows its impact preview and backtest", async () => {
    const { page, problems, close } = await open();
    try {
      await page.goto(`${app.url}/governance`);
      await page.goto(app.url + (await executedParameterProposalPath(page)));
      await checkImpactPreview(page);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("/ at 360 px: no console error and nothing wider than the screen", async () => {
    const { problems, overflow } = await visit(VIEWS[0]!, "overview-360", {
      ...WIDE,
      viewport: { width: 360, height: 740 },
    });
    expect(problems).toEqual([]);
    expect(overflow).toEqual([]);
  });

  it("/ in the dark theme", async () => {
    const { problems } = await visit(VIEWS[0]!, "overview-dark", { ...WIDE, colorScheme: "dark" });
    expect(problems).toEqual([]);
  });

  it("an unknown path gets the app's not-found view, not a server 404", async () => {
    const { page, problems, close } = await open();
    try {
      const response = await page.goto(`${app.url}/no/such/view`);
      expect(response?.status()).toBe(200);
      await page.getByRole("heading", { name: "Page not found" }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("Tab reaches every nav link in order, and Enter follows one", async () => {
    const { page, problems, close } = await open();
    const focusedNavLink = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest("nav") && el.tagName === "A" ? (el.textContent ?? "") : null;
      });
    try {
      await page.goto(app.url);
      await overviewReady(page);
      const expected = await page
        .getByRole("navigation", { name: "Views" })
        .getByRole("link")
        .allTextContents();
      const reached: string[] = [];
      for (let i = 0; i < 12 && reached.length < expected.length; i++) {
        await page.keyboard.press("Tab");
        const text = await focusedNavLink();
        if (text !== null) reached.push(text);
      }
      expect(reached).toEqual(expected);
      for (let i = 0; i < 8 && (await focusedNavLink()) !== "Treasury"; i++) {
        await page.keyboard.press("Shift+Tab");
      }
      await page.keyboard.press("Enter");
      await treasuryReady(page);
      expect(new URL(page.url()).pathname).toBe("/treasury");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("the endpoint down: a banner says it is unreachable and the page is not blank", async () => {
    const closed = await freePort();
    const down = await startStaticServer({
      root: join(work, "web"),
      // graph-node down: its query endpoint and its status API alike
      config: {
        ...(app.config as object),
        subgraphUrl: `http://127.0.0.1:${closed}/subgraphs/name/watershed`,
        statusUrl: `http://127.0.0.1:${closed}/graphql`,
      },
    });
    servers.push(down);
    const { page, problems, close } = await open();
    try {
      await page.goto(down.url);
      const banner = page.getByRole("alert").filter({ hasText: "unreachable" });
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/subgraph endpoint is unreachable/);
      await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
      expect(await page.getByRole("navigation", { name: "Views" }).getByRole("link").count()).toBe(
        VIEWS.length,
      );
      // Refused connections are logged by the browser; an uncaught error would be the app's.
      expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
    } finally {
      await close();
    }
  });
});

// Wallet flows with the devnet's dev wallet (anvil signs; no key in the bundle). They change
// the chain, so they run after the views above; queue-and-execute moves the clock: last.
describe("governance from the dev wallet, in Chromium", () => {
  const GOVERNANCE_CHECKS: [string, (page: Page) => Promise<void>][] = [
    ["votes with a reason: the tallies and the votes table change", checkVoteWithReason],
    ["a rejected signature keeps the typed reason", checkRejectKeepsReason],
    ["an account with zero power self-delegates and sees its power", checkSelfDelegate],
    [
      "drafts a GENERATION_FEE change, submits it and finds it Pending once indexed",
      checkProposeParameterChange,
    ],
    [
      "queues and executes a Succeeded proposal after the devnet's time moves",
      checkQueueAndExecute,
    ],
  ];
  for (const [name, check] of GOVERNANCE_CHECKS) {
    it(name, async () => {
      const { page, problems, close } = await open();
      try {
        await page.goto(`${app.url}/governance`);
        await check(page);
        expect(problems.filter((p) => p.startsWith("pageerror"))).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
