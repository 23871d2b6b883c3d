// A real Chromium for the browser suite and the benches, with nothing installed by hand:
// CHROMIUM_PATH when set, else a system Chromium, else the headless-shell binary that the
// npm package @sparticuz/chromium unpacks. The flags keep it off the network this machine
// has not got.
import { existsSync } from "node:fs";
import { type Browser, type BrowserContextOptions, chromium } from "playwright-core";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

async function executablePath(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  // Only the binary: the package's own flags are tuned for serverless and wrong here.
  // --single-process makes closing a browser context kill the whole browser, and
  // --disable-web-security would hide the CORS failures a real browser reports.
  const sparticuz = (await import("@sparticuz/chromium")).default;
  return sparticuz.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await executablePath(),
    args: QUIET_FLAGS,
    headless: true,
  });
}

/** A page that records every console error and warning and every uncaught error. */
export async function openRecordingPage(browser: Browser, options: BrowserContextOptions) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") {
      problems.push(`console.${m.type()}: ${m.text()} (${m.location().url || "no url"})`);
    }
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems, close: () => context.close() };
}
