// What a proposal executes, in words: a governed parameter's name with old → new; any other
// call decoded against the ABI of the contract it targets (known by its address in the
// configuration); the raw calldata when neither works.
import { type AbiParameter, decodeFunctionData, type Hex } from "viem";
import { toBigInt } from "../../../lib/amount.ts";
import type { AppConfig, AssetInfo } from "../../../lib/config.ts";
import { actionAbis, artifactOf } from "../abi/abis.ts";

export interface ParameterChangeView {
  key: string;
  /** the value before: recorded at execution, else the parameter's value now */
  old: bigint | null;
  next: bigint;
}

export interface DecodedArg {
  name: string;
  type: string;
  value: unknown;
  /** the asset an amount is counted in, when the call says which */
  asset?: AssetInfo;
  /** the member name of a Solidity enum argument */
  enumMember?: string;
}

interface Base {
  index: number;
  target: string;
  /** the contract's name in the configuration, when the target is known */
  targetName?: string;
  value: bigint;
  calldata: string;
}

export type DecodedAction =
  | (Base & { kind: "parameters"; changes: ParameterChangeView[] })
  | (Base & { kind: "call"; functionName: string; signature: string; args: DecodedArg[] })
  | (Base & { kind: "raw"; selector: string; reason: string });

export interface ActionInput {
  index: number;
  target: string;
  value: string;
  calldata: string;
  functionName: string;
  parameterKeys: string[];
  parameterValues: string[];
}

const ENUMS: Record<string, string[]> = {
  "enum EconomyTypes.Flow": [
    "FEE",
    "ROYALTY",
    "BUYBACK",
    "GRANT",
    "SLASH",
    "EMISSION_FUNDING",
    "DIVERSIFICATION",
    "DONATION",
    "INITIAL_ALLOCATION",
  ],
  "enum EconomyTypes.FeeKind": ["GENERATION", "MINT", "DOWNLOAD"],
};

function nameOf(address: string, contracts: Record<string, string>): string | undefined {
  const lower = address.toLowerCase();
  return Object.entries(contracts).find(([, a]) => a.toLowerCase() === lower)?.[0];
}

/** The asset an amount argument is counted in, from the call's other arguments and its name. */
function assetFor(
  input: AbiParameter,
  all: { input: AbiParameter; value: unknown }[],
  config: AppConfig,
): AssetInfo | undefined {
  if (!/^uint/.test(input.type) || !input.name) return undefined;
  const byKind = (kind: AssetInfo["kind"]) => config.assets.find((a) => a.kind === kind);
  if (/^stable/i.test(input.name)) return byKind("stable");
  if (/^tokens?(In|Out)?$/i.test(input.name)) return byKind("native");
  if (/amount/i.test(input.name)) {
    const asset = all.find((a) => a.input.type === "address" && a.input.name === "asset");
    if (typeof asset?.value === "string") {
      return config.assets.find((a) => a.address === (asset.value as string).toLowerCase());
    }
  }
  return undefined;
}

export function decodeAction(
  action: ActionInput,
  config: AppConfig,
  oldValues: (key: string) => bigint | null,
): DecodedAction {
  const base: Base = {
    index: action.index,
    target: action.target,
    targetName: nameOf(action.target, config.contracts),
    value: toBigInt(action.value),
    calldata: action.calldata,
  };
  if (action.functionName === "setParameters" && action.parameterKeys.length > 0) {
    return {
      ...base,
      kind: "parameters",
      changes: action.parameterKeys.map((key, i) => ({
        key,
        old: oldValues(key),
        next: toBigInt(action.parameterValues[i] ?? "0"),
      })),
    };
  }
  const selector = action.calldata.slice(0, 10);
  const artifact = base.targetName ? artifactOf[base.targetName] : undefined;
  const abi = artifact ? actionAbis[artifact] : undefined;
  if (!abi) {
    return {
      ...base,
      kind: "raw",
      selector,
      reason: "the target is not one of the economy's contracts, so its functions are unknown",
    };
  }
  try {
    const decoded = decodeFunctionData({ abi, data: action.calldata as Hex });
    const fn = abi.find((x) => x.type === "function" && x.name === decoded.functionName) as Extract<
      (typeof abi)[number],
      { type: "function" }
    >;
    const values = (decoded.args ?? []) as unknown[];
    const pairs = fn.inputs.map((input, i) => ({ input, value: values[i] }));
    return {
      ...base,
      kind: "call",
      functionName: decoded.functionName,
      signature: `${fn.name}(${fn.inputs.map((i, n) => i.name || `arg${n}`).join(", ")})`,
      args: pairs.map(({ input, value }, i) => {
        const internal = (input as { internalType?: string }).internalType ?? "";
        const members = ENUMS[internal];
        return {
          name: input.name || `arg${i}`,
          type: internal.startsWith("enum ") ? internal.slice(5) : input.type,
          value,
          asset: assetFor(input, pairs, config),
          enumMember:
            members && typeof value === "number" ? (members[value] ?? undefined) : undefined,
        };
      }),
    };
  } catch {
    return {
      ...base,
      kind: "raw",
      selector,
      reason: `no function of ${base.targetName} has selector ${selector}`,
    };
  }
}

export function decodeActions(
  actions: ActionInput[],
  config: AppConfig,
  executedChanges: { parameter: { id: string }; oldValue: string }[],
  currentValues: { id: string; value: string }[],
  executed: boolean,
): DecodedAction[] {
  const recorded = new Map<string, bigint>();
  for (const c of executedChanges) {
    if (!recorded.has(c.parameter.id)) recorded.set(c.parameter.id, toBigInt(c.oldValue));
  }
  const current = new Map(currentValues.map((p) => [p.id, toBigInt(p.value)]));
  const oldValue = (key: string) =>
    executed ? (recorded.get(key) ?? null) : (current.get(key) ?? null);
  return [...actions]
    .sort((a, b) => a.index - b.index)
    .map((a) => decodeAction(a, config, oldValue));
}
