// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Codes carried by events so a dashboard can classify every flow without reading storage.
/// The numeric values are part of the event catalog (contracts/README.md): append only.
library EconomyTypes {
    /// What a fee paid for.
    enum FeeKind {
        Generation, // 0: generating an image
        Mint, // 1: minting an NFT
        Download // 2: downloading a datum
    }

    /// Why tokens entered or left a treasury stock.
    enum Flow {
        Fee, // 0: a fee's share
        Royalty, // 1: the community's share of an NFT royalty
        Buyback, // 2: stable spent on, or tokens received by, a buyback
        Grant, // 3: a grant or airdrop decided by the owner or governance
        Slash, // 4: part of a slashed stake
        EmissionFunding, // 5: a generation or share reward paid out of the stock
        Diversification, // 6: stable bought with the fee share set aside for the stable reserve
        Donation, // 7: tokens sent straight to the stock, recorded afterwards
        InitialAllocation // 8: the genesis supply placed in the stock at deployment
    }

    /// What an emission rewarded.
    enum EmissionKind {
        Generation, // 0
        Share, // 1
        Hosting // 2
    }

    /// Where an emission came from.
    enum EmissionSource {
        CompanyReserve, // 0
        CommunityTreasury, // 1
        Inflation // 2: newly minted
    }

    /// NFT royalty recipients.
    enum RoyaltyRole {
        Creator, // 0
        DatasetContributor, // 1
        FineTuner, // 2
        Community // 3
    }

    /// Why a stake was slashed.
    enum SlashReason {
        FailedAvailabilitySample, // 0
        Governance // 1
    }

    uint256 internal constant BPS = 10_000;
    uint256 internal constant EPOCH_LENGTH = 1 days;
    uint256 internal constant WINDOW_LENGTH = 15 minutes;
}
