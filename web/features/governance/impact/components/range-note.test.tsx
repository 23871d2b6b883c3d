import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ImpactRange } from "../api/run-projection.ts";
import { RangeNote } from "./range-note.tsx";

const ready = (byCount: ImpactRange["byCount"]) => ({
  state: "ready" as const,
  range: { total: {}, byCount } as ImpactRange,
  ms: 12,
});

describe("the line under the impact table", () => {
  it("names what the ± ranges are once computed", () => {
    const { container } = render(
      <RangeNote range={ready({ mintsPerDay: {} as never })} days={7} />,
    );
    expect(container.textContent).toBe(
      "± : the ≈95 % range the 7 measured days' scatter of activity gives (computed in 12 ms).",
    );
  });

  it("says there is none when no count scattered, rather than showing ±0", () => {
    const one = render(<RangeNote range={ready({})} days={1} />);
    expect(one.container.textContent).toMatch(/^No ± ranges: one measured day shows no/);
  });

  it("says it is computing, or why it failed, and nothing before it starts", () => {
    expect(
      render(<RangeNote range={{ state: "running" }} days={7} />).container.textContent,
    ).toMatch(/^Computing the ≈95 % ranges/);
    expect(
      render(<RangeNote range={{ state: "error", error: "boom" }} days={7} />).container
        .textContent,
    ).toBe("The ranges could not be computed: boom");
    expect(render(<RangeNote range={{ state: "idle" }} days={7} />).container.textContent).toBe("");
  });
});
