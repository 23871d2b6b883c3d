import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProposalDescription } from "./proposal-description.tsx";

// Descriptions come from whoever proposed: every payload here must render inert.
function rendered(text: string) {
  const { container } = render(<ProposalDescription text={text} />);
  return container;
}

const noActiveContent = (container: HTMLElement) => {
  expect(container.querySelector("script, iframe, object, embed, style, form, input")).toBeNull();
  for (const el of Array.from(container.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      expect(attr.name.startsWith("on"), `${el.tagName} ${attr.name}`).toBe(false);
      if (attr.name === "href" || attr.name === "src") {
        expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^(https?:|mailto:)/);
      }
    }
  }
};

describe("proposal description", () => {
  it("renders Markdown: headings below the page's, lists, emphasis, safe links", () => {
    const c = rendered(
      "# Title\n\nSome **bold** text and [the forum](https://forum.example/t/1).\n\n- one\n- two",
    );
    expect(c.querySelector("h3")?.textContent).toBe("Title");
    expect(c.querySelector("h1")).toBeNull();
    expect(c.querySelector("strong")?.textContent).toBe("bold");
    const link = c.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("https://forum.example/t/1");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(c.querySelectorAll("li")).toHaveLength(2);
  });

  it("shows a script tag as text, never as a script", () => {
    const c = rendered("Hello <script>window.pwned = true</script> world");
    noActiveContent(c);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
    expect(c.textContent).toContain("<script>");
  });

  it("drops event-handler attributes of raw HTML (it stays text)", () => {
    const c = rendered(
      '<img src="x" onerror="window.pwned = true">\n\n<div onclick="x()">hi</div>',
    );
    noActiveContent(c);
    expect(c.querySelector(".markdown img, .markdown div")).toBeNull();
    expect(c.textContent).toContain("onerror");
  });

  it("never links to javascript: or data: URLs, in links or images", () => {
    const c = rendered(
      [
        "[click](javascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[mixed case](JaVaScRiPt:alert(1))",
        "![pixel](data:image/png;base64,AAAA)",
        '<a href="javascript:alert(1)">raw link</a>',
      ].join("\n\n"),
    );
    noActiveContent(c);
    expect(c.querySelectorAll("a")).toHaveLength(0);
    expect(c.textContent).toContain("click");
    expect(c.textContent).toContain("[image: pixel]");
  });

  it("renders raw HTML inert: iframes, forms and styles show as text", () => {
    const c = rendered(
      '<iframe src="https://evil.example"></iframe>\n\n<form action="https://evil.example"><input name="x"></form>\n\n<style>body{display:none}</style>',
    );
    noActiveContent(c);
    expect(c.textContent).toContain("<iframe");
  });

  it("shows an https image as a link, loading nothing from the proposer's server", () => {
    const c = rendered("![chart](https://img.example/chart.png)");
    expect(c.querySelector("img")).toBeNull();
    expect(c.querySelector("a")?.getAttribute("href")).toBe("https://img.example/chart.png");
  });
});
