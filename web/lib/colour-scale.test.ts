import { describe, expect, it } from "vitest";
import {
  cividis,
  LUT_SIZE,
  type Rgb,
  SATURATION_LUT,
  SATURATION_TICKS,
  saturationAt,
  saturationColour,
  saturationIndex,
  saturationPosition,
} from "./colour-scale.ts";

// CIELAB of an sRGB colour (D65), to check the scale the way a reader perceives it.
const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const toLinear = (rgb: Rgb): Rgb => [linear(rgb[0]), linear(rgb[1]), linear(rgb[2])];
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (p: Rgb, q: Rgb) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

// Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB.
const DEFICIENCIES: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const seenWith = (m: number[][], c: Rgb): Rgb =>
  m.map((row) =>
    Math.max(0, Math.min(1, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2])),
  ) as unknown as Rgb;

const steps = Array.from({ length: 33 }, (_, i) => cividis(i / 32));

describe("the saturation colour scale", () => {
  it("runs from cividis's dark blue to its yellow", () => {
    expect(cividis(0)).toEqual([0, 32, 81]);
    expect(cividis(1)).toEqual([253, 234, 69]);
    expect(cividis(-1)).toEqual(cividis(0));
    expect(cividis(2)).toEqual(cividis(1));
  });

  it("is perceptually ordered: lightness rises at every step, by an even amount", () => {
    const lightness = steps.map((c) => lab(toLinear(c))[0]);
    const rises = lightness.slice(1).map((l, i) => l - lightness[i]!);
    expect(Math.min(...rises)).toBeGreaterThan(0);
    // even: no step more than twice as large as the smallest (a rainbow fails this)
    expect(Math.max(...rises) / Math.min(...rises)).toBeLessThan(2);
  });

  it.each(Object.keys(DEFICIENCIES))(
    "keeps the legend's ticks in order and distinct under %s",
    (name) => {
      const m = DEFICIENCIES[name]!;
      const seen = SATURATION_TICKS.map((t) => lab(seenWith(m, toLinear(cividis(t.position)))));
      for (let i = 1; i < seen.length; i++) {
        expect(seen[i]![0]).toBeGreaterThan(seen[i - 1]![0]);
        expect(deltaE(seen[i]!, seen[i - 1]!)).toBeGreaterThan(10);
      }
    },
  );

  it("puts capacity (1.0) in the middle, halves and doubles equally far from it", () => {
    expect(saturationPosition(1)).toBeCloseTo(0.5, 12);
    expect(0.5 - saturationPosition(0.5)!).toBeCloseTo(saturationPosition(2)! - 0.5, 12);
    expect(saturationPosition(0)).toBe(0);
    expect(saturationPosition(1 / 8)).toBe(0);
    expect(saturationPosition(12.6)).toBe(1);
    expect(saturationPosition(Number.NaN)).toBeNull();
    for (const s of [0.2, 0.9, 1, 1.5, 3])
      expect(saturationAt(saturationPosition(s)!)).toBeCloseTo(s);
  });

  it("colours through a 256-entry table whose pixels match its CSS", () => {
    expect(SATURATION_LUT.pixels).toHaveLength(LUT_SIZE);
    const i = saturationIndex(1);
    expect(i).toBe(128);
    const [r, g, b] = cividis(i / (LUT_SIZE - 1));
    expect(SATURATION_LUT.pixels[i]).toBe(((255 << 24) | (b << 16) | (g << 8) | r) >>> 0);
    expect(saturationColour(1)).toBe(`rgb(${r}, ${g}, ${b})`);
    expect(saturationIndex(Number.NaN)).toBe(-1);
    expect(saturationColour(Number.NaN)).toBeNull();
  });

  it("labels the ticks, open-ended at both ends", () => {
    expect(SATURATION_TICKS.map((t) => t.label)).toEqual([
      "≤ 1/8",
      "1/4",
      "1/2",
      "1",
      "2",
      "4",
      "≥ 8",
    ]);
  });
});
