// Who can move funds: every role on the treasury and economy contracts, its holders now,
// and the grants and revocations that made it so.
import { Address, TxLink } from "../../../components/address.tsx";
import { formatAbsolute, formatRelative } from "../../../lib/relative-time.ts";

export interface RoleRow {
  id: string;
  contractName: string;
  name: string;
  adminRoleName: string;
  members: { account: string; grantedAt: string; grantedTxHash: string }[];
}

export interface RoleEventRow {
  id: string;
  kind: string;
  contractName: string;
  roleName: string;
  account?: string | null;
  sender?: string | null;
  newAdminRoleName?: string | null;
  timestamp: string;
  txHash: string;
}

export interface RolesPanelProps {
  roles: RoleRow[];
  events: RoleEventRow[];
  contracts: Record<string, string>;
  explorerUrl?: string;
  now: number;
}

const KIND_WORDS: Record<string, string> = {
  GRANTED: "granted",
  REVOKED: "revoked",
  ADMIN_CHANGED: "admin changed",
};

export function RolesPanel({ roles, events, contracts, explorerUrl, now }: RolesPanelProps) {
  const held = roles.filter((r) => r.members.length > 0);
  return (
    <section className="card" id="roles" aria-labelledby="roles-title">
      <h2 id="roles-title">Who can move funds</h2>
      <p className="subtitle">
        Access-control roles on the treasury and economy contracts (Role, RoleMember, RoleEvent)
      </p>
      {held.length === 0 ? (
        <p className="state-box">No role grant has been indexed.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Role holders now</caption>
            <thead>
              <tr>
                <th scope="col">Contract</th>
                <th scope="col">Role</th>
                <th scope="col">Held by</th>
                <th scope="col">Administered by</th>
              </tr>
            </thead>
            <tbody>
              {held.map((role) => (
                <tr key={role.id}>
                  <td>{role.contractName}</td>
                  <td className="mono">{role.name}</td>
                  <td>
                    {role.members.map((m) => (
                      <div key={m.account}>
                        <Address address={m.account} known={contracts} explorerUrl={explorerUrl} />{" "}
                        <span className="muted" title={formatAbsolute(Number(m.grantedAt))}>
                          since {formatRelative(Number(m.grantedAt), now)}
                        </span>
                      </div>
                    ))}
                  </td>
                  <td className="mono">{role.adminRoleName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>History: the latest {events.length} role events</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Contract</th>
                <th scope="col">Role</th>
                <th scope="col">Account</th>
                <th scope="col">By</th>
                <th scope="col">Transaction</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td title={formatAbsolute(Number(e.timestamp))}>
                    {formatRelative(Number(e.timestamp), now)}
                  </td>
                  <td>{KIND_WORDS[e.kind] ?? e.kind}</td>
                  <td>{e.contractName}</td>
                  <td className="mono">
                    {e.roleName}
                    {e.newAdminRoleName ? ` → admin ${e.newAdminRoleName}` : ""}
                  </td>
                  <td>
                    {e.account ? (
                      <Address address={e.account} known={contracts} explorerUrl={explorerUrl} />
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>
                    {e.sender ? (
                      <Address address={e.sender} known={contracts} explorerUrl={explorerUrl} />
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>
                    <TxLink hash={e.txHash} explorerUrl={explorerUrl} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
