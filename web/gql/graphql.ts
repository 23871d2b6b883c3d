/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
export const FlowSource = {
  Fee: "FEE",
  Royalty: "ROYALTY",
  Buyback: "BUYBACK",
  Grant: "GRANT",
  Slash: "SLASH",
  EmissionFunding: "EMISSION_FUNDING",
  Diversification: "DIVERSIFICATION",
  Donation: "DONATION",
  InitialAllocation: "INITIAL_ALLOCATION",
  Stake: "STAKE",
  Unstake: "UNSTAKE",
  RewardClaim: "REWARD_CLAIM",
} as const;

export type FlowSource = (typeof FlowSource)[keyof typeof FlowSource];
export const FlowDirection = {
  In: "IN",
  Out: "OUT",
} as const;

export type FlowDirection = (typeof FlowDirection)[keyof typeof FlowDirection];
export const FeeKind = {
  Generation: "GENERATION",
  Mint: "MINT",
  Download: "DOWNLOAD",
} as const;

export type FeeKind = (typeof FeeKind)[keyof typeof FeeKind];
export const RoleEventKind = {
  Granted: "GRANTED",
  Revoked: "REVOKED",
  AdminChanged: "ADMIN_CHANGED",
} as const;

export type RoleEventKind = (typeof RoleEventKind)[keyof typeof RoleEventKind];
export type IndexingStatusQueryVariables = Exact<{ [key: string]: never }>;

export type IndexingStatusQuery = {
  _meta: { hasIndexingErrors: boolean; block: { number: number; timestamp: number | null } } | null;
};

export type OverviewQueryVariables = Exact<{
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  trailingFromDay: number;
  outflowBps: number;
}>;

export type OverviewQuery = {
  stocks: Array<{
    id: string;
    address: string;
    balances: Array<{
      id: string;
      asset: string;
      balance: string;
      atStart: Array<{ balanceAfter: string }>;
      atEnd: Array<{ balanceAfter: string }>;
    }>;
  }>;
  stableDays: Array<{ asset: string; dayId: number; inflow: string; outflow: string }>;
  feeDays: Array<{ kind: FeeKind; dayId: number; count: number; amount: string }>;
  diversifications: Array<{ price: string; timestamp: string; txHash: string }>;
  buybacks: Array<{ price: string; timestamp: string; txHash: string }>;
  largeOutflows: Array<{
    id: string;
    asset: string;
    source: FlowSource;
    amount: string;
    shareOfStockBps: number;
    counterparty: string;
    timestamp: string;
    txHash: string;
    stock: { id: string };
  }>;
  roles: Array<{
    id: string;
    contract: string;
    contractName: string;
    name: string;
    adminRoleName: string;
    memberCount: number;
    members: Array<{ account: string; grantedAt: string; grantedTxHash: string }>;
  }>;
  roleEvents: Array<{
    id: string;
    kind: RoleEventKind;
    contractName: string;
    roleName: string;
    account: string | null;
    sender: string | null;
    newAdminRoleName: string | null;
    timestamp: string;
    txHash: string;
  }>;
  parameterChanges: Array<{
    id: string;
    oldValue: string;
    newValue: string;
    timestamp: string;
    txHash: string;
    parameter: { id: string };
    proposal: { id: string; title: string } | null;
  }>;
};

export type TreasuryFlowsQueryVariables = Exact<{
  asset: string;
  stocks: Array<string> | string;
  from: string;
  to: string;
  fromDay: number;
  toDay: number;
  fromHour: number;
  toHour: number;
  hourly: boolean;
}>;

export type TreasuryFlowsQuery = {
  stockSourceDays?: Array<{
    source: FlowSource;
    direction: FlowDirection;
    dayId: number;
    amount: string;
    count: number;
    stock: { id: string };
  }>;
  stockSourceHours?: Array<{
    source: FlowSource;
    direction: FlowDirection;
    hourId: number;
    amount: string;
    count: number;
    stock: { id: string };
  }>;
  largest: Array<{
    id: string;
    direction: FlowDirection;
    source: FlowSource;
    counterparty: string;
    amount: string;
    balanceAfter: string;
    timestamp: string;
    txHash: string;
    stock: { id: string };
  }>;
};

export type TreasuryHistoryQueryVariables = Exact<{
  asset: string;
  fromDay: number;
  toDay: number;
  fromHour: number;
  toHour: number;
  hourly: boolean;
}>;

export type TreasuryHistoryQuery = {
  stockBalances: Array<{
    id: string;
    balance: string;
    stock: { id: string };
    days?: Array<{ dayId: number; balance: string; inflow: string; outflow: string }>;
    dayBefore?: Array<{ balance: string }>;
    hours?: Array<{ hourId: number; balance: string; inflow: string; outflow: string }>;
    hourBefore?: Array<{ balance: string }>;
  }>;
};

export const IndexingStatusDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "IndexingStatus" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "_meta" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "block" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "number" } },
                      { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "hasIndexingErrors" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndexingStatusQuery, IndexingStatusQueryVariables>;
export const OverviewDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Overview" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BigInt" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BigInt" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "trailingFromDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "outflowBps" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "stocks" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "id" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "10" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "address" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "balances" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "id" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "10" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "asset" } },
                      { kind: "Field", name: { kind: "Name", value: "balance" } },
                      {
                        kind: "Field",
                        alias: { kind: "Name", value: "atStart" },
                        name: { kind: "Name", value: "flows" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "where" },
                            value: {
                              kind: "ObjectValue",
                              fields: [
                                {
                                  kind: "ObjectField",
                                  name: { kind: "Name", value: "timestamp_lt" },
                                  value: {
                                    kind: "Variable",
                                    name: { kind: "Name", value: "from" },
                                  },
                                },
                              ],
                            },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "orderBy" },
                            value: { kind: "EnumValue", value: "timestamp" },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "orderDirection" },
                            value: { kind: "EnumValue", value: "desc" },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "first" },
                            value: { kind: "IntValue", value: "1" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        alias: { kind: "Name", value: "atEnd" },
                        name: { kind: "Name", value: "flows" },
                        arguments: [
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "where" },
                            value: {
                              kind: "ObjectValue",
                              fields: [
                                {
                                  kind: "ObjectField",
                                  name: { kind: "Name", value: "timestamp_lt" },
                                  value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                                },
                              ],
                            },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "orderBy" },
                            value: { kind: "EnumValue", value: "timestamp" },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "orderDirection" },
                            value: { kind: "EnumValue", value: "desc" },
                          },
                          {
                            kind: "Argument",
                            name: { kind: "Name", value: "first" },
                            value: { kind: "IntValue", value: "1" },
                          },
                        ],
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "stableDays" },
            name: { kind: "Name", value: "stockDaySnapshots" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "stock" },
                      value: { kind: "StringValue", value: "STABLE_RESERVE", block: false },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "dayId_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "trailingFromDay" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "dayId" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1000" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "asset" } },
                { kind: "Field", name: { kind: "Name", value: "dayId" } },
                { kind: "Field", name: { kind: "Name", value: "inflow" } },
                { kind: "Field", name: { kind: "Name", value: "outflow" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "feeDays" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "dayId_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "dayId_lte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "dayId" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1000" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "dayId" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "diversifications" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "timestamp" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "price" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "buybacks" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "timestamp" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "price" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "largeOutflows" },
            name: { kind: "Name", value: "stockFlows" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "direction" },
                      value: { kind: "EnumValue", value: "OUT" },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timestamp_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timestamp_lt" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "shareOfStockBps_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "outflowBps" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "timestamp" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "20" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stock" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "asset" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "shareOfStockBps" } },
                { kind: "Field", name: { kind: "Name", value: "counterparty" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "roles" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "id" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "200" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "contract" } },
                { kind: "Field", name: { kind: "Name", value: "contractName" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "adminRoleName" } },
                { kind: "Field", name: { kind: "Name", value: "memberCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "members" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "where" },
                      value: {
                        kind: "ObjectValue",
                        fields: [
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "active" },
                            value: { kind: "BooleanValue", value: true },
                          },
                        ],
                      },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "grantedAt" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "50" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "account" } },
                      { kind: "Field", name: { kind: "Name", value: "grantedAt" } },
                      { kind: "Field", name: { kind: "Name", value: "grantedTxHash" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "roleEvents" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "timestamp" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "100" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "kind" } },
                { kind: "Field", name: { kind: "Name", value: "contractName" } },
                { kind: "Field", name: { kind: "Name", value: "roleName" } },
                { kind: "Field", name: { kind: "Name", value: "account" } },
                { kind: "Field", name: { kind: "Name", value: "sender" } },
                { kind: "Field", name: { kind: "Name", value: "newAdminRoleName" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "parameterChanges" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "timestamp" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "8" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "parameter" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "oldValue" } },
                { kind: "Field", name: { kind: "Name", value: "newValue" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "proposal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const TreasuryFlowsDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "TreasuryFlows" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asset" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Bytes" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "stocks" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
              },
            },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "from" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BigInt" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "to" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "BigInt" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "fromHour" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "toHour" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "stockSourceDays" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "asset" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asset" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "stock_in" },
                      value: { kind: "Variable", name: { kind: "Name", value: "stocks" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "dayId_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "dayId_lte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "dayId" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1000" },
              },
            ],
            directives: [
              {
                kind: "Directive",
                name: { kind: "Name", value: "skip" },
                arguments: [
                  {
                    kind: "Argument",
                    name: { kind: "Name", value: "if" },
                    value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stock" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "direction" } },
                { kind: "Field", name: { kind: "Name", value: "dayId" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "stockSourceHours" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "asset" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asset" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "stock_in" },
                      value: { kind: "Variable", name: { kind: "Name", value: "stocks" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "hourId_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "fromHour" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "hourId_lte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "toHour" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "hourId" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "1000" },
              },
            ],
            directives: [
              {
                kind: "Directive",
                name: { kind: "Name", value: "include" },
                arguments: [
                  {
                    kind: "Argument",
                    name: { kind: "Name", value: "if" },
                    value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stock" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "direction" } },
                { kind: "Field", name: { kind: "Name", value: "hourId" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "count" } },
              ],
            },
          },
          {
            kind: "Field",
            alias: { kind: "Name", value: "largest" },
            name: { kind: "Name", value: "stockFlows" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "asset" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asset" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "stock_in" },
                      value: { kind: "Variable", name: { kind: "Name", value: "stocks" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timestamp_gte" },
                      value: { kind: "Variable", name: { kind: "Name", value: "from" } },
                    },
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "timestamp_lt" },
                      value: { kind: "Variable", name: { kind: "Name", value: "to" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "amount" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderDirection" },
                value: { kind: "EnumValue", value: "desc" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "25" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stock" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "direction" } },
                { kind: "Field", name: { kind: "Name", value: "source" } },
                { kind: "Field", name: { kind: "Name", value: "counterparty" } },
                { kind: "Field", name: { kind: "Name", value: "amount" } },
                { kind: "Field", name: { kind: "Name", value: "balanceAfter" } },
                { kind: "Field", name: { kind: "Name", value: "timestamp" } },
                { kind: "Field", name: { kind: "Name", value: "txHash" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TreasuryFlowsQuery, TreasuryFlowsQueryVariables>;
export const TreasuryHistoryDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "TreasuryHistory" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "asset" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Bytes" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "fromHour" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "toHour" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Int" } },
          },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "stockBalances" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "where" },
                value: {
                  kind: "ObjectValue",
                  fields: [
                    {
                      kind: "ObjectField",
                      name: { kind: "Name", value: "asset" },
                      value: { kind: "Variable", name: { kind: "Name", value: "asset" } },
                    },
                  ],
                },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderBy" },
                value: { kind: "EnumValue", value: "id" },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "IntValue", value: "10" },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "stock" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "id" } }],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "balance" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "days" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "where" },
                      value: {
                        kind: "ObjectValue",
                        fields: [
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "dayId_gte" },
                            value: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
                          },
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "dayId_lte" },
                            value: { kind: "Variable", name: { kind: "Name", value: "toDay" } },
                          },
                        ],
                      },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "dayId" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "1000" },
                    },
                  ],
                  directives: [
                    {
                      kind: "Directive",
                      name: { kind: "Name", value: "skip" },
                      arguments: [
                        {
                          kind: "Argument",
                          name: { kind: "Name", value: "if" },
                          value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "dayId" } },
                      { kind: "Field", name: { kind: "Name", value: "balance" } },
                      { kind: "Field", name: { kind: "Name", value: "inflow" } },
                      { kind: "Field", name: { kind: "Name", value: "outflow" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "dayBefore" },
                  name: { kind: "Name", value: "days" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "where" },
                      value: {
                        kind: "ObjectValue",
                        fields: [
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "dayId_lt" },
                            value: { kind: "Variable", name: { kind: "Name", value: "fromDay" } },
                          },
                        ],
                      },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "dayId" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderDirection" },
                      value: { kind: "EnumValue", value: "desc" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "1" },
                    },
                  ],
                  directives: [
                    {
                      kind: "Directive",
                      name: { kind: "Name", value: "skip" },
                      arguments: [
                        {
                          kind: "Argument",
                          name: { kind: "Name", value: "if" },
                          value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "balance" } }],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "hours" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "where" },
                      value: {
                        kind: "ObjectValue",
                        fields: [
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "hourId_gte" },
                            value: { kind: "Variable", name: { kind: "Name", value: "fromHour" } },
                          },
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "hourId_lte" },
                            value: { kind: "Variable", name: { kind: "Name", value: "toHour" } },
                          },
                        ],
                      },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "hourId" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "1000" },
                    },
                  ],
                  directives: [
                    {
                      kind: "Directive",
                      name: { kind: "Name", value: "include" },
                      arguments: [
                        {
                          kind: "Argument",
                          name: { kind: "Name", value: "if" },
                          value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hourId" } },
                      { kind: "Field", name: { kind: "Name", value: "balance" } },
                      { kind: "Field", name: { kind: "Name", value: "inflow" } },
                      { kind: "Field", name: { kind: "Name", value: "outflow" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  alias: { kind: "Name", value: "hourBefore" },
                  name: { kind: "Name", value: "hours" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "where" },
                      value: {
                        kind: "ObjectValue",
                        fields: [
                          {
                            kind: "ObjectField",
                            name: { kind: "Name", value: "hourId_lt" },
                            value: { kind: "Variable", name: { kind: "Name", value: "fromHour" } },
                          },
                        ],
                      },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderBy" },
                      value: { kind: "EnumValue", value: "hourId" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "orderDirection" },
                      value: { kind: "EnumValue", value: "desc" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "1" },
                    },
                  ],
                  directives: [
                    {
                      kind: "Directive",
                      name: { kind: "Name", value: "include" },
                      arguments: [
                        {
                          kind: "Argument",
                          name: { kind: "Name", value: "if" },
                          value: { kind: "Variable", name: { kind: "Name", value: "hourly" } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [{ kind: "Field", name: { kind: "Name", value: "balance" } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TreasuryHistoryQuery, TreasuryHistoryQueryVariables>;
