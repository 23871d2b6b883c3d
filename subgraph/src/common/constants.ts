import { BigDecimal, BigInt } from "@graphprotocol/graph-ts";

export const ZERO = BigInt.zero();
export const ONE = BigInt.fromI32(1);
export const BPS = BigInt.fromI32(10000);
export const BPS_DECIMAL = BigDecimal.fromString("10000");
export const ZERO_DECIMAL = BigDecimal.zero();
export const SECONDS_PER_DAY: i64 = 86400;
export const SECONDS_PER_HOUR: i64 = 3600;
export const SECONDS_PER_WINDOW: i64 = 900;
export const ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

export const TOKEN_ID = "token";
export const GOVERNANCE_ID = "governance";
export const EMISSION_TOTALS_ID = "emissions";
export const OPEN_PROPOSALS_ID = "open";

// Stock ids double as value-network node names.
export const COMPANY_RESERVE = "COMPANY_RESERVE";
export const COMMUNITY_TREASURY = "COMMUNITY_TREASURY";
export const STABLE_RESERVE = "STABLE_RESERVE";
export const STAKING_VAULT = "STAKING_VAULT";

// Agent groups of the value network (the other ends of the flows).
export const FEE_PAYERS = "FEE_PAYERS";
export const NFT_BUYERS = "NFT_BUYERS";
export const NFT_SELLERS = "NFT_SELLERS";
export const CREATORS = "CREATORS";
export const SHARERS = "SHARERS";
export const HOSTS = "HOSTS";
export const STAKERS = "STAKERS";
export const DATASET_CONTRIBUTORS = "DATASET_CONTRIBUTORS";
export const FINE_TUNERS = "FINE_TUNERS";
export const GRANTEES = "GRANTEES";
export const DONORS = "DONORS";
export const GENESIS = "GENESIS";
export const INFLATION = "INFLATION";
export const LIQUIDITY_PROVIDER = "LIQUIDITY_PROVIDER";
export const BURNED = "BURNED";
