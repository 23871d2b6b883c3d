// abort, log.log and dataSource.* host functions.
import { HostError } from "../asc/heap.ts";
import { readEntity, writeEntity } from "../asc/store-values.ts";
import type { HostEnv, LogLevel } from "../host-env.ts";

const LEVELS: LogLevel[] = ["critical", "error", "warning", "info", "debug"];

/** thrown by `abort` and critical logs: the mapping itself asked to stop */
export class MappingAbort extends HostError {
  override name = "MappingAbort";
}

export function miscFns(env: HostEnv): Record<string, (...args: number[]) => unknown> {
  const h = () => env.heap;
  const create = (name: number, params: number, context: number) => {
    const template = h().readString(name);
    const args = h().readStringArray(params);
    const ctx = context === 0 ? null : readEntity(h(), context);
    const names = env.dataSource.templateNames;
    if (!names.includes(template)) {
      throw new HostError(
        `Failed to create data source from name \`${template}\`: No template with this name in parent data source \`${env.dataSource.name}\`. Available names: ${names.join(", ")}.`,
      );
    }
    env.created.push({ template, params: args, context: ctx });
  };
  return {
    abort: (message, file, line, column) => {
      const msg = message === 0 ? "no message" : `message: ${h().readStringRaw(message)}`;
      let location = "an unknown location";
      if (file !== 0) {
        location = h().readStringRaw(file);
        if (line) location += `, line ${line}`;
        if (line && column) location += `, column ${column}`;
      }
      throw new MappingAbort(`Mapping aborted at ${location}, with ${msg}`);
    },
    "log.log": (level, message) => {
      const text = h().readString(message);
      const name = LEVELS[level] ?? "info";
      env.log({
        level: name,
        message: text,
        dataSource: env.dataSource.name,
        handler: env.handler,
        block: env.block ? Number(env.block.number) : null,
      });
      if (name === "critical") {
        throw new MappingAbort(`Critical error logged in mapping with log message: ${text}`);
      }
    },
    "dataSource.address": () => h().writeBytes(env.dataSource.address),
    "dataSource.network": () => h().writeString(env.dataSource.network),
    "dataSource.context": () => writeEntity(h(), env.dataSource.context ?? new Map()),
    "dataSource.create": (name, params) => create(name, params, 0),
    "dataSource.createWithContext": (name, params, context) => create(name, params, context),
  };
}
