import { useMemo } from "react";
import { PARAMETER_KEYS, type ParameterKey } from "../../../../economy/parameters.ts";
import type { AssetInfo } from "../../../lib/config.ts";
import type { DecodedAction } from "../api/actions-model.ts";
import { oneOffsOf } from "./api/one-offs.ts";
import { ImpactPreview } from "./impact-preview.tsx";

export interface ProposalImpactProps {
  proposal: {
    state: string;
    executedAt?: string | null;
    executedTxHash?: string | null;
    actions: { functionName: string; parameterKeys: string[]; parameterValues: string[] }[];
    parameterChanges: { blockNumber: string }[];
  };
  /** its calls decoded (the buyback and grants it makes once are part of its impact) */
  actions: DecodedAction[];
  native: AssetInfo | undefined;
}

/** The economy parameters a proposal's setParameters calls set, later calls winning. */
export function parameterChangesOf(
  actions: ProposalImpactProps["proposal"]["actions"],
): Partial<Record<ParameterKey, bigint>> | null {
  const changes: Partial<Record<ParameterKey, bigint>> = {};
  let any = false;
  for (const a of actions) {
    if (a.functionName !== "setParameters") continue;
    a.parameterKeys.forEach((key, i) => {
      const value = a.parameterValues[i];
      if (!PARAMETER_KEYS.includes(key as ParameterKey) || value === undefined) return;
      changes[key as ParameterKey] = BigInt(value);
      any = true;
    });
  }
  return any ? changes : null;
}

/** The impact preview on a proposal page; nothing for a proposal that changes no parameter. */
export function ProposalImpact({ proposal, actions, native }: ProposalImpactProps) {
  const changes = useMemo(() => parameterChangesOf(proposal.actions), [proposal.actions]);
  const oneOffs = useMemo(() => oneOffsOf(actions, native), [actions, native]);
  const executedBlock = proposal.parameterChanges[0]?.blockNumber;
  const executed = proposal.state === "EXECUTED" && executedBlock && proposal.executedAt;
  const target = useMemo(
    () => ({
      executedBlock: executed ? Number(executedBlock) : null,
      executedAt: executed ? Number(proposal.executedAt) : null,
      txHash: proposal.executedTxHash ?? null,
    }),
    [executed, executedBlock, proposal.executedAt, proposal.executedTxHash],
  );
  if (!changes) return null;
  return <ImpactPreview changes={changes} oneOffs={oneOffs} target={target} />;
}
