// The data sources that are live at a given moment: manifest ones first, then template
// instances in creation order (graph-node's host order, which decides handler order).

import { createEventDecoder, type EventDecoder, findEvent } from "./event-decoder.ts";
import type {
  BlockHandlerSpec,
  CreatedDataSource,
  DataSourceSpec,
  EventHandlerSpec,
  TemplateSpec,
} from "./host-port.ts";

export interface CompiledHandler {
  spec: EventHandlerSpec;
  decoder: EventDecoder;
  /** per topic position 1..3: allowed values (lowercase, 32-byte), from `topic1..3` */
  topicFilters: (Set<string> | null)[];
}

const pad32 = (hex: string) => `0x${hex.toLowerCase().replace(/^0x/, "").padStart(64, "0")}`;

export interface LiveDataSource {
  name: string;
  address: string | null;
  startBlock: number;
  endBlock: number | null;
  /** topic0 -> handlers (several only for overloads that differ in `indexed`) */
  byTopic: Map<string, CompiledHandler[]>;
  blockHandlers: BlockHandlerSpec[];
  created?: CreatedDataSource;
}

type Compiled = Pick<LiveDataSource, "byTopic" | "blockHandlers">;

/** Resolves every handler's event once per manifest entry; instances share the result. */
function compile(spec: TemplateSpec): Compiled {
  const byTopic = new Map<string, CompiledHandler[]>();
  for (const handler of spec.eventHandlers) {
    const event = findEvent(spec.abi, handler.event);
    if (!event)
      throw new Error(
        `event "${handler.event}" not found in the ABI of data source "${spec.name}"`,
      );
    const decoder = createEventDecoder(event);
    const topicFilters = (["topic1", "topic2", "topic3"] as const).map((k) => {
      const values = handler.topics?.[k];
      return values && values.length > 0 ? new Set(values.map(pad32)) : null;
    });
    const list = byTopic.get(decoder.topic0) ?? [];
    byTopic.set(decoder.topic0, [...list, { spec: handler, decoder, topicFilters }]);
  }
  return { byTopic, blockHandlers: spec.blockHandlers };
}

export class DataSourceRegistry {
  readonly #static: LiveDataSource[];
  #dynamic: LiveDataSource[] = [];
  readonly #templates = new Map<string, Compiled>();

  constructor(dataSources: DataSourceSpec[], templates: TemplateSpec[]) {
    this.#static = dataSources.map((ds) => ({
      name: ds.name,
      address: ds.address?.toLowerCase() ?? null,
      startBlock: ds.startBlock,
      endBlock: ds.endBlock ?? null,
      ...compile(ds),
    }));
    for (const t of templates) this.#templates.set(t.name, compile(t));
  }

  all(): LiveDataSource[] {
    return this.#dynamic.length === 0 ? this.#static : [...this.#static, ...this.#dynamic];
  }

  dynamic(): CreatedDataSource[] {
    return this.#dynamic.map((d) => d.created!);
  }

  add(created: CreatedDataSource): LiveDataSource {
    const template = this.#templates.get(created.template);
    if (!template)
      throw new Error(`data source created from unknown template "${created.template}"`);
    const live: LiveDataSource = {
      name: created.template,
      address: created.address.toLowerCase(),
      // graph-node: a template instance starts at its creation block
      startBlock: created.creationBlock,
      endBlock: null,
      ...template,
      created,
    };
    this.#dynamic.push(live);
    return live;
  }

  /** drops instances created after `blockNumber` (reorg, or a failed block) */
  revertTo(blockNumber: number): void {
    this.#dynamic = this.#dynamic.filter((d) => d.created!.creationBlock <= blockNumber);
  }

  minStartBlock(): number {
    return Math.min(...this.#static.map((d) => d.startBlock), Number.MAX_SAFE_INTEGER);
  }
}

export function isActive(ds: LiveDataSource, block: number): boolean {
  return ds.startBlock <= block && (ds.endBlock === null || block <= ds.endBlock);
}

/** graph-node `handler_for_block`: first matching handler per data source and trigger type. */
export function blockHandlerFor(
  ds: LiveDataSource,
  type: "start" | "end",
  block: number,
): BlockHandlerSpec | undefined {
  if (!isActive(ds, block)) return undefined;
  return ds.blockHandlers.find((h) => {
    if (type === "start") return h.filter?.kind === "once" && block === ds.startBlock;
    if (!h.filter) return true;
    return h.filter.kind === "polling" && (block - ds.startBlock) % h.filter.every === 0;
  });
}

/** Blocks in [from, to] where some block handler fires, or "all" when an unfiltered one exists. */
export function blockHandlerBlocks(
  sources: LiveDataSource[],
  from: number,
  to: number,
): Set<number> {
  const blocks = new Set<number>();
  for (const ds of sources) {
    for (const h of ds.blockHandlers) {
      const start = Math.max(from, ds.startBlock);
      const end = ds.endBlock === null ? to : Math.min(to, ds.endBlock);
      if (h.filter?.kind === "call") continue; // needs traces; not supported locally
      if (h.filter?.kind === "once") {
        if (ds.startBlock >= from && ds.startBlock <= to) blocks.add(ds.startBlock);
        continue;
      }
      const every = h.filter?.kind === "polling" ? h.filter.every : 1;
      const first = start + ((every - ((start - ds.startBlock) % every)) % every);
      for (let n = first; n <= end; n += every) blocks.add(n);
    }
  }
  return blocks;
}
