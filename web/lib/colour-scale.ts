// The sequential scale of the saturation heatmap: cividis (Nuñez, Anderton and Renslow,
// 2018), a blue-to-yellow ramp whose lightness rises evenly and which reads the same to
// readers with red-green colour blindness, here as d3-scale-chromatic's polynomial fit.
// Saturation is a ratio, so it maps on a log₂ axis from 1/8 to 8: half and double capacity
// sit equally far from 1.0, which lands in the middle of the ramp.

export type Rgb = readonly [number, number, number];

const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v)));

/** Cividis at t ∈ [0, 1] (clamped), as 0–255 channels. */
export function cividis(t: number): Rgb {
  const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  return [
    channel(-4.54 - x * (35.34 - x * (2381.73 - x * (6402.7 - x * (7024.72 - x * 2710.57))))),
    channel(32.49 + x * (170.73 + x * (52.82 - x * (131.46 - x * (176.58 - x * 67.37))))),
    channel(81.24 + x * (442.36 - x * (2482.43 - x * (6167.24 - x * (6614.94 - x * 2475.67))))),
  ];
}

/** The saturation axis: 1/8 and below at the bottom, 8 and above at the top, 1 in the middle. */
export const SATURATION_DOMAIN = { min: 1 / 8, max: 8 } as const;
const LOG_MIN = Math.log2(SATURATION_DOMAIN.min);
const LOG_SPAN = Math.log2(SATURATION_DOMAIN.max) - LOG_MIN;

/** Position of a saturation on the scale, 0–1; null for "not sampled" (NaN). */
export function saturationPosition(saturation: number): number | null {
  if (Number.isNaN(saturation)) return null;
  if (saturation <= SATURATION_DOMAIN.min) return 0;
  if (saturation >= SATURATION_DOMAIN.max) return 1;
  return (Math.log2(saturation) - LOG_MIN) / LOG_SPAN;
}

/** The saturation at a position of the scale (the legend's inverse). */
export function saturationAt(position: number): number {
  return 2 ** (LOG_MIN + Math.max(0, Math.min(1, position)) * LOG_SPAN);
}

export const LUT_SIZE = 256;

/**
 * The scale sampled 256 times as packed pixels (little-endian RGBA, as a Uint32Array view of
 * ImageData writes them) and as CSS colours: a canvas fills 67k cells from a table, not by
 * evaluating a polynomial per cell.
 */
export const SATURATION_LUT = (() => {
  const pixels = new Uint32Array(LUT_SIZE);
  const css: string[] = [];
  for (let i = 0; i < LUT_SIZE; i++) {
    const [r, g, b] = cividis(i / (LUT_SIZE - 1));
    pixels[i] = (255 << 24) | (b << 16) | (g << 8) | r;
    css.push(`rgb(${r}, ${g}, ${b})`);
  }
  return { pixels, css };
})();

/** LUT index of a saturation, or -1 when not sampled. */
export function saturationIndex(saturation: number): number {
  const t = saturationPosition(saturation);
  return t === null ? -1 : Math.round(t * (LUT_SIZE - 1));
}

export function saturationColour(saturation: number): string | null {
  const i = saturationIndex(saturation);
  return i < 0 ? null : (SATURATION_LUT.css[i] ?? null);
}

/** Legend ticks: the powers of two from 1/8 to 8, 1.0 (capacity) among them. */
export const SATURATION_TICKS = [1 / 8, 1 / 4, 1 / 2, 1, 2, 4, 8].map((value) => ({
  value,
  position: saturationPosition(value) ?? 0,
  label:
    value === SATURATION_DOMAIN.min
      ? "≤ 1/8"
      : value === SATURATION_DOMAIN.max
        ? "≥ 8"
        : value < 1
          ? `1/${1 / value}`
          : String(value),
}));
