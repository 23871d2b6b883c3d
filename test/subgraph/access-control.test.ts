// AccessControl handlers of every module: a role's members through grant, revoke, renounce
// and re-grant, its admin role, every event kept in its history, names from the known table.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Abi, Address, Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ACCESS_CONTROLLED,
  newRoleAdminChangedEvent,
  newRoleGrantedEvent,
  newRoleRevokedEvent,
  roleHash,
} from "./factories/access-control.ts";
import { addressOf, type DataSourceName, SUBGRAPH_DIR, txHash } from "./factories/log.ts";
import { lower, startTestChain, type TestChain } from "./support/chain.ts";
import { all, entity, must } from "./support/entities.ts";
import { graphql } from "./support/graphql.ts";
import { type BlockRun, openSession, type Session } from "./support/session.ts";

const DEPLOYER: Address = "0x00000000000000000000000000000000000de910";
const TIMELOCK: Address = "0x0000000000000000000000000000000000071e10";
const TREASURY = addressOf("CommunityTreasury");
const ROUTER = addressOf("FeeRouter");
const VAULT = addressOf("StakingVault");
const DEPOSITOR = roleHash("DEPOSITOR_ROLE");
const ADMIN = roleHash("DEFAULT_ADMIN_ROLE");
const GUARDIAN = roleHash("GUARDIAN_ROLE"); // no contract of ours defines it

const roleId = (contract: Address, hash: Hex) => `${lower(contract)}-${hash}`;
const memberId = (contract: Address, hash: Hex, account: Address) =>
  `${roleId(contract, hash)}-${lower(account)}`;

const abiOf = (abiName: string) =>
  JSON.parse(readFileSync(join(SUBGRAPH_DIR, "abis", `${abiName}.json`), "utf8")) as Abi;

/** The `*_ROLE()` constants a subgraph ABI declares: the roles its contract defines. */
function rolesOf(abiName: string): string[] {
  return abiOf(abiName).flatMap((e) =>
    e.type === "function" && e.name.endsWith("_ROLE") && e.inputs.length === 0 ? [e.name] : [],
  );
}

let chain: TestChain;
let s: Session;
beforeAll(async () => {
  chain = await startTestChain(20);
  s = openSession(chain);
});
afterAll(async () => {
  await s?.close();
  await chain?.stop();
});

describe("AccessControl roles", () => {
  const depositorOfTreasury = roleId(TREASURY, DEPOSITOR);
  const routerMember = memberId(TREASURY, DEPOSITOR, ROUTER);

  it("grants: the role, its member and a GRANTED event in its history", async () => {
    const run = await s.run([
      newRoleGrantedEvent(
        "CommunityTreasury",
        { role: DEPOSITOR, account: ROUTER, sender: DEPLOYER },
        { tx: "grant" },
      ),
    ]);
    expect(roleHandlers(run)).toEqual(["CommunityTreasury.handleRoleGranted"]);
    expect(must(s.store, "Role", depositorOfTreasury)).toEqual({
      id: depositorOfTreasury,
      contract: lower(TREASURY),
      contractName: "CommunityTreasury",
      hash: DEPOSITOR,
      name: "DEPOSITOR_ROLE",
      adminRole: ADMIN,
      adminRoleName: "DEFAULT_ADMIN_ROLE",
      memberCount: 1,
    });
    expect(must(s.store, "RoleMember", routerMember)).toEqual({
      id: routerMember,
      role: depositorOfTreasury,
      contract: lower(TREASURY),
      contractName: "CommunityTreasury",
      roleHash: DEPOSITOR,
      roleName: "DEPOSITOR_ROLE",
      account: lower(ROUTER),
      active: true,
      grantedAt: run.timestamp,
      grantedTxHash: txHash("grant"),
      grantedBy: lower(DEPLOYER),
      // the store keeps no null fields: an active member has no revocation fields at all
      revokedAt: undefined,
      revokedTxHash: undefined,
      revokedBy: undefined,
    });
    expect(must(s.store, "RoleEvent", `${txHash("grant")}-0`)).toEqual({
      id: `${txHash("grant")}-0`,
      kind: "GRANTED",
      role: depositorOfTreasury,
      contract: lower(TREASURY),
      contractName: "CommunityTreasury",
      roleHash: DEPOSITOR,
      roleName: "DEPOSITOR_ROLE",
      member: routerMember,
      account: lower(ROUTER),
      sender: lower(DEPLOYER),
      blockNumber: BigInt(run.number),
      timestamp: run.timestamp,
      txHash: txHash("grant"),
    });
  });

  it("counts members per role and keeps the same role of another contract apart", async () => {
    await s.run([
      newRoleGrantedEvent(
        "CommunityTreasury",
        { role: DEPOSITOR, account: VAULT, sender: DEPLOYER },
        { tx: "second" },
      ),
      newRoleGrantedEvent(
        "CompanyReserve",
        { role: DEPOSITOR, account: ROUTER, sender: DEPLOYER },
        { tx: "second" },
      ),
    ]);
    expect(must(s.store, "Role", depositorOfTreasury).memberCount).toBe(2);
    const company = addressOf("CompanyReserve");
    expect(must(s.store, "Role", roleId(company, DEPOSITOR))).toMatchObject({
      contractName: "CompanyReserve",
      name: "DEPOSITOR_ROLE",
      memberCount: 1,
    });
    expect(must(s.store, "RoleMember", memberId(company, DEPOSITOR, ROUTER)).active).toBe(true);
  });

  it("revokes and renounces: members stay, inactive, with when and by whom it ended", async () => {
    const run = await s.run([
      newRoleRevokedEvent(
        "CommunityTreasury",
        { role: DEPOSITOR, account: ROUTER, sender: TIMELOCK },
        { tx: "revoke" },
      ),
      newRoleRevokedEvent(
        "CommunityTreasury",
        { role: DEPOSITOR, account: VAULT, sender: VAULT },
        { tx: "renounce" },
      ),
    ]);
    expect(roleHandlers(run)).toEqual([
      "CommunityTreasury.handleRoleRevoked",
      "CommunityTreasury.handleRoleRevoked",
    ]);
    expect(must(s.store, "Role", depositorOfTreasury).memberCount).toBe(0);
    expect(must(s.store, "RoleMember", routerMember)).toMatchObject({
      active: false,
      revokedAt: run.timestamp,
      revokedTxHash: txHash("revoke"),
      revokedBy: lower(TIMELOCK),
    });
    expect(must(s.store, "RoleMember", memberId(TREASURY, DEPOSITOR, VAULT))).toMatchObject({
      active: false,
      revokedBy: lower(VAULT),
    });
    expect(must(s.store, "RoleEvent", `${txHash("revoke")}-0`)).toMatchObject({
      kind: "REVOKED",
      member: routerMember,
      account: lower(ROUTER),
      sender: lower(TIMELOCK),
    });
  });

  it("re-grants: active again with the new grant's fields, the revocation cleared, the history kept", async () => {
    const before = must(s.store, "RoleMember", routerMember);
    const run = await s.run([
      newRoleGrantedEvent(
        "CommunityTreasury",
        { role: DEPOSITOR, account: ROUTER, sender: TIMELOCK },
        { tx: "regrant" },
      ),
    ]);
    expect(run.timestamp).toBeGreaterThan(before.grantedAt as bigint);
    expect(must(s.store, "RoleMember", routerMember)).toMatchObject({
      active: true,
      grantedAt: run.timestamp,
      grantedTxHash: txHash("regrant"),
      grantedBy: lower(TIMELOCK),
    });
    expect(must(s.store, "Role", depositorOfTreasury).memberCount).toBe(1);
    const data = await graphql(s.store)<{
      role: { members: { account: string }[]; events: { kind: string }[] };
      roleMember: {
        revokedAt: null;
        revokedTxHash: null;
        revokedBy: null;
        history: { kind: string; sender: string }[];
      };
    }>(
      `{ role(id: "${depositorOfTreasury}") {
           members(where: { active: true }) { account }
           events(orderBy: blockNumber) { kind }
         }
         roleMember(id: "${routerMember}") {
           revokedAt revokedTxHash revokedBy
           history(orderBy: blockNumber) { kind sender }
         } }`,
    );
    const { history, ...revocation } = data.roleMember;
    expect(revocation).toEqual({ revokedAt: null, revokedTxHash: null, revokedBy: null });
    expect(data.role.members).toEqual([{ account: lower(ROUTER) }]);
    expect(data.role.events.map((e) => e.kind)).toEqual([
      "GRANTED",
      "GRANTED",
      "REVOKED",
      "REVOKED",
      "GRANTED",
    ]);
    expect(history).toEqual([
      { kind: "GRANTED", sender: lower(DEPLOYER) },
      { kind: "REVOKED", sender: lower(TIMELOCK) },
      { kind: "GRANTED", sender: lower(TIMELOCK) },
    ]);
  });

  it("changes a role's admin, naming an unknown admin role by its hash", async () => {
    const operator = roleHash("OPERATOR_ROLE");
    const id = roleId(ROUTER, operator);
    const run = await s.run([
      newRoleAdminChangedEvent(
        "FeeRouter",
        { role: operator, previousAdminRole: ADMIN, newAdminRole: GUARDIAN },
        { tx: "admin" },
      ),
    ]);
    expect(roleHandlers(run)).toEqual(["FeeRouter.handleRoleAdminChanged"]);
    expect(must(s.store, "Role", id)).toMatchObject({
      contractName: "FeeRouter",
      name: "OPERATOR_ROLE",
      adminRole: GUARDIAN,
      adminRoleName: GUARDIAN,
      memberCount: 0,
    });
    expect(must(s.store, "RoleEvent", `${txHash("admin")}-0`)).toEqual({
      id: `${txHash("admin")}-0`,
      kind: "ADMIN_CHANGED",
      role: id,
      contract: lower(ROUTER),
      contractName: "FeeRouter",
      roleHash: operator,
      roleName: "OPERATOR_ROLE",
      previousAdminRole: ADMIN,
      previousAdminRoleName: "DEFAULT_ADMIN_ROLE",
      newAdminRole: GUARDIAN,
      newAdminRoleName: GUARDIAN,
      blockNumber: BigInt(run.number),
      timestamp: run.timestamp,
      txHash: txHash("admin"),
    });
    // a later grant keeps the admin the event set
    await s.run([
      newRoleGrantedEvent(
        "FeeRouter",
        { role: operator, account: VAULT, sender: DEPLOYER },
        { tx: "operator" },
      ),
    ]);
    expect(must(s.store, "Role", id)).toMatchObject({ adminRole: GUARDIAN, memberCount: 1 });
  });

  it("names a role no contract of ours defines by its hash", async () => {
    const stable = addressOf("StableReserve");
    await s.run([
      newRoleGrantedEvent(
        "StableReserve",
        { role: GUARDIAN, account: VAULT, sender: DEPLOYER },
        { tx: "guardian" },
      ),
    ]);
    expect(must(s.store, "Role", roleId(stable, GUARDIAN)).name).toBe(GUARDIAN);
    expect(must(s.store, "RoleMember", memberId(stable, GUARDIAN, VAULT)).roleName).toBe(GUARDIAN);
  });

  it("records a revocation whose grant predates the start block, without a member", async () => {
    const oracle = addressOf("SaturationOracle");
    const reporter = roleHash("REPORTER_ROLE");
    await s.run([
      newRoleRevokedEvent(
        "SaturationOracle",
        { role: reporter, account: DEPLOYER, sender: DEPLOYER },
        { tx: "orphan" },
      ),
    ]);
    expect(entity(s.store, "RoleMember", memberId(oracle, reporter, DEPLOYER))).toBeUndefined();
    expect(must(s.store, "Role", roleId(oracle, reporter)).memberCount).toBe(0);
    const event = must(s.store, "RoleEvent", `${txHash("orphan")}-0`);
    expect(event).toMatchObject({ kind: "REVOKED", account: lower(DEPLOYER) });
    expect(event.member ?? null).toBeNull();
  });

  it("the manifest names each AccessControl data source in its context, and only those", () => {
    const manifest = parse(readFileSync(join(SUBGRAPH_DIR, "subgraph.yaml"), "utf8")) as {
      dataSources: {
        name: string;
        source: { abi: string };
        context?: { contractName?: { type: string; data: string } };
      }[];
    };
    const withRoles = manifest.dataSources.filter((d) =>
      abiOf(d.source.abi).some((e) => e.type === "event" && e.name === "RoleGranted"),
    );
    expect(withRoles.map((d) => d.name)).toEqual([...ACCESS_CONTROLLED]);
    for (const d of withRoles) {
      expect(d.context?.contractName).toEqual({ type: "String", data: d.name });
    }
  });

  it("handles the three events on every AccessControl data source and names every role its contract defines", async () => {
    const account: Address = "0x00000000000000000000000000000000000e11e0";
    const EVERY = { tx: "every-source" };
    const logs = ACCESS_CONTROLLED.flatMap((source: DataSourceName) => [
      ...rolesOf(abiNameOf(source)).map((name) =>
        newRoleGrantedEvent(source, { role: roleHash(name), account, sender: DEPLOYER }, EVERY),
      ),
      newRoleAdminChangedEvent(
        source,
        { role: GUARDIAN, previousAdminRole: ADMIN, newAdminRole: ADMIN },
        EVERY,
      ),
      newRoleRevokedEvent(source, { role: ADMIN, account, sender: account }, EVERY),
    ]);
    const run = await s.run(logs);
    const expected = ACCESS_CONTROLLED.flatMap((source) => [
      ...rolesOf(abiNameOf(source)).map(() => `${source}.handleRoleGranted`),
      `${source}.handleRoleAdminChanged`,
      `${source}.handleRoleRevoked`,
    ]);
    expect(roleHandlers(run)).toEqual(expected);
    for (const source of ACCESS_CONTROLLED) {
      const names = rolesOf(abiNameOf(source));
      expect(names).toContain("DEFAULT_ADMIN_ROLE");
      const mine = all(s.store, "RoleMember").filter(
        (m) => m.contract === lower(addressOf(source)) && m.account === account,
      );
      expect(mine.map((m) => [m.contractName, m.roleName]).sort()).toEqual(
        names.map((n) => [source, n]).sort(),
      );
      // the renounced admin role: the only one of its memberships no longer active
      expect(mine.filter((m) => !m.active).map((m) => m.roleName)).toEqual(["DEFAULT_ADMIN_ROLE"]);
    }
  });

  it("knows the timelock's roles too", async () => {
    const names = rolesOf("WatershedTimelock");
    expect(names).toEqual(
      expect.arrayContaining(["PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE"]),
    );
    const account: Address = "0x00000000000000000000000000000000000e11e1";
    await s.run(
      names.map((name) =>
        newRoleGrantedEvent(
          "CommunityToken",
          { role: roleHash(name), account, sender: DEPLOYER },
          { tx: "timelock-roles" },
        ),
      ),
    );
    const token = addressOf("CommunityToken");
    for (const name of names) {
      expect(must(s.store, "Role", roleId(token, roleHash(name))).name).toBe(name);
    }
  });
});

/** Handlers a block ran, without the governor's block handler (it runs on every block). */
const roleHandlers = (run: BlockRun) => run.handlers.filter((h) => !h.endsWith(".handleBlock"));

/** The ABI a data source declares in subgraph.yaml. */
function abiNameOf(source: DataSourceName): string {
  if (source === "CompanyReserve" || source === "CommunityTreasury") return "Treasury";
  return source;
}
