// The recorded store as text, from its gzipped static file. Decompressed here with
// DecompressionStream unless the host already did (a server that sends it with
// Content-Encoding: gzip hands fetch plain text): gzip's magic bytes tell which.

export async function fetchStoreText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url} answered ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzipped) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

/** Calls onLine for each non-empty line, without building an array of them. */
export function forEachTextLine(text: string, onLine: (line: string) => void): void {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) onLine(text.slice(start, end));
    start = end + 1;
  }
}
