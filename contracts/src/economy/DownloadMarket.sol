// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {FeeRouter} from "./FeeRouter.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {SaturationOracle} from "./SaturationOracle.sol";
import {StakingVault} from "./StakingVault.sol";

/// Paid downloads: access needs an active stake of at least MIN_ACCESS_STAKE; the price is
/// DOWNLOAD_BASE_PRICE × surge of the datum's latest saturation sample.
contract DownloadMarket {
    error InsufficientStake(address downloader, uint256 staked, uint256 required);

    event Download(address indexed downloader, bytes32 indexed datumId, uint256 window, uint256 price, uint256 surgeBps);

    EconomyParameters public immutable params;
    FeeRouter public immutable router;
    SaturationOracle public immutable oracle;
    StakingVault public immutable vault;

    constructor(EconomyParameters params_, FeeRouter router_, SaturationOracle oracle_, StakingVault vault_) {
        params = params_;
        router = router_;
        oracle = oracle_;
        vault = vault_;
    }

    function priceOf(bytes32 datumId) public view returns (uint256 price, uint256 surgeBps) {
        surgeBps = oracle.surgeOf(datumId);
        price = params.get(K.DOWNLOAD_BASE_PRICE) * surgeBps / EconomyTypes.BPS;
    }

    function download(bytes32 datumId) external returns (uint256 price) {
        uint256 staked = vault.activeStakeOf(msg.sender);
        uint256 required = params.get(K.MIN_ACCESS_STAKE);
        if (staked < required) revert InsufficientStake(msg.sender, staked, required);
        uint256 surgeBps;
        (price, surgeBps) = priceOf(datumId);
        router.collect(EconomyTypes.FeeKind.Download, msg.sender, 1, price);
        emit Download(msg.sender, datumId, oracle.currentWindow(), price, surgeBps);
    }
}
