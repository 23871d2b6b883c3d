// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Keys of the governed parameters. A key is its name as left-aligned ASCII bytes32, so
/// `ParameterChanged` events read as text on any block explorer and in the subgraph.
library ParameterKeys {
    bytes32 internal constant GENERATION_FEE = "GENERATION_FEE";
    bytes32 internal constant TARGET_GENERATIONS = "TARGET_GENERATIONS";
    bytes32 internal constant FEE_COMPANY_BPS = "FEE_COMPANY_BPS";
    bytes32 internal constant FEE_COMMUNITY_BPS = "FEE_COMMUNITY_BPS";
    bytes32 internal constant FEE_STAKERS_BPS = "FEE_STAKERS_BPS";
    bytes32 internal constant DIVERSIFY_BPS = "DIVERSIFY_BPS";
    bytes32 internal constant MINT_FEE = "MINT_FEE";
    bytes32 internal constant GEN_REWARD_INITIAL = "GEN_REWARD_INITIAL";
    bytes32 internal constant GEN_REWARD_DECAY_BPS = "GEN_REWARD_DECAY_BPS";
    bytes32 internal constant SHARE_REWARD = "SHARE_REWARD";
    bytes32 internal constant ROYALTY_BPS = "ROYALTY_BPS";
    bytes32 internal constant ROYALTY_CREATOR_BPS = "ROYALTY_CREATOR_BPS";
    bytes32 internal constant ROYALTY_DATASET_BPS = "ROYALTY_DATASET_BPS";
    bytes32 internal constant ROYALTY_FINETUNER_BPS = "ROYALTY_FINETUNER_BPS";
    bytes32 internal constant ROYALTY_COMMUNITY_BPS = "ROYALTY_COMMUNITY_BPS";
    bytes32 internal constant HOST_INFLATION_BPS = "HOST_INFLATION_BPS";
    bytes32 internal constant HOT_BOOST_BPS = "HOT_BOOST_BPS";
    bytes32 internal constant GEO_BOOST_BPS = "GEO_BOOST_BPS";
    /// bit r set = region r is underserved and earns GEO_BOOST_BPS on hosting
    bytes32 internal constant UNDERSERVED_REGIONS = "UNDERSERVED_REGIONS";
    bytes32 internal constant MIN_NODE_STAKE = "MIN_NODE_STAKE";
    bytes32 internal constant DOWNLOAD_BASE_PRICE = "DOWNLOAD_BASE_PRICE";
    bytes32 internal constant SURGE_SLOPE_BPS = "SURGE_SLOPE_BPS";
    bytes32 internal constant SURGE_CAP_BPS = "SURGE_CAP_BPS";
    bytes32 internal constant MIN_ACCESS_STAKE = "MIN_ACCESS_STAKE";
    bytes32 internal constant LOCK_WEIGHT_EXPONENT = "LOCK_WEIGHT_EXPONENT";
    bytes32 internal constant MAX_LOCK_DURATION = "MAX_LOCK_DURATION";
    bytes32 internal constant MAX_LOCK_BOOST_BPS = "MAX_LOCK_BOOST_BPS";
    bytes32 internal constant SLASH_BPS = "SLASH_BPS";
    bytes32 internal constant SLASH_BURN_BPS = "SLASH_BURN_BPS";
    bytes32 internal constant STABLE_PRICE = "STABLE_PRICE";
}
