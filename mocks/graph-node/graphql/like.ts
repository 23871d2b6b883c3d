// Postgres LIKE / ILIKE as graph-node's string filters use them: the user's text goes into
// the pattern unescaped, so `%` and `_` in a filter value act as wildcards (graph-node
// behaves the same), and `\` escapes the next character. The database runs in the C
// locale, so ILIKE folds ASCII letters only.

const lowerAscii = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** A matcher for `pattern`; plain patterns avoid regular expressions altogether. */
export function likeMatcher(pattern: string, nocase: boolean): (s: string) => boolean {
  const p = nocase ? lowerAscii(pattern) : pattern;
  const fold = nocase ? lowerAscii : (s: string) => s;
  const inner = p.slice(1, -1);
  const plain = (t: string) => !/[%_\\]/.test(t);
  if (p.length >= 2 && p.startsWith("%") && p.endsWith("%") && plain(inner)) {
    return (s) => fold(s).includes(inner);
  }
  if (p.endsWith("%") && plain(p.slice(0, -1))) {
    const pre = p.slice(0, -1);
    return (s) => fold(s).startsWith(pre);
  }
  if (p.startsWith("%") && plain(p.slice(1))) {
    const suf = p.slice(1);
    return (s) => fold(s).endsWith(suf);
  }
  let src = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\" && i + 1 < p.length) src += escapeChar(p[++i]!);
    else if (c === "%") src += "[^]*";
    else if (c === "_") src += "[^]";
    else src += escapeChar(c);
  }
  const re = new RegExp(`^${src}$`, "u");
  return (s) => re.test(fold(s));
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
