// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";

/// royalty = price × ROYALTY_BPS; creator, datasets and fine-tuner take their bps of it,
/// the community takes the remainder so the parts always sum to the royalty.
library RoyaltySplit {
    struct Parts {
        uint256 total;
        uint256 creator;
        uint256 datasets;
        uint256 fineTuner;
        uint256 community;
    }

    function split(EconomyParameters params, uint256 price) internal view returns (Parts memory p) {
        p.total = price * params.get(K.ROYALTY_BPS) / EconomyTypes.BPS;
        p.creator = p.total * params.get(K.ROYALTY_CREATOR_BPS) / EconomyTypes.BPS;
        p.datasets = p.total * params.get(K.ROYALTY_DATASET_BPS) / EconomyTypes.BPS;
        p.fineTuner = p.total * params.get(K.ROYALTY_FINETUNER_BPS) / EconomyTypes.BPS;
        p.community = p.total - p.creator - p.datasets - p.fineTuner;
    }
}
