// Placeholder until the wallet lands: no wallet, nothing marked.
import type { ReactNode } from "react";

export function WalletProvider({ children }: { children: ReactNode }) {
  return <>{children}</>;
}

export function WalletArea() {
  return null;
}

export function useWalletVotes(): Map<string, string> | undefined {
  return undefined;
}

export function useWalletAccount(): string | null {
  return null;
}

export function ProposalWalletPanel(_props: { proposal: unknown; votes: unknown; now: number }) {
  return null;
}
