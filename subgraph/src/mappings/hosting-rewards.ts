import {
  AvailabilitySampled,
  HostingReported,
  HostingRewardPaid,
  NodeRegistered,
  RoleAdminChanged,
  RoleGranted,
  RoleRevoked,
} from "../../generated/HostingRewards/HostingRewards";
import {
  AvailabilitySample,
  HostingNode,
  HostingReport,
  HostingReward,
  Token,
} from "../../generated/schema";
import { TOKEN_ID, ZERO, ZERO_DECIMAL } from "../common/constants";
import { ratio } from "../common/decimals";
import { getEmissionActivity } from "../common/emission-activity";
import { recordRoleAdminChanged, recordRoleGranted, recordRoleRevoked } from "../common/roles";
import { eventId } from "../common/time";

function loadNode(id: HostingNode | null, what: string): HostingNode {
  if (id == null) throw new Error("unknown hosting node in " + what);
  return id;
}

export function handleNodeRegistered(event: NodeRegistered): void {
  const node = new HostingNode(event.params.node);
  node.position = event.params.positionId.toString();
  node.region = event.params.region;
  node.registeredAt = event.block.timestamp;
  node.totalRewards = ZERO;
  node.latestShare = ZERO_DECIMAL;
  node.failedSamples = 0;
  node.save();
}

export function handleHostingReported(event: HostingReported): void {
  const p = event.params;
  const report = new HostingReport(p.node.toHexString() + "-" + p.epoch.toString());
  report.node = p.node;
  report.epoch = p.epoch;
  report.hostedUnits = p.hostedUnits;
  report.hotUnits = p.hotUnits;
  report.weight = p.weight;
  report.timestamp = event.block.timestamp;
  report.save();
  // Reports precede the settlement's mints: the token's supply now is the inflation's base.
  const activity = getEmissionActivity(p.epoch);
  if (activity.hostingSupply === null) {
    const token = Token.load(TOKEN_ID);
    if (token != null) activity.hostingSupply = token.totalSupply;
    activity.hostingSettledAt = event.block.timestamp;
  }
  activity.hostingNodes += 1;
  activity.save();
}

export function handleHostingRewardPaid(event: HostingRewardPaid): void {
  const p = event.params;
  const node = loadNode(HostingNode.load(p.node), "HostingRewardPaid");
  const share = ratio(p.weight, p.totalWeight);
  const reward = new HostingReward(p.node.toHexString() + "-" + p.epoch.toString());
  reward.node = node.id;
  reward.epoch = p.epoch;
  reward.amount = p.amount;
  reward.weight = p.weight;
  reward.totalWeight = p.totalWeight;
  reward.share = share;
  reward.timestamp = event.block.timestamp;
  reward.save();
  node.totalRewards = node.totalRewards.plus(p.amount);
  node.latestShare = share;
  node.latestEpoch = p.epoch;
  node.save();
}

export function handleAvailabilitySampled(event: AvailabilitySampled): void {
  const p = event.params;
  const node = loadNode(HostingNode.load(p.node), "AvailabilitySampled");
  const sample = new AvailabilitySample(eventId(event));
  sample.node = node.id;
  sample.datum = p.datumId;
  sample.window = p.window;
  sample.passed = p.passed;
  sample.slashed = p.slashed;
  sample.timestamp = event.block.timestamp;
  sample.save();
  if (!p.passed) {
    node.failedSamples += 1;
    node.save();
  }
}

export function handleRoleGranted(event: RoleGranted): void {
  const p = event.params;
  recordRoleGranted(event, p.role, p.account, p.sender);
}

export function handleRoleRevoked(event: RoleRevoked): void {
  const p = event.params;
  recordRoleRevoked(event, p.role, p.account, p.sender);
}

export function handleRoleAdminChanged(event: RoleAdminChanged): void {
  const p = event.params;
  recordRoleAdminChanged(event, p.role, p.previousAdminRole, p.newAdminRole);
}
