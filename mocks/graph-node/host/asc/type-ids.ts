// graph-ts `TypeId` discriminants (global/global.ts) for the classes the host allocates.
// They are indexes, not class ids: the module's `id_of_type(index)` maps them to the class
// ids that this particular compilation assigned, which is what `__new` needs.
export const TypeId = {
  String: 0,
  ArrayBuffer: 1,
  Uint8Array: 6,
  BigDecimal: 12,
  ArrayUint8Array: 14,
  ArrayEthereumValue: 15,
  ArrayStoreValue: 16,
  ArrayJsonValue: 17,
  ArrayString: 18,
  ArrayEventParam: 19,
  ArrayTypedMapEntryStringJsonValue: 20,
  ArrayTypedMapEntryStringStoreValue: 21,
  EventParam: 23,
  EthereumTransaction: 24,
  EthereumBlock: 25,
  WrappedTypedMapStringJsonValue: 27,
  WrappedBool: 28,
  WrappedJsonValue: 29,
  EthereumValue: 30,
  StoreValue: 31,
  JsonValue: 32,
  EthereumEvent: 33,
  TypedMapEntryStringStoreValue: 34,
  TypedMapEntryStringJsonValue: 35,
  TypedMapStringStoreValue: 36,
  TypedMapStringJsonValue: 37,
  ResultTypedMapStringJsonValueBool: 39,
  ResultJsonValueBool: 40,
  TransactionReceipt: 1000,
  Log: 1001,
  ArrayH256: 1002,
  ArrayLog: 1003,
  /** graph-node's id for `store.loadRelated` results; graph-ts 0.38 maps it to 0 */
  ArrayTypedMapStringStoreValue: 1004,
} as const;

export type TypeIdName = keyof typeof TypeId;
