// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {EconomyParameters} from "./EconomyParameters.sol";
import {EconomyTypes} from "./EconomyTypes.sol";
import {EmissionSchedule} from "./EmissionSchedule.sol";
import {FeeRouter} from "./FeeRouter.sol";
import {ParameterKeys as K} from "./ParameterKeys.sol";

/// The community portfolio: generated works minted as NFTs (paying the mint fee) with their
/// provenance for royalties, and works published to the portfolio (earning the share reward).
contract PortfolioNFT is ERC721, AccessControl {
    error ZeroAddress();
    error NoDatasetContributors();
    error AlreadyPublished(bytes32 contentHash);

    event Minted(uint256 indexed tokenId, address indexed creator, address fineTuner, address[] datasetContributors, uint256 fee);
    event Published(bytes32 indexed contentHash, address indexed sharer, uint256 reward);

    struct Provenance {
        address creator;
        address fineTuner;
        address[] datasetContributors;
    }

    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    EconomyParameters public immutable params;
    FeeRouter public immutable router;
    EmissionSchedule public immutable emission;
    uint256 public totalMinted;
    mapping(uint256 tokenId => Provenance) private provenances;
    mapping(bytes32 contentHash => bool) public published;

    constructor(address admin, EconomyParameters params_, FeeRouter router_, EmissionSchedule emission_)
        ERC721("Watershed Portfolio", "WSP")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        params = params_;
        router = router_;
        emission = emission_;
    }

    function provenance(uint256 tokenId) external view returns (Provenance memory) {
        _requireOwned(tokenId);
        return provenances[tokenId];
    }

    function mint(address fineTuner, address[] calldata datasetContributors) external returns (uint256 tokenId) {
        if (fineTuner == address(0)) revert ZeroAddress();
        if (datasetContributors.length == 0) revert NoDatasetContributors();
        for (uint256 i = 0; i < datasetContributors.length; i++) {
            if (datasetContributors[i] == address(0)) revert ZeroAddress();
        }
        uint256 fee = params.get(K.MINT_FEE);
        router.collect(EconomyTypes.FeeKind.Mint, msg.sender, 1, fee);
        tokenId = ++totalMinted;
        provenances[tokenId] = Provenance(msg.sender, fineTuner, datasetContributors);
        _safeMint(msg.sender, tokenId);
        emit Minted(tokenId, msg.sender, fineTuner, datasetContributors, fee);
    }

    /// Called by the service when a creator publishes a work to the community portfolio.
    function publish(address sharer, bytes32 contentHash) external onlyRole(OPERATOR_ROLE) {
        if (sharer == address(0)) revert ZeroAddress();
        if (published[contentHash]) revert AlreadyPublished(contentHash);
        published[contentHash] = true;
        uint256 reward = emission.rewardShare(sharer);
        emit Published(contentHash, sharer, reward);
    }

    function supportsInterface(bytes4 id) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}
