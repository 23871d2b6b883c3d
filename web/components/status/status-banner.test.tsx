import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EMPTY_STATUS, type IndexingStatus } from "../../lib/indexing-status.ts";
import { StatusBanner } from "./status-banner.tsx";
import { StatusLine } from "./status-line.tsx";

const indexed = { number: 1_234, timestamp: 1_767_000_000 };

describe("status banner and line", () => {
  it("say nothing alarming while indexing is healthy", () => {
    const status: IndexingStatus = {
      ...EMPTY_STATUS,
      indexed,
      head: { number: 1_240, timestamp: 1_767_000_072 },
    };
    const { container } = render(<StatusBanner status={status} />);
    expect(container.textContent).toBe("");
    render(<StatusLine status={status} now={1_767_000_100} />);
    expect(screen.getByText(/6 blocks \(1 min\) behind/)).toBeTruthy();
  });

  it("names graph-node's fatal error, its block and handler", () => {
    const status: IndexingStatus = {
      ...EMPTY_STATUS,
      indexed,
      hasIndexingErrors: true,
      fatalError: {
        message: "Mapping aborted at fee-router.ts",
        blockNumber: 1_235,
        handler: "handleFeeCollected",
      },
    };
    render(<StatusBanner status={status} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toMatch(/stopped at block 1,235/);
    expect(alert.textContent).toMatch(/Mapping aborted at fee-router.ts/);
    expect(alert.textContent).toMatch(/handleFeeCollected/);
  });

  it("says when the endpoint is unreachable and when data last came", () => {
    const status: IndexingStatus = {
      ...EMPTY_STATUS,
      indexed,
      unreachable: true,
      error: "Failed to fetch",
      lastGoodAt: 1_767_000_000_000,
    };
    render(<StatusBanner status={status} />);
    expect(screen.getByRole("alert").textContent).toMatch(
      /unreachable.*Failed to fetch.*block 1,234/,
    );
  });

  it("shows the lag in blocks alone when only the status API knows the head", () => {
    render(
      <StatusLine
        status={{ ...EMPTY_STATUS, indexed, head: { number: 1_300, timestamp: null } }}
        now={1_767_000_100}
      />,
    );
    expect(screen.getByText(/66 blocks behind/)).toBeTruthy();
  });
});
