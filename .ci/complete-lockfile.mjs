// The registry this project installs from carries only this machine's platform builds of
// packages that ship native binaries (anvil, biome), so npm leaves the other platforms'
// optional packages out of package-lock.json, and `npm ci` then refuses the lock as out of
// sync. This adds those entries as platform-restricted optional packages, which npm ci skips
// on other platforms without fetching them. `npm install` runs it (postinstall); by hand:
//   node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORM = [
  [/darwin/, { os: ["darwin"] }],
  [/linux/, { os: ["linux"] }],
  [/win32/, { os: ["win32"] }],
  [/android/, { os: ["android"] }],
  [/freebsd/, { os: ["freebsd"] }],
];
const CPU = [
  [/arm64/, ["arm64"]],
  [/x64|amd64/, ["x64"]],
  [/ia32/, ["ia32"]],
  [/arm(?!64)/, ["arm"]],
];

function platformOf(name) {
  const entry = {};
  for (const [re, fields] of PLATFORM) if (re.test(name)) Object.assign(entry, fields);
  for (const [re, cpu] of CPU) if (re.test(name)) entry.cpu = cpu;
  if (/musl/.test(name)) entry.libc = ["musl"];
  return entry;
}

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ""}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    const platform = platformOf(name);
    if (!platform.os) continue; // not a platform build: leave it to npm
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...platform };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === "" ? -1 : b === "" ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform-restricted optional entries added`);
