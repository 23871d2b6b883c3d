// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {EmissionSchedule} from "./EmissionSchedule.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {StakingVault} from "./StakingVault.sol";

/// Hosting: staked nodes report what they host each epoch and share that epoch's inflation
/// (HOST_INFLATION_BPS a year of total supply) pro rata to weight = (hosted + hot × boost)
/// × geographic boost. Nodes failing availability sampling are slashed.
contract HostingRewards is AccessControl {
    error LengthMismatch();
    error NotPositionOwner(uint256 positionId, address caller);
    error StakeTooSmall(uint256 staked, uint256 required);
    error NodeAlreadyRegistered(address node);
    error UnknownNode(address node);
    error EpochNotOver(uint256 epoch, uint256 currentEpoch);
    error EpochAlreadySettled(uint256 epoch);
    error NothingHosted(uint256 epoch);
    error HostReportedTwice(address node, uint256 epoch);

    event NodeRegistered(address indexed node, uint256 positionId, uint8 region);
    event HostingReported(address indexed node, uint256 indexed epoch, uint256 hostedUnits, uint256 hotUnits, uint256 weight);
    event HostingRewardPaid(address indexed node, uint256 indexed epoch, uint256 amount, uint256 weight, uint256 totalWeight);
    event AvailabilitySampled(address indexed node, bytes32 indexed datumId, uint256 window, bool passed, uint256 slashed);

    struct Node {
        uint256 positionId;
        uint8 region;
        bool registered;
    }

    bytes32 public constant REPORTER_ROLE = keccak256("REPORTER_ROLE");

    IERC20 public immutable token;
    EconomyParameters public immutable params;
    StakingVault public immutable vault;
    EmissionSchedule public immutable emission;
    mapping(address => Node) public nodes;
    mapping(uint256 epoch => bool) public settled;
    /// Hosts already in an epoch's report: a host listed twice would be paid twice.
    mapping(uint256 epoch => mapping(address node => bool)) private reported;

    constructor(address admin, IERC20 token_, EconomyParameters params_, StakingVault vault_, EmissionSchedule emission_) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        token = token_;
        params = params_;
        vault = vault_;
        emission = emission_;
    }

    function registerNode(uint256 positionId, uint8 region) external {
        if (nodes[msg.sender].registered) revert NodeAlreadyRegistered(msg.sender);
        StakingVault.Position memory p = vault.position(positionId);
        if (p.owner != msg.sender || p.closed) revert NotPositionOwner(positionId, msg.sender);
        uint256 required = params.get(K.MIN_NODE_STAKE);
        if (p.amount < required) revert StakeTooSmall(p.amount, required);
        nodes[msg.sender] = Node(positionId, region, true);
        emit NodeRegistered(msg.sender, positionId, region);
    }

    function hostingWeight(address node, uint256 hostedUnits, uint256 hotUnits) public view returns (uint256) {
        // A node that withdrew its stake has nothing left to slash, so it earns nothing.
        Node storage n = nodes[node];
        if (n.registered && vault.position(n.positionId).closed) return 0;
        uint256 boosted = hostedUnits + hotUnits * params.get(K.HOT_BOOST_BPS) / EconomyTypes.BPS;
        bool underserved = (params.get(K.UNDERSERVED_REGIONS) >> nodes[node].region) & 1 == 1;
        uint256 geo = underserved ? params.get(K.GEO_BOOST_BPS) : 0;
        return boosted * (EconomyTypes.BPS + geo) / EconomyTypes.BPS;
    }

    /// Inflation for one epoch at today's supply: supply × annual bps / 365.
    function epochInflation() public view returns (uint256) {
        return token.totalSupply() * params.get(K.HOST_INFLATION_BPS) / EconomyTypes.BPS / 365;
    }

    /// Reports a finished epoch's hosting and pays its inflation out, once per epoch.
    function settleEpoch(uint256 epoch, address[] calldata hosts, uint256[] calldata hosted, uint256[] calldata hot)
        external
        onlyRole(REPORTER_ROLE)
    {
        if (hosts.length != hosted.length || hosted.length != hot.length) revert LengthMismatch();
        uint256 nowEpoch = params.currentEpoch();
        if (epoch >= nowEpoch) revert EpochNotOver(epoch, nowEpoch);
        if (settled[epoch]) revert EpochAlreadySettled(epoch);
        settled[epoch] = true;
        (uint256[] memory weights, uint256 total) = _weigh(epoch, hosts, hosted, hot);
        if (total == 0) revert NothingHosted(epoch);
        _pay(epoch, hosts, weights, total, epochInflation());
    }

    function _weigh(uint256 epoch, address[] calldata hosts, uint256[] calldata hosted, uint256[] calldata hot)
        private
        returns (uint256[] memory weights, uint256 total)
    {
        weights = new uint256[](hosts.length);
        for (uint256 i = 0; i < hosts.length; i++) {
            if (!nodes[hosts[i]].registered) revert UnknownNode(hosts[i]);
            if (reported[epoch][hosts[i]]) revert HostReportedTwice(hosts[i], epoch);
            reported[epoch][hosts[i]] = true;
            weights[i] = hostingWeight(hosts[i], hosted[i], hot[i]);
            total += weights[i];
            emit HostingReported(hosts[i], epoch, hosted[i], hot[i], weights[i]);
        }
    }

    function _pay(uint256 epoch, address[] calldata hosts, uint256[] memory weights, uint256 total, uint256 inflation)
        private
    {
        for (uint256 i = 0; i < hosts.length; i++) {
            uint256 amount = inflation * weights[i] / total;
            if (amount > 0) emission.mintHostingReward(hosts[i], amount, epoch);
            emit HostingRewardPaid(hosts[i], epoch, amount, weights[i], total);
        }
    }

    /// Availability sampling: a failed sample slashes the node's stake.
    function recordSample(address node, bytes32 datumId, bool passed) external onlyRole(REPORTER_ROLE) {
        Node storage n = nodes[node];
        if (!n.registered) revert UnknownNode(node);
        uint256 slashed = passed ? 0 : vault.slash(n.positionId, EconomyTypes.SlashReason.FailedAvailabilitySample);
        emit AvailabilitySampled(node, datumId, block.timestamp / EconomyTypes.WINDOW_LENGTH, passed, slashed);
    }
}
