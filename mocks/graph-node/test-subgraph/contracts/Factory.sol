// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {Vault} from "./Vault.sol";

/// Creates vaults; the subgraph follows each one through the `Vault` template.
contract Factory {
    event VaultCreated(address indexed vault, string name, uint8 kind);

    function create(string calldata name, uint8 kind) external returns (address vault) {
        vault = address(new Vault(name));
        emit VaultCreated(vault, name, kind);
    }
}
