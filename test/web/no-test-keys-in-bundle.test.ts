import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { bytesToHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initialScripts } from "../bench/bundle-size.ts";
import { buildWeb } from "../e2e/build-web.ts";

// The dev wallet ships in the production build (the e2e suite serves that build against a
// devnet), so it must carry nothing secret: anvil signs for its own unlocked accounts. The
// build must not contain anvil's test mnemonic or any key derived from it (the devnet runs
// anvil with 60 accounts), in any emitted file, and the wallet must stay out of the first load.
const MNEMONIC = "test test test test test test test test test test test junk";
const ACCOUNTS = 60;

const out = mkdtempSync(join(tmpdir(), "watershed-keys-"));
let files: { path: string; text: string }[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

beforeAll(async () => {
  await buildWeb(out);
  files = walk(out).map((path) => ({
    path: relative(out, path),
    text: readFileSync(path, "latin1").toLowerCase(),
  }));
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the production build", () => {
  it("holds the keyless dev wallet in a chunk the first load never fetches", () => {
    const devWallet = files.filter((f) => f.text.includes("watershedDevWallet".toLowerCase()));
    expect(devWallet.map((f) => f.path)).toHaveLength(1);
    const initial = initialScripts(readFileSync(join(out, "index.html"), "utf8"));
    expect(initial.map((p) => p.replace(/^\//, ""))).not.toContain(devWallet[0]!.path);
    // nor any wallet code: wagmi's EIP-6963 discovery loads with the wallet, not the shell
    const first = files.filter((f) => initial.some((p) => p.replace(/^\//, "") === f.path));
    expect(first.length).toBe(initial.length);
    expect(first.filter((f) => f.text.includes("eip6963")).map((f) => f.path)).toEqual([]);
  });

  it("contains neither anvil's test mnemonic nor any of its test accounts' private keys", () => {
    const keys = Array.from({ length: ACCOUNTS }, (_, i) => {
      const key = mnemonicToAccount(MNEMONIC, { addressIndex: i }).getHdKey().privateKey;
      return bytesToHex(key!).slice(2).toLowerCase();
    });
    // the derivation is anvil's: account 0's key is the well-known one
    expect(keys[0]).toBe("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((f) => [
      ...(f.text.includes(MNEMONIC) ? [`${f.path}: the mnemonic`] : []),
      ...keys.flatMap((k, i) => (f.text.includes(k) ? [`${f.path}: key of account ${i}`] : [])),
    ]);
    expect(found).toEqual([]);
  });
});
