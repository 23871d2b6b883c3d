// What the lazily loaded wallet runtime offers the views. Types only: importing this costs
// the views nothing; the runtime itself (wagmi, viem) loads when a wallet is needed.
import type { ComponentType } from "react";

export interface ConnectorInfo {
  uid: string;
  id: string;
  name: string;
  icon?: string;
  /** announced through EIP-6963, the dev wallet, or the window.ethereum fallback */
  kind: "eip6963" | "dev" | "injected";
}

export interface WalletState {
  status: "disconnected" | "connecting" | "reconnecting" | "connected";
  /** lowercase */
  address: string | null;
  chainId: number | null;
  connectorName: string | null;
  connectors: ConnectorInfo[];
}

export type TxErrorKind = "rejected" | "revert" | "rpc" | "wrong-chain" | "unknown";

export interface TxError {
  kind: TxErrorKind;
  /** the custom error's name, when the revert carried one the ABIs know */
  errorName?: string;
  args?: readonly unknown[];
  /** one sentence for the reader */
  message: string;
}

export interface PowerReport {
  /** the proposal's snapshot (unix seconds) */
  snapshot: number;
  /** voting power at the snapshot; null while the snapshot is still ahead */
  atSnapshot: bigint | null;
  /** voting power now */
  current: bigint;
  balance: bigint;
  /** lowercase; null when the tokens are delegated to nobody */
  delegate: string | null;
  hasVoted: boolean;
  /** when the account's power first became non-zero after the snapshot (unix seconds) */
  arrivedAfterSnapshot: number | null;
}

export interface AccountReport {
  balance: bigint;
  current: bigint;
  delegate: string | null;
}

export interface ProposalCall {
  id: string;
  targets: string[];
  values: string[];
  calldatas: string[];
  description: string;
}

export interface Receipt {
  blockNumber: number;
  reverted: boolean;
  /** why, when it reverted */
  error?: TxError;
}

export interface WalletRuntime {
  subscribe(listener: () => void): () => void;
  getState(): WalletState;
  connect(uid: string): Promise<void>;
  disconnect(): Promise<void>;
  switchChain(): Promise<void>;
  /** the chain the dashboard votes on */
  chain: { id: number; name: string };
  powerAt(proposal: { id: string; voteStart: string }, account: string): Promise<PowerReport>;
  account(account: string): Promise<AccountReport>;
  /** the chain's latest block time (unix seconds) */
  chainTime(): Promise<number>;
  castVote(proposalId: string, support: number, reason: string): Promise<string>;
  queue(proposal: ProposalCall): Promise<string>;
  execute(proposal: ProposalCall): Promise<string>;
  delegate(to: string): Promise<string>;
  /** the governor's proposal threshold: votes needed to propose */
  proposalThreshold(): Promise<bigint>;
  /** submits a new proposal; its id is ProposalCall.id, computed by the caller */
  propose(proposal: Omit<ProposalCall, "id">): Promise<string>;
  waitForReceipt(hash: string): Promise<Receipt>;
  describeError(error: unknown): TxError;
  /** the dev wallet's prompts (account choice, signature), when the dev wallet is on */
  DevWalletUi: ComponentType | null;
}
