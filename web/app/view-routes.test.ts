// preloadView starts loading the module of the view a path shows, as the router matches it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { preloadView, viewRoutes } from "./view-routes.ts";

const original = viewRoutes.map((r) => r.lazy);
afterEach(() => {
  viewRoutes.forEach((r, i) => {
    r.lazy = original[i]!;
  });
});

/** The view routes whose module preloadView asked for. */
function preloaded(pathname: string): (string | undefined)[] {
  const asked: (string | undefined)[] = [];
  for (const route of viewRoutes) {
    route.lazy = vi.fn(() => {
      asked.push(route.index ? "index" : route.path);
      return new Promise<never>(() => {});
    });
  }
  preloadView(pathname);
  return asked;
}

describe("preloadView", () => {
  it("loads the one view the router would show", () => {
    expect(preloaded("/")).toEqual(["index"]);
    expect(preloaded("/treasury")).toEqual(["treasury"]);
    expect(preloaded("/governance/proposals/42")).toEqual(["governance/proposals/:id"]);
    expect(preloaded("/governance/delegates/0xab")).toEqual(["governance/delegates/:address"]);
    expect(preloaded("/no/such/view")).toEqual(["*"]);
  });
});
