// ethereum.call / getBalance / hasCode (JSON-RPC at the trigger's block) and
// ethereum.encode / decode (viem's ABI codec).
import {
  type AbiFunction,
  type AbiParameter,
  decodeAbiParameters,
  encodeAbiParameters,
  encodeFunctionData,
  type Hex,
  hexToBigInt,
  parseAbiParameter,
  toHex,
} from "viem";
import { apiVersionAtLeast } from "../api-version.ts";
import { readEthValue, writeEthValue, writeEthValueArray } from "../asc/eth-values.ts";
import { HostError } from "../asc/heap.ts";
import type { HostEnv } from "../host-env.ts";
import { RpcError } from "../rpc-bridge.ts";
import { formatType, fromAbiValue, toAbiValue, typeOf } from "./abi-convert.ts";

const REVERT_RE = /revert|invalid opcode|invalid jump|out of gas|stack limit|stack underflow/i;

function findFunction(env: HostEnv, contract: string, name: string, signature: string | null) {
  const abi = env.dataSource.abis.get(contract);
  if (!abi) {
    throw new HostError(
      `Could not find ABI for contract "${contract}", try adding it to the 'abis' section of the subgraph manifest`,
    );
  }
  const fns = abi.filter((i): i is AbiFunction => i.type === "function" && i.name === name);
  const sig = (f: AbiFunction) =>
    `${f.name}(${f.inputs.map(formatType).join(",")}):(${f.outputs.map(formatType).join(",")})`;
  const fn = signature ? fns.find((f) => sig(f) === signature) : fns[0];
  if (!fn) {
    throw new HostError(
      `Unknown function "${contract}::${name}" with signature \`${signature ?? name}\` called from WASM runtime`,
    );
  }
  return fn;
}

export function ethereumFns(env: HostEnv): Record<string, (...args: number[]) => number> {
  const h = () => env.heap;
  const rpc = (method: string, params: unknown[]) => {
    if (!env.rpc) throw new HostError(`${method} needs an rpcUrl, none was configured`);
    return env.rpc(method, params);
  };
  const blockTag = () => (env.block ? toHex(env.block.number) : "latest");
  const requireApi = (fn: string) => {
    if (!apiVersionAtLeast(env.dataSource.apiVersion, "0.0.9")) {
      throw new HostError(`${fn} is only available for apiVersion >= 0.0.9`);
    }
  };
  return {
    "ethereum.call": (callPtr) => {
      const [contractName, address, functionName, signature, params] = [0, 4, 8, 12, 16].map((o) =>
        h().u32At(callPtr + o),
      ) as [number, number, number, number, number];
      const contract = h().readString(contractName);
      const name = h().readString(functionName);
      const fn = findFunction(env, contract, name, h().readNullableString(signature));
      const args = h()
        .readPtrArray(params)
        .map((p, i) => toAbiValue(fn.inputs[i] as AbiParameter, readEthValue(h(), p)));
      const to = toHex(h().readBytes(address));
      const data = encodeFunctionData({ abi: [fn], functionName: fn.name, args });
      let result: Hex;
      try {
        result = rpc("eth_call", [{ to, data }, blockTag()]) as Hex;
      } catch (e) {
        if (e instanceof RpcError && (e.code === 3 || REVERT_RE.test(e.message))) return 0;
        throw new HostError(
          `Ethereum node returned an error when calling function "${name}" of contract "${contract}": ${(e as Error).message}`,
        );
      }
      if (fn.outputs.length > 0 && (result === "0x" || !result)) return 0; // reverted
      const decoded = decodeAbiParameters(fn.outputs, result);
      return writeEthValueArray(
        h(),
        fn.outputs.map((o, i) => fromAbiValue(o, decoded[i])),
      );
    },
    "ethereum.getBalance": (addressPtr) => {
      requireApi("ethereum.getBalance");
      const address = toHex(h().readBytes(addressPtr));
      return h().writeBigInt(hexToBigInt(rpc("eth_getBalance", [address, blockTag()]) as Hex));
    },
    "ethereum.hasCode": (addressPtr) => {
      requireApi("ethereum.hasCode");
      const address = toHex(h().readBytes(addressPtr));
      const code = rpc("eth_getCode", [address, blockTag()]) as Hex;
      return h().writeWrappedBool(code !== "0x" && code !== "0x0");
    },
    "ethereum.encode": (valuePtr) => {
      try {
        const value = readEthValue(h(), valuePtr);
        const type = typeOf(value) as AbiParameter;
        const encoded = encodeAbiParameters([type], [toAbiValue(type, value)]);
        return h().writeBytes(Buffer.from(encoded.slice(2), "hex"));
      } catch {
        return 0;
      }
    },
    "ethereum.decode": (typesPtr, dataPtr) => {
      const types = h().readString(typesPtr);
      const data = h().readBytes(dataPtr);
      let value: ReturnType<typeof fromAbiValue>;
      try {
        const param = parseAbiParameter(types);
        const [raw] = decodeAbiParameters([param], toHex(data));
        value = fromAbiValue(param, raw);
      } catch {
        return 0;
      }
      return writeEthValue(h(), value);
    },
  };
}
