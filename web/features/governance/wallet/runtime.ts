// The wallet, loaded only when needed (a click on Connect, a remembered connection or a
// pending transaction): wagmi over viem with wallets discovered through EIP-6963, the
// window.ethereum fallback, and on the devnet only the dev wallet over anvil's accounts.
import {
  type Abi,
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  defineChain,
  type Hex,
  HttpRequestError,
  keccak256,
  TimeoutError,
  toHex,
  UserRejectedRequestError,
} from "viem";
import { createConfig, createStorage, http, injected } from "wagmi";
import {
  call,
  connect,
  disconnect,
  getBlock,
  getConnection,
  getConnectors,
  getTransaction,
  readContract,
  reconnect,
  simulateContract,
  switchChain,
  waitForTransactionReceipt,
  watchConnection,
  watchConnectors,
  writeContract,
} from "wagmi/actions";
import type { AppConfig } from "../../../lib/config.ts";
import { errorsAbi, governorAbi, tokenAbi } from "../abi/abis.ts";
import { explainRevert } from "./revert-messages.ts";
import type {
  ConnectorInfo,
  PowerReport,
  ProposalCall,
  TxError,
  WalletRuntime,
  WalletState,
} from "./wallet-types.ts";

const ZERO = "0x0000000000000000000000000000000000000000";
const governorWithErrors = [...governorAbi, ...errorsAbi] as Abi;
const tokenWithErrors = [...tokenAbi, ...errorsAbi] as Abi;

export async function createWalletRuntime(config: AppConfig): Promise<WalletRuntime> {
  const rpcUrl = config.rpcUrl;
  if (!rpcUrl)
    throw new Error("No RPC is configured (VITE_RPC_URL): the wallet cannot read the chain.");
  const governor = config.contracts.CommunityGovernor as Hex | undefined;
  const token = config.contracts.CommunityToken as Hex | undefined;
  if (!governor || !token)
    throw new Error("The governor's and the token's addresses are not configured.");
  const chain = defineChain({
    id: config.chainId,
    name: config.chainId === 31337 ? "Watershed devnet (anvil)" : `Chain ${config.chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  // Only a devnet served by npm run dev (or the e2e server) turns the dev wallet on; its
  // code holds no key: anvil signs for its own unlocked accounts.
  const dev =
    config.devWallet === true && config.source === "devnet"
      ? await import("./dev-wallet.tsx").then((m) => ({
          ...m.createDevWallet(rpcUrl, config.chainId),
          Ui: m.DevWalletUi,
        }))
      : null;
  const wagmi = createConfig({
    chains: [chain],
    connectors: [
      ...(dev ? [injected({ target: dev.target })] : []),
      injected({ shimDisconnect: true }),
    ],
    multiInjectedProviderDiscovery: true,
    transports: { [chain.id]: http(rpcUrl, { retryCount: 1, timeout: 15_000 }) },
    storage: createStorage({ storage: window.localStorage, key: "watershed.wallet" }),
  });

  const hasWindowEthereum = () => Boolean((window as { ethereum?: unknown }).ethereum);
  const connectorInfo = (): ConnectorInfo[] =>
    getConnectors(wagmi)
      // the window.ethereum fallback only when something injected it
      .filter((c) => c.id !== "injected" || hasWindowEthereum())
      .map((c) => ({
        uid: c.uid,
        id: c.id,
        name: c.name,
        icon: c.icon,
        kind: dev && c.id === dev.target.id ? "dev" : c.id === "injected" ? "injected" : "eip6963",
      }));
  const snapshot = (): WalletState => {
    const c = getConnection(wagmi);
    return {
      status: c.status,
      address: c.address?.toLowerCase() ?? null,
      chainId: c.chainId ?? null,
      connectorName: c.connector?.name ?? null,
      connectors: connectorInfo(),
    };
  };
  let state = snapshot();
  const listeners = new Set<() => void>();
  const refresh = () => {
    state = snapshot();
    for (const l of listeners) l();
  };
  watchConnection(wagmi, { onChange: refresh });
  watchConnectors(wagmi, { onChange: refresh });
  await reconnect(wagmi).catch(() => undefined);
  refresh();

  const account = () => {
    const address = getConnection(wagmi).address;
    if (!address) throw new Error("No wallet is connected.");
    return address;
  };
  const onChain = () => {
    if (getConnection(wagmi).chainId !== chain.id) {
      throw Object.assign(new Error(`Your wallet is not on ${chain.name}.`), { wrongChain: true });
    }
  };
  const governorRead = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(wagmi, { address: governor, abi: governorAbi, functionName, args }) as Promise<T>;
  const tokenRead = <T>(functionName: string, args: readonly unknown[]) =>
    readContract(wagmi, { address: token, abi: tokenAbi, functionName, args }) as Promise<T>;

  /** Simulates first, so a revert is named before anything is signed; then sends. */
  async function send(
    address: Hex,
    abi: Abi,
    functionName: string,
    args: readonly unknown[],
  ): Promise<string> {
    onChain();
    const from = account();
    // against the pending block, where the transaction will land: a call on the latest block
    // runs at its timestamp, so the governor's clock() − 1 misses a delegation made in that
    // very block and propose() would be refused here though it passes once mined
    await simulateContract(wagmi, {
      address,
      abi,
      functionName,
      args,
      account: from,
      blockTag: "pending",
    });
    return writeContract(wagmi, {
      address,
      abi,
      functionName,
      args,
      account: from,
      chainId: chain.id,
    });
  }

  const operation = (p: ProposalCall) =>
    [p.targets, p.values.map(BigInt), p.calldatas, keccak256(toHex(p.description))] as const;

  async function revertOf(hash: Hex, blockNumber: bigint): Promise<TxError> {
    try {
      const tx = await getTransaction(wagmi, { hash });
      await call(wagmi, { account: tx.from, to: tx.to ?? undefined, data: tx.input, blockNumber });
      return { kind: "revert", message: "The transaction reverted without a reason." };
    } catch (error) {
      const data = revertData(error);
      if (data) {
        try {
          const decoded = decodeErrorResult({ abi: errorsAbi, data });
          return {
            kind: "revert",
            errorName: decoded.errorName,
            args: decoded.args,
            message: explainRevert(decoded.errorName, decoded.args),
          };
        } catch {
          // an error no ABI here knows
        }
      }
      return describe(error);
    }
  }

  return {
    chain: { id: chain.id, name: chain.name },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,
    async connect(uid) {
      const connector = getConnectors(wagmi).find((c) => c.uid === uid);
      if (!connector) throw new Error("That wallet is no longer available.");
      await connect(wagmi, { connector, chainId: chain.id });
    },
    async disconnect() {
      await disconnect(wagmi);
    },
    async switchChain() {
      await switchChain(wagmi, { chainId: chain.id });
    },
    async powerAt(proposal, who): Promise<PowerReport> {
      const address = who as Hex;
      const snapshot = Number(proposal.voteStart);
      const latest = await getBlock(wagmi);
      const clock = Number(latest.timestamp);
      const [balance, current, delegate, hasVoted] = await Promise.all([
        tokenRead<bigint>("balanceOf", [address]),
        tokenRead<bigint>("getVotes", [address]),
        tokenRead<string>("delegates", [address]),
        governorRead<boolean>("hasVoted", [BigInt(proposal.id), address]),
      ]);
      // getPastVotes needs a time in the past: before the snapshot there is no answer yet
      const atSnapshot =
        snapshot < clock
          ? await tokenRead<bigint>("getPastVotes", [address, BigInt(snapshot)])
          : null;
      let arrivedAfterSnapshot: number | null = null;
      if (atSnapshot === 0n && current > 0n) {
        const count = await tokenRead<number>("numCheckpoints", [address]);
        for (let i = 0; i < count; i++) {
          const cp = await tokenRead<{ _key: number; _value: bigint }>("checkpoints", [address, i]);
          if (Number(cp._key) > snapshot && cp._value > 0n) {
            arrivedAfterSnapshot = Number(cp._key);
            break;
          }
        }
      }
      return {
        snapshot,
        atSnapshot,
        current,
        balance,
        delegate: delegate.toLowerCase() === ZERO ? null : delegate.toLowerCase(),
        hasVoted,
        arrivedAfterSnapshot,
      };
    },
    async account(who) {
      const address = who as Hex;
      const [balance, current, delegate] = await Promise.all([
        tokenRead<bigint>("balanceOf", [address]),
        tokenRead<bigint>("getVotes", [address]),
        tokenRead<string>("delegates", [address]),
      ]);
      return {
        balance,
        current,
        delegate: delegate.toLowerCase() === ZERO ? null : delegate.toLowerCase(),
      };
    },
    async chainTime() {
      return Number((await getBlock(wagmi)).timestamp);
    },
    castVote: (proposalId, support, reason) =>
      send(governor, governorWithErrors, "castVoteWithReason", [
        BigInt(proposalId),
        support,
        reason,
      ]),
    queue: (p) => send(governor, governorWithErrors, "queue", operation(p)),
    execute: (p) => send(governor, governorWithErrors, "execute", operation(p)),
    delegate: (to) => send(token, tokenWithErrors, "delegate", [to]),
    proposalThreshold: () => governorRead<bigint>("proposalThreshold", []),
    propose: (p) =>
      send(governor, governorWithErrors, "propose", [
        p.targets,
        p.values.map(BigInt),
        p.calldatas,
        p.description,
      ]),
    async waitForReceipt(hash) {
      const receipt = await waitForTransactionReceipt(wagmi, {
        hash: hash as Hex,
        pollingInterval: 250,
        timeout: 120_000,
        retryCount: 200,
      });
      const reverted = receipt.status === "reverted";
      return {
        blockNumber: Number(receipt.blockNumber),
        reverted,
        error: reverted ? await revertOf(hash as Hex, receipt.blockNumber) : undefined,
      };
    },
    describeError: describe,
    DevWalletUi: dev?.Ui ?? null,
  };
}

function revertData(error: unknown): Hex | null {
  let found: Hex | null = null;
  if (error instanceof BaseError) {
    error.walk((e) => {
      const data = (e as { data?: unknown }).data;
      if (typeof data === "string" && data.startsWith("0x") && data.length >= 10)
        found = data as Hex;
      else if (
        data &&
        typeof data === "object" &&
        typeof (data as { data?: unknown }).data === "string"
      ) {
        found = (data as { data: Hex }).data;
      }
      return false;
    });
  }
  return found;
}

/** Every failure as one of: rejected, revert (named), RPC unreachable, wrong chain, other. */
export function describe(error: unknown): TxError {
  if ((error as { wrongChain?: boolean })?.wrongChain) {
    return { kind: "wrong-chain", message: (error as Error).message };
  }
  if (error instanceof BaseError) {
    const rejected = error.walk(
      (e) => e instanceof UserRejectedRequestError || (e as { code?: number }).code === 4001,
    );
    if (rejected) {
      return {
        kind: "rejected",
        message: "You rejected the request in your wallet: nothing was sent.",
      };
    }
    const revert = error.walk(
      (e) => e instanceof ContractFunctionRevertedError,
    ) as ContractFunctionRevertedError | null;
    if (revert) {
      const name = revert.data?.errorName;
      return name
        ? {
            kind: "revert",
            errorName: name,
            args: revert.data?.args,
            message: explainRevert(name, revert.data?.args),
          }
        : {
            kind: "revert",
            message: `The contract refused: ${revert.reason ?? revert.shortMessage}`,
          };
    }
    const rpc = error.walk((e) => e instanceof HttpRequestError || e instanceof TimeoutError) as
      | HttpRequestError
      | TimeoutError
      | null;
    if (rpc) {
      const url = (rpc as { url?: string }).url;
      return {
        kind: "rpc",
        message: `The chain's RPC${url ? ` at ${url}` : ""} did not answer (${rpc.shortMessage}). Nothing was sent; try again when it is back.`,
      };
    }
    return { kind: "unknown", message: error.shortMessage };
  }
  if ((error as { code?: number })?.code === 4001) {
    return {
      kind: "rejected",
      message: "You rejected the request in your wallet: nothing was sent.",
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch|network|ECONNREFUSED/i.test(message)) {
    return {
      kind: "rpc",
      message: `The chain's RPC did not answer (${message}). Nothing was sent.`,
    };
  }
  return { kind: "unknown", message };
}
