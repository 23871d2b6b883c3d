// Screenshots committed for the README, made small: Chromium writes 24-bit PNGs (a tall
// page is over a megabyte); a UI is mostly a few flat colours, so a 256-colour palette
// (exact when the image has no more, else the most used colours, each pixel mapped to the
// nearest) keeps it legible at a third of the size or less.
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 255]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (alpha dropped: pages are opaque). */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } | null {
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const length = png.readUInt32BE(o);
    const type = png.toString("ascii", o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + length);
    if (type === "IHDR") {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      channels = data[9] === 2 ? 3 : data[9] === 6 ? 4 : 0;
      if (data[8] !== 8 || data[12] !== 0 || channels === 0) return null;
    } else if (type === "IDAT") idat.push(data);
    o += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat), { chunkSize: 1 << 24 });
  const stride = width * channels;
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    raw.copy(px, row, src, src + stride);
    if (filter === 0) continue;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[row + x - channels]! : 0;
      const b = y > 0 ? px[row - stride + x]! : 0;
      const c = y > 0 && x >= channels ? px[row - stride + x - channels]! : 0;
      const predicted =
        filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      // a Uint8Array keeps the sum modulo 256, as the format wants
      px[row + x] = px[row + x]! + predicted;
    }
  }
  if (channels === 3) return { width, height, rgb: px };
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < px.length; i += 4, j += 3) {
    [rgb[j], rgb[j + 1], rgb[j + 2]] = [px[i]!, px[i + 1]!, px[i + 2]!];
  }
  return { width, height, rgb };
}

function palette(rgb: Buffer): number[] {
  const counts = new Map<number, number>();
  // counted by runs: a UI is mostly long runs of one colour
  let run = -1;
  let length = 0;
  for (let i = 0; i <= rgb.length; i += 3) {
    const colour = i < rgb.length ? (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]! : -2;
    if (colour === run) length++;
    else {
      if (length > 0) counts.set(run, (counts.get(run) ?? 0) + length);
      [run, length] = [colour, 1];
    }
  }
  if (counts.size <= 256) return [...counts.keys()];
  // The most used 15-bit bins, each as the mean of its pixels: distinct hues get a slot
  // before a dozen near-whites do.
  const bins = new Map<number, [number, number, number, number]>();
  for (const [c, n] of counts) {
    const key = ((c >> 19) << 10) | (((c >> 11) & 31) << 5) | ((c >> 3) & 31);
    const bin = bins.get(key) ?? [0, 0, 0, 0];
    bin[0] += n;
    bin[1] += ((c >> 16) & 255) * n;
    bin[2] += ((c >> 8) & 255) * n;
    bin[3] += (c & 255) * n;
    bins.set(key, bin);
  }
  return [...bins.values()]
    .sort((a, b) => b[0] - a[0])
    .slice(0, 256)
    .map(
      ([n, r, g, b]) => (Math.round(r / n) << 16) | (Math.round(g / n) << 8) | Math.round(b / n),
    );
}

/** The same picture as an 8-bit indexed PNG; the input unchanged if it is not one we read. */
export function toPalettePng(png: Buffer): Buffer {
  const image = png.subarray(0, 8).equals(SIGNATURE) ? decode(png) : null;
  if (!image) return png;
  const { width, height, rgb } = image;
  const colours = palette(rgb);
  const nearest = new Map<number, number>();
  const indexOf = (c: number) => {
    let best = nearest.get(c);
    if (best !== undefined) return best;
    let bestDistance = Infinity;
    colours.forEach((p, i) => {
      const [dr, dg, db] = [
        ((c >> 16) & 255) - ((p >> 16) & 255),
        ((c >> 8) & 255) - ((p >> 8) & 255),
        (c & 255) - (p & 255),
      ];
      const d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
      if (d < bestDistance) [bestDistance, best] = [d, i];
    });
    nearest.set(c, best!);
    return best!;
  };
  const raw = Buffer.alloc(height * (width + 1));
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const colour = (rgb[i]! << 16) | (rgb[i + 1]! << 8) | rgb[i + 2]!;
      if (colour !== last) [last, lastIndex] = [colour, indexOf(colour)];
      raw[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(colours.length * 3);
  colours.forEach((c, i) => {
    plte.set([(c >> 16) & 255, (c >> 8) & 255, c & 255], i * 3);
  });
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", deflateSync(raw, { level: 9, chunkSize: 1 << 20 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
