// A real Chromium for the browser suite and the benches, with nothing installed by hand:
// CHROMIUM_PATH when set, else a system Chromium, else the binary that the npm package
// @sparticuz/chromium unpacks. The flags keep it off the network this machine has not got.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

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

async function executable(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, args: QUIET_FLAGS };
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return { path: system, args: QUIET_FLAGS };
  const sparticuz = (await import("@sparticuz/chromium")).default;
  // Its own flag set is tuned for serverless; ours are added for the closed network.
  return { path: await sparticuz.executablePath(), args: [...sparticuz.args, ...QUIET_FLAGS] };
}

export async function launchChromium(): Promise<Browser> {
  const { path, args } = await executable();
  return chromium.launch({ executablePath: path, args, headless: true });
}
