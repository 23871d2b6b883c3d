import type { GraphqlResponse } from "./engine.ts";

// The JSON of each response's data, written once for the result-size check and reused by
// `responseJson`, so a large answer is not serialised twice on its way to the client.
const dataText = new WeakMap<GraphqlResponse, string>();

/** Records the JSON of `response.data` as the engine wrote it. */
export function rememberDataJson(response: GraphqlResponse, text: string): void {
  dataText.set(response, text);
}

/** `JSON.stringify(response)`, reusing the data's JSON the engine already wrote. */
export function responseJson(response: GraphqlResponse): string {
  const text = dataText.get(response);
  const keys = Object.keys(response);
  // as execute builds it: `errors` (if any), then `data`
  if (text === undefined || keys.at(-1) !== "data" || keys.length > 2) {
    return JSON.stringify(response);
  }
  const errors = response.errors ? `"errors":${JSON.stringify(response.errors)},` : "";
  return `{${errors}"data":${text}}`;
}
