// Synchronous line-by-line file I/O in bounded chunks. A store snapshot of a month of
// history is larger than V8's maximum string length, so it can be neither built as one
// string nor read as one; the host's snapshot API is synchronous, so streams won't do.
import { closeSync, openSync, readSync, writeSync } from "node:fs";

const CHUNK = 1 << 22;

export class LineWriter {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  write(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length + 1;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, `${this.pending.join("\n")}\n`);
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** Calls `onLine` for every non-empty line of the file, reading it a chunk at a time. */
export function forEachLine(path: string, onLine: (line: string) => void, chunkSize = CHUNK): void {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(chunkSize);
  // Undecoded bytes after the last newline: a line may span chunks, and so may a character.
  let carry = Buffer.alloc(0);
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, chunkSize, null);
      if (read === 0) break;
      const bytes =
        carry.length > 0
          ? Buffer.concat([carry, buffer.subarray(0, read)])
          : buffer.subarray(0, read);
      const end = bytes.lastIndexOf(10);
      if (end === -1) {
        carry = Buffer.from(bytes);
        continue;
      }
      for (const line of bytes.toString("utf8", 0, end).split("\n")) if (line) onLine(line);
      carry = Buffer.from(bytes.subarray(end + 1));
    }
    if (carry.length > 0) onLine(carry.toString("utf8"));
  } finally {
    closeSync(fd);
  }
}
