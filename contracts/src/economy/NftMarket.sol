// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";
import {PortfolioNFT} from "./PortfolioNFT.sol";
import {RoyaltySplit} from "./RoyaltySplit.sol";
import {Treasury} from "./Treasury.sol";

/// Fixed-price sales of portfolio NFTs. Each sale pays price × ROYALTY_BPS in royalties,
/// split among creator, dataset contributors (equally), fine-tuner and community treasury.
contract NftMarket {
    using SafeERC20 for IERC20;

    error ZeroPrice();
    error NotTokenOwner(uint256 tokenId, address caller);
    error NotListed(uint256 tokenId);

    event Listed(uint256 indexed tokenId, address indexed seller, uint256 price);
    event Sold(uint256 indexed tokenId, address indexed seller, address indexed buyer, uint256 price, uint256 royalty);
    event RoyaltyPaid(uint256 indexed tokenId, EconomyTypes.RoyaltyRole indexed role, address indexed payee, uint256 amount);

    struct Listing {
        address seller;
        uint256 price;
    }

    IERC20 public immutable token;
    EconomyParameters public immutable params;
    PortfolioNFT public immutable nft;
    Treasury public immutable communityTreasury;
    mapping(uint256 tokenId => Listing) public listings;

    constructor(IERC20 token_, EconomyParameters params_, PortfolioNFT nft_, Treasury communityTreasury_) {
        token = token_;
        params = params_;
        nft = nft_;
        communityTreasury = communityTreasury_;
        token_.forceApprove(address(communityTreasury_), type(uint256).max);
    }

    function list(uint256 tokenId, uint256 price) external {
        if (price == 0) revert ZeroPrice();
        if (nft.ownerOf(tokenId) != msg.sender) revert NotTokenOwner(tokenId, msg.sender);
        listings[tokenId] = Listing(msg.sender, price);
        emit Listed(tokenId, msg.sender, price);
    }

    function buy(uint256 tokenId) external {
        Listing memory listing = listings[tokenId];
        if (listing.price == 0) revert NotListed(tokenId);
        delete listings[tokenId];
        token.safeTransferFrom(msg.sender, address(this), listing.price);
        RoyaltySplit.Parts memory parts = RoyaltySplit.split(params, listing.price);
        _payRoyalties(tokenId, msg.sender, parts);
        token.safeTransfer(listing.seller, listing.price - parts.total);
        nft.transferFrom(listing.seller, msg.sender, tokenId);
        emit Sold(tokenId, listing.seller, msg.sender, listing.price, parts.total);
    }

    function _payRoyalties(uint256 tokenId, address buyer, RoyaltySplit.Parts memory parts) private {
        PortfolioNFT.Provenance memory p = nft.provenance(tokenId);
        _pay(tokenId, EconomyTypes.RoyaltyRole.Creator, p.creator, parts.creator);
        uint256 each = parts.datasets / p.datasetContributors.length;
        uint256 dust = parts.datasets - each * p.datasetContributors.length;
        for (uint256 i = 0; i < p.datasetContributors.length; i++) {
            // The first contributor takes the rounding dust so the parts sum exactly.
            _pay(tokenId, EconomyTypes.RoyaltyRole.DatasetContributor, p.datasetContributors[i], i == 0 ? each + dust : each);
        }
        _pay(tokenId, EconomyTypes.RoyaltyRole.FineTuner, p.fineTuner, parts.fineTuner);
        if (parts.community > 0) {
            communityTreasury.deposit(token, buyer, parts.community, EconomyTypes.Flow.Royalty);
            emit RoyaltyPaid(tokenId, EconomyTypes.RoyaltyRole.Community, address(communityTreasury), parts.community);
        }
    }

    function _pay(uint256 tokenId, EconomyTypes.RoyaltyRole role, address payee, uint256 amount) private {
        if (amount == 0) return;
        token.safeTransfer(payee, amount);
        emit RoyaltyPaid(tokenId, role, payee, amount);
    }
}
