// OpenZeppelin AccessControl events of every module: roles, their members and history.
// Each contract's mapping file passes its typed event's params here.
import { Address, Bytes, dataSource, ethereum, log } from "@graphprotocol/graph-ts";
import { Role, RoleEvent, RoleMember } from "../../generated/schema";
import { DEFAULT_ADMIN_ROLE, roleName } from "./role-names";
import { eventId } from "./time";

/** The manifest gives each data source a `contractName` context: graph-node has no host
 * call for a data source's name, and the two Treasury data sources share one mapping. */
function contractName(): string {
  const name = dataSource.context().get("contractName");
  return name == null ? dataSource.address().toHexString() : name.toString();
}

function getRole(contract: Address, hash: Bytes): Role {
  const id = contract.toHexString() + "-" + hash.toHexString();
  let role = Role.load(id);
  if (role == null) {
    role = new Role(id);
    role.contract = contract;
    role.contractName = contractName();
    role.hash = hash;
    role.name = roleName(hash);
    role.adminRole = Bytes.fromHexString(DEFAULT_ADMIN_ROLE);
    role.adminRoleName = "DEFAULT_ADMIN_ROLE";
    role.memberCount = 0;
  }
  return role;
}

function newRoleEvent(event: ethereum.Event, kind: string, role: Role): RoleEvent {
  const e = new RoleEvent(eventId(event));
  e.kind = kind;
  e.role = role.id;
  e.contract = role.contract;
  e.contractName = role.contractName;
  e.roleHash = role.hash;
  e.roleName = role.name;
  e.blockNumber = event.block.number;
  e.timestamp = event.block.timestamp;
  e.txHash = event.transaction.hash;
  return e;
}

export function recordRoleGranted(
  event: ethereum.Event,
  hash: Bytes,
  account: Address,
  sender: Address,
): void {
  const role = getRole(event.address, hash);
  const id = role.id + "-" + account.toHexString();
  let member = RoleMember.load(id);
  if (member == null) {
    member = new RoleMember(id);
    member.role = role.id;
    member.contract = role.contract;
    member.contractName = role.contractName;
    member.roleHash = role.hash;
    member.roleName = role.name;
    member.account = account;
    member.active = false;
  }
  // AccessControl emits RoleGranted only for a new holder; counting stays right regardless
  if (!member.active) role.memberCount += 1;
  member.active = true;
  member.grantedAt = event.block.timestamp;
  member.grantedTxHash = event.transaction.hash;
  member.grantedBy = sender;
  member.revokedAt = null;
  member.revokedTxHash = null;
  member.revokedBy = null;
  member.save();
  role.save();

  const e = newRoleEvent(event, "GRANTED", role);
  e.member = member.id;
  e.account = account;
  e.sender = sender;
  e.save();
}

export function recordRoleRevoked(
  event: ethereum.Event,
  hash: Bytes,
  account: Address,
  sender: Address,
): void {
  const role = getRole(event.address, hash);
  const member = RoleMember.load(role.id + "-" + account.toHexString());
  const e = newRoleEvent(event, "REVOKED", role);
  e.account = account;
  e.sender = sender;
  if (member == null) {
    // granted before the data source's start block: the history records what it saw
    log.warning("RoleRevoked for {} without an indexed grant in {}", [
      account.toHexString(),
      role.id,
    ]);
  } else {
    if (member.active) role.memberCount -= 1;
    member.active = false;
    member.revokedAt = event.block.timestamp;
    member.revokedTxHash = event.transaction.hash;
    member.revokedBy = sender;
    member.save();
    e.member = member.id;
  }
  role.save();
  e.save();
}

export function recordRoleAdminChanged(
  event: ethereum.Event,
  hash: Bytes,
  previousAdminRole: Bytes,
  newAdminRole: Bytes,
): void {
  const role = getRole(event.address, hash);
  role.adminRole = newAdminRole;
  role.adminRoleName = roleName(newAdminRole);
  role.save();

  const e = newRoleEvent(event, "ADMIN_CHANGED", role);
  e.previousAdminRole = previousAdminRole;
  e.previousAdminRoleName = roleName(previousAdminRole);
  e.newAdminRole = newAdminRole;
  e.newAdminRoleName = roleName(newAdminRole);
  e.save();
}
