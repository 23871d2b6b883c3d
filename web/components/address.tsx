// `0x1234…abcd` with a copy button and an explorer link when one is configured; known
// addresses (the stocks, the governor, the timelock) read by their name, address on hover.
import { useState } from "react";

export interface AddressProps {
  address: string;
  /** contract name → address, to name the known ones */
  known?: Record<string, string>;
  explorerUrl?: string;
}

export const shortAddress = (a: string) => (a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a);

export function nameOf(address: string, known: Record<string, string> = {}): string | undefined {
  const lower = address.toLowerCase();
  return Object.entries(known).find(([, a]) => a.toLowerCase() === lower)?.[0];
}

export function Address({ address, known, explorerUrl }: AddressProps) {
  const [copied, setCopied] = useState(false);
  const name = nameOf(address, known);
  const label = name ?? shortAddress(address);
  const copy = () =>
    navigator.clipboard?.writeText(address).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => undefined,
    );
  return (
    <span className="address">
      {explorerUrl ? (
        <a
          href={`${explorerUrl.replace(/\/$/, "")}/address/${address}`}
          title={address}
          target="_blank"
          rel="noreferrer"
        >
          {label}
        </a>
      ) : (
        <span title={address}>{label}</span>
      )}
      <button
        type="button"
        className="copy-button"
        onClick={copy}
        aria-label={`Copy address ${address}`}
      >
        {copied ? "✓" : <CopyIcon />}
      </button>
    </span>
  );
}

function CopyIcon() {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 16 16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <rect x="5" y="5" width="9" height="9" rx="1.5" />
      <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
    </svg>
  );
}

export function TxLink({ hash, explorerUrl }: { hash: string; explorerUrl?: string }) {
  const short = shortAddress(hash);
  return explorerUrl ? (
    <a
      href={`${explorerUrl.replace(/\/$/, "")}/tx/${hash}`}
      title={hash}
      target="_blank"
      rel="noreferrer"
    >
      {short}
    </a>
  ) : (
    <span className="mono" title={`transaction ${hash} (no explorer configured)`}>
      {short}
    </span>
  );
}
