import { describe, expect, it } from "vitest";
import { SATURATION_LUT, saturationIndex } from "../../../lib/colour-scale.ts";
import { drawHeatmap, layoutFor } from "./heatmap-draw.ts";

/** A 2D context that only keeps the ImageData put on it. */
function fakeContext() {
  const put: ImageData[] = [];
  const ctx = {
    createImageData: (w: number, h: number) =>
      ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }) as ImageData,
    putImageData: (image: ImageData) => put.push(image),
  } as unknown as CanvasRenderingContext2D;
  return { ctx, put };
}

const pixelAt = (image: ImageData, x: number, y: number) =>
  new Uint32Array(image.data.buffer)[y * image.width + x]!;
const colour = (s: number) => SATURATION_LUT.pixels[saturationIndex(s)]! >>> 0;

describe("drawing the grid", () => {
  it("fills each cell with its colour and leaves unsampled cells transparent", () => {
    const { ctx, put } = fakeContext();
    const values = new Float32Array([0.5, Number.NaN, 2, 1, 8, 0]);
    const layout = layoutFor(6, 2, 3); // rows 14 px (a 1 px gap), cells 2 px wide
    drawHeatmap(ctx, values, layout);
    const image = put[0]!;
    expect([image.width, image.height]).toEqual([6, 28]);
    expect(pixelAt(image, 0, 0) >>> 0).toBe(colour(0.5));
    expect(pixelAt(image, 1, 12) >>> 0).toBe(colour(0.5));
    expect(pixelAt(image, 0, 13)).toBe(0); // the gap between rows
    expect(pixelAt(image, 2, 5)).toBe(0); // not sampled
    expect(pixelAt(image, 5, 0) >>> 0).toBe(colour(2));
    expect(pixelAt(image, 3, 20) >>> 0).toBe(colour(8));
  });

  it("keeps a spike visible when windows outnumber pixels", () => {
    const { ctx, put } = fakeContext();
    const values = new Float32Array([0.2, 0.2, 6, 0.2, 0.2, 0.2, 0.2, 0.2]);
    drawHeatmap(ctx, values, layoutFor(2, 1, 8));
    const image = put[0]!;
    expect(pixelAt(image, 0, 0) >>> 0).toBe(colour(6));
    expect(pixelAt(image, 1, 0) >>> 0).toBe(colour(0.2));
  });

  it("draws at the device pixel ratio", () => {
    const { ctx, put } = fakeContext();
    drawHeatmap(ctx, new Float32Array([1, 1]), layoutFor(4, 1, 2), 2);
    expect([put[0]!.width, put[0]!.height]).toEqual([8, 28]);
  });
});
