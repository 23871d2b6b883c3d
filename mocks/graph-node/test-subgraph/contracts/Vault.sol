// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// A child contract whose events exercise every value kind the host has to carry.
contract Vault {
    string public name;
    uint256 public total;

    event Deposited(
        address indexed from,
        uint256 amount,
        int256 delta,
        bytes32 tag,
        bytes data,
        string note,
        bool flag,
        uint256[] amounts
    );
    /// `op` selects a probe in the mapping (json, crypto, failures...), `arg` feeds it.
    event Probe(uint8 op, string arg, bytes data);
    event Echo(string text, bytes data, int256 number);

    constructor(string memory name_) {
        name = name_;
    }

    function deposit(
        uint256 amount,
        int256 delta,
        bytes32 tag,
        bytes calldata data,
        string calldata note,
        bool flag,
        uint256[] calldata amounts
    ) external {
        total += amount;
        emit Deposited(msg.sender, amount, delta, tag, data, note, flag, amounts);
    }

    function probe(uint8 op, string calldata arg, bytes calldata data) external {
        emit Probe(op, arg, data);
    }

    function echo(string calldata text, bytes calldata data, int256 number) external {
        emit Echo(text, data, number);
    }
}
