// Factory mappings: create a Vault entity and start following it through the template.
import { BigDecimal, BigInt, DataSourceContext, ethereum } from "@graphprotocol/graph-ts";
import { VaultCreated } from "../generated/Factory/Factory";
import { Vault as VaultContract } from "../generated/Factory/Vault";
import { BlockInfo, Vault } from "../generated/schema";
import { Vault as VaultTemplate } from "../generated/templates";

export function handleVaultCreated(event: VaultCreated): void {
  const vault = new Vault(event.params.vault);
  vault.name = event.params.name;
  vault.kind = event.params.kind;
  vault.total = BigInt.zero();
  vault.average = BigDecimal.zero();
  vault.count = 0;
  // eth_call at the event's block: the vault exists by then
  const call = VaultContract.bind(event.params.vault).try_name();
  vault.onChainName = call.reverted ? null : call.value;
  const context = new DataSourceContext();
  context.setString("label", "vault-" + event.params.name);
  vault.label = context.getString("label");
  vault.save();
  VaultTemplate.createWithContext(event.params.vault, context);
}

export function handleBlock(block: ethereum.Block): void {
  const info = new BlockInfo(block.number.toI64());
  info.hash = block.hash;
  info.timestamp = block.timestamp.toI64() * 1000000;
  info.save();
}
