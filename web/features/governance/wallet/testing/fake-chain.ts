// Test support: a chain behind the configured RPC URL (MSW, JSON-RPC) and a wallet announced
// through EIP-6963 (an EIP-1193 provider), so the wallet's real code (wagmi, viem, the
// runtime) runs unchanged in jsdom. Contract reads are answered from a small state by
// decoding the calldata with the same ABIs; a vote's block can be "indexed" into the
// fixture's store, as the subgraph would.
import { HttpResponse, http } from "msw";
import {
  type Abi,
  decodeFunctionData,
  encodeAbiParameters,
  encodeErrorResult,
  encodeFunctionResult,
  type Hex,
  keccak256,
  pad,
  toHex,
} from "viem";
import type { EntityStore } from "../../../../../mocks/graph-node/store/entity-store.ts";
import { decodeEntity, decodeValue } from "../../../../../mocks/graph-node/store/value-codec.ts";
import { errorsAbi, governorAbi, tokenAbi } from "../../abi/abis.ts";

export const RPC_URL = "http://rpc.test/";
const ZERO = "0x0000000000000000000000000000000000000000";

export interface FakeAccount {
  balance: bigint;
  /** voting power now */
  votes: bigint;
  /** voting power at any past time (the proposals' snapshots) */
  pastVotes: bigint;
  delegate: string;
  /** ERC20Votes checkpoints: (time, power) */
  checkpoints?: { key: number; value: bigint }[];
}

export interface FakeChain {
  chainId: number;
  block: { number: number; timestamp: number };
  accounts: Map<string, FakeAccount>;
  /** `${proposalId}-${account}` */
  voted: Set<string>;
  /** proposal id → governor state() (0 Pending, 1 Active, …) */
  states: Map<string, number>;
  receipts: Map<
    string,
    { blockNumber: number; status: "0x1" | "0x0"; from: string; to: string; input: string }
  >;
  /** the governor's proposalThreshold() */
  proposalThreshold: bigint;
  /** the RPC does not answer */
  down: boolean;
  /** every method asked, in order */
  calls: string[];
}

export function fakeChain(
  chainId: number,
  block: { number: number; timestamp: number },
): FakeChain {
  return {
    chainId,
    block,
    accounts: new Map(),
    voted: new Set(),
    states: new Map(),
    receipts: new Map(),
    proposalThreshold: 0n,
    down: false,
    calls: [],
  };
}

const quantity = (n: number | bigint) => `0x${n.toString(16)}`;
const ABI = [...governorAbi, ...tokenAbi] as Abi;

const account = (chain: FakeChain, address: string): FakeAccount =>
  chain.accounts.get(address.toLowerCase()) ?? {
    balance: 0n,
    votes: 0n,
    pastVotes: 0n,
    delegate: ZERO,
  };

/** A revert with one of the contracts' custom errors, as eth_call reports it. */
function revert(errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: errorsAbi, errorName, args });
  return { error: { code: 3, message: "execution reverted", data } };
}

function answerCall(chain: FakeChain, tx: { from?: string; data: Hex }) {
  const { functionName, args = [] } = decodeFunctionData({ abi: ABI, data: tx.data });
  const a = args as readonly unknown[];
  const result = (value: unknown) => ({
    result: encodeFunctionResult({ abi: ABI, functionName, result: value as never }),
  });
  const who = String(a[0] ?? "");
  switch (functionName) {
    case "balanceOf":
      return result(account(chain, who).balance);
    case "getVotes":
      return result(account(chain, who).votes);
    case "getPastVotes":
      return result(account(chain, who).pastVotes);
    case "delegates":
      return result(account(chain, who).delegate);
    case "numCheckpoints":
      return result((account(chain, who).checkpoints ?? []).length);
    case "checkpoints": {
      const cp = (account(chain, who).checkpoints ?? [])[Number(a[1])]!;
      return result({ _key: cp.key, _value: cp.value });
    }
    case "hasVoted":
      return result(chain.voted.has(`${a[0]}-${String(a[1]).toLowerCase()}`));
    case "castVoteWithReason": {
      const id = String(a[0]);
      const from = (tx.from ?? "").toLowerCase();
      if (chain.voted.has(`${id}-${from}`)) return revert("GovernorAlreadyCastVote", [tx.from]);
      const state = chain.states.get(id) ?? 1;
      if (state !== 1) {
        return revert("GovernorUnexpectedProposalState", [
          BigInt(id),
          state,
          pad(toHex(1 << 1), { size: 32 }),
        ]);
      }
      return result(account(chain, from).pastVotes);
    }
    case "queue":
    case "execute":
      return result(0n);
    case "delegate":
      return { result: "0x" };
    case "proposalThreshold":
      return result(chain.proposalThreshold);
    case "propose":
      return answerPropose(chain, tx.from ?? "", a);
    default:
      return { error: { code: -32601, message: `${functionName} is not faked` } };
  }
}

/** The governor's checks on propose(): the proposer's power, then a duplicate's id. */
function answerPropose(chain: FakeChain, from: string, a: readonly unknown[]) {
  const votes = account(chain, from).votes;
  if (votes < chain.proposalThreshold) {
    return revert("GovernorInsufficientProposerVotes", [from, votes, chain.proposalThreshold]);
  }
  const id = proposalIdOf(a[0] as Hex[], a[1] as bigint[], a[2] as Hex[], String(a[3]));
  const state = chain.states.get(id.toString());
  if (state !== undefined) {
    return revert("GovernorUnexpectedProposalState", [id, state, pad("0x0", { size: 32 })]);
  }
  const result = encodeFunctionResult({ abi: ABI, functionName: "propose", result: id });
  return { result };
}

/** The governor's hashProposal, written out independently of the code under test. */
export function proposalIdOf(
  targets: Hex[],
  values: bigint[],
  calldatas: Hex[],
  description: string,
): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }],
    [targets, values, calldatas, keccak256(toHex(description))],
  );
  return BigInt(keccak256(encoded));
}

function answer(chain: FakeChain, method: string, params: unknown[]) {
  switch (method) {
    case "eth_chainId":
      return { result: quantity(chain.chainId) };
    case "eth_blockNumber":
      return { result: quantity(chain.block.number) };
    case "eth_getBlockByNumber":
      return {
        result: {
          number: quantity(chain.block.number),
          timestamp: quantity(chain.block.timestamp),
          hash: keccak256(toHex(chain.block.number)),
          parentHash: keccak256(toHex(chain.block.number - 1)),
          transactions: [],
          baseFeePerGas: "0x1",
          gasLimit: "0x1c9c380",
          gasUsed: "0x0",
          logsBloom: `0x${"0".repeat(512)}`,
          miner: ZERO,
          difficulty: "0x0",
          extraData: "0x",
          nonce: "0x0000000000000000",
          size: "0x0",
          stateRoot: keccak256("0x01"),
          receiptsRoot: keccak256("0x02"),
          transactionsRoot: keccak256("0x03"),
          sha3Uncles: keccak256("0x04"),
          mixHash: keccak256("0x05"),
          uncles: [],
        },
      };
    case "eth_call":
      return answerCall(chain, params[0] as { from?: string; data: Hex });
    case "eth_getTransactionReceipt": {
      const r = chain.receipts.get(String(params[0]));
      if (!r || r.blockNumber > chain.block.number) return { result: null };
      return {
        result: {
          transactionHash: params[0],
          blockHash: keccak256(toHex(r.blockNumber)),
          blockNumber: quantity(r.blockNumber),
          transactionIndex: "0x0",
          from: r.from,
          to: r.to,
          status: r.status,
          logs: [],
          logsBloom: `0x${"0".repeat(512)}`,
          gasUsed: "0x5208",
          cumulativeGasUsed: "0x5208",
          effectiveGasPrice: "0x1",
          type: "0x2",
          contractAddress: null,
        },
      };
    }
    case "eth_getTransactionByHash": {
      const r = chain.receipts.get(String(params[0]));
      return r
        ? {
            result: {
              hash: params[0],
              from: r.from,
              to: r.to,
              input: r.input,
              blockNumber: quantity(r.blockNumber),
              blockHash: keccak256(toHex(r.blockNumber)),
              transactionIndex: "0x0",
              nonce: "0x0",
              value: "0x0",
              gas: "0x5208",
              gasPrice: "0x1",
              type: "0x0",
              v: "0x1b",
              r: "0x1",
              s: "0x1",
              chainId: quantity(chain.chainId),
            },
          }
        : { result: null };
    }
    default:
      return { error: { code: -32601, message: `${method} is not faked` } };
  }
}

/** MSW handlers answering the RPC URL; `chain.down` makes it unreachable. */
export function rpcHandlers(chain: FakeChain) {
  return [
    http.post(RPC_URL, async ({ request }) => {
      if (chain.down) return HttpResponse.error();
      const body = (await request.json()) as
        | { id: number; method: string; params?: unknown[] }
        | { id: number; method: string; params?: unknown[] }[];
      const one = (r: { id: number; method: string; params?: unknown[] }) => {
        chain.calls.push(r.method);
        return { jsonrpc: "2.0", id: r.id, ...answer(chain, r.method, r.params ?? []) };
      };
      return HttpResponse.json(Array.isArray(body) ? body.map(one) : one(body));
    }),
  ];
}

export interface FakeWallet {
  provider: { request: (a: { method: string; params?: unknown[] }) => Promise<unknown> };
  /** what the page asked the wallet, in order */
  requests: string[];
  /** eth_sendTransaction: return a hash, or throw (e.g. a 4001 rejection) */
  onSend: (tx: { from: string; to: string; data: string }) => Promise<string>;
  chainId: number;
  /** wallet_switchEthereumChain succeeds from then on */
  allowSwitch: boolean;
  remove(): void;
}

/** An EIP-1193 wallet announced through EIP-6963, as browser wallets do. */
export function installWallet(options: {
  accounts: string[];
  chainId: number;
  name?: string;
}): FakeWallet {
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const emit = (event: string, value: unknown) => {
    for (const l of listeners.get(event) ?? []) l(value);
  };
  const wallet: FakeWallet = {
    requests: [],
    chainId: options.chainId,
    allowSwitch: true,
    onSend: async () => {
      throw Object.assign(new Error("no send handler"), { code: -32603 });
    },
    provider: {
      async request({ method, params }) {
        wallet.requests.push(method);
        switch (method) {
          case "eth_requestAccounts":
          case "eth_accounts":
            return options.accounts;
          case "eth_chainId":
            return quantity(wallet.chainId);
          case "wallet_requestPermissions":
            return [
              {
                parentCapability: "eth_accounts",
                caveats: [{ type: "restrictReturnedAccounts", value: options.accounts }],
              },
            ];
          case "wallet_revokePermissions":
            return null;
          case "wallet_switchEthereumChain": {
            if (!wallet.allowSwitch)
              throw Object.assign(new Error("Unrecognized chain"), { code: 4902 });
            wallet.chainId = Number(
              (params ?? [])[0] ? (params![0] as { chainId: string }).chainId : 0,
            );
            emit("chainChanged", quantity(wallet.chainId));
            return null;
          }
          case "wallet_addEthereumChain":
            throw Object.assign(new Error("Internal error"), { code: -32603 });
          case "eth_sendTransaction":
            return wallet.onSend(params?.[0] as { from: string; to: string; data: string });
          default:
            throw Object.assign(new Error(`${method} unsupported`), { code: 4200 });
        }
      },
      ...({
        on(event: string, l: (...a: unknown[]) => void) {
          const set = listeners.get(event) ?? new Set();
          set.add(l);
          listeners.set(event, set);
        },
        removeListener(event: string, l: (...a: unknown[]) => void) {
          listeners.get(event)?.delete(l);
        },
      } as object),
    },
    remove() {
      window.removeEventListener("eip6963:requestProvider", announce);
    },
  };
  const detail = Object.freeze({
    info: {
      uuid: "6f1c3b8e-2d4a-4c1e-9f00-000000000001",
      name: options.name ?? "Test Wallet",
      icon: "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>",
      rdns: "test.wallet",
    },
    provider: wallet.provider,
  });
  function announce() {
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  }
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
  return wallet;
}

export const rejectedByUser = () =>
  Object.assign(new Error("User rejected the request."), { code: 4001 });

/** Mines a transaction: its receipt is in the next block of the fake chain. */
export function mine(
  chain: FakeChain,
  hash: string,
  tx: { from: string; to: string; data: string },
  status: "0x1" | "0x0" = "0x1",
) {
  chain.block = { number: chain.block.number + 1, timestamp: chain.block.timestamp + 12 };
  chain.receipts.set(hash, {
    blockNumber: chain.block.number,
    status,
    from: tx.from,
    to: tx.to,
    input: tx.data,
  });
  return chain.block;
}

type Tagged = [string, unknown?];
let indexed = 0;

/** Indexes one block into the fixture's store, as the subgraph would: `writes` are entities. */
export function indexBlock(
  store: EntityStore,
  block: { number: number; timestamp: number },
  writes: { type: string; id: string; fields: Record<string, Tagged> }[],
) {
  // a new hash each time: the query engine caches a snapshot per head (number + hash), and
  // a test may index another block of the same number after restoreStore
  store.beginBlock({
    number: block.number,
    timestamp: block.timestamp,
    hash: keccak256(toHex(`${block.number}-${++indexed}`)),
    parentHash: store.head?.hash ?? keccak256(toHex(block.number - 1)),
  });
  const batch = store.openBatch();
  for (const w of writes) {
    const current = store.get(w.type, w.id);
    const next = new Map(current ?? []);
    for (const [k, v] of Object.entries(w.fields)) next.set(k, decodeValue(v));
    batch.set(w.type, w.id, current ? next : decodeEntity(w.fields), "0.0.9");
  }
  store.commitBlock();
}

/** Puts the fixture's store back to its recorded head. */
export function restoreStore(store: EntityStore, head: NonNullable<EntityStore["head"]>) {
  if (store.head && store.head.number > head.number) store.revertTo(head.number);
  store.head = head;
}

export const hashOf = (n: number) => keccak256(toHex(`tx-${n}`));
