// A proposal's description, written by whoever proposed it: Markdown whose raw HTML is shown
// as the text it is (so a reader sees what the proposer wrote, and none of it runs),
// sanitised by rehype-sanitize (GitHub's schema: no script, no event handlers, no style),
// links only to http(s)/mailto and opened without the opener, images shown as links so
// reading a proposal loads nothing from the proposer's servers.
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/** Turns raw HTML nodes into text nodes, before sanitising: React then escapes them. */
function rawHtmlAsText() {
  const walk = (node: HastNode) => {
    if (node.type === "raw") node.type = "text";
    for (const child of node.children ?? []) walk(child);
  };
  return (tree: HastNode) => walk(tree);
}

const SAFE_URL = /^(https?:|mailto:)/i;

// The page has its own h1 and h2s: the description's headings sit below them.
const COMPONENTS: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  h4: ({ children }) => <h6>{children}</h6>,
  a: ({ href, children }) =>
    href && SAFE_URL.test(href) ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ src, alt }) =>
    typeof src === "string" && SAFE_URL.test(src) ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        [image: {alt || src}]
      </a>
    ) : (
      <span>[image: {alt || "removed"}]</span>
    ),
};

export function ProposalDescription({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown rehypePlugins={[rawHtmlAsText, rehypeSanitize]} components={COMPONENTS}>
        {text}
      </Markdown>
    </div>
  );
}
