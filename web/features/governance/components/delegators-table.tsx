import { Link } from "react-router";
import { nameOf, shortAddress } from "../../../components/address.tsx";
import { formatCompact, formatExact, toBigInt } from "../../../lib/amount.ts";
import type { AssetInfo } from "../../../lib/config.ts";

export interface DelegatorsTableProps {
  delegators: { id: string; balance: string }[];
  address: string;
  native: AssetInfo;
  contracts: Record<string, string>;
}

/** Who lends this delegate their votes, largest balance first. */
export function DelegatorsTable({ delegators, address, native, contracts }: DelegatorsTableProps) {
  return (
    <section className="card" aria-labelledby="delegators-title">
      <h2 id="delegators-title">Who delegates to it?</h2>
      <p className="subtitle">
        {delegators.length} {delegators.length === 1 ? "account" : "accounts"} (Account.delegate),
        balances in {native.symbol} now
      </p>
      {delegators.length === 0 ? (
        <p className="state-box">
          Nobody delegates to this address, so it has no voting power of its own either.
        </p>
      ) : (
        <div className="table-scroll" style={{ maxHeight: 360 }}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Delegator</th>
                <th scope="col" className="num">
                  Balance
                </th>
              </tr>
            </thead>
            <tbody>
              {delegators.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/governance/delegates/${d.id}`} title={d.id}>
                      {nameOf(d.id, contracts) ?? shortAddress(d.id)}
                    </Link>
                    {d.id === address ? " (itself)" : ""}
                  </td>
                  <td
                    className="num"
                    title={`${formatExact(toBigInt(d.balance), native.decimals)} ${native.symbol}`}
                  >
                    {formatCompact(toBigInt(d.balance), native.decimals)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
