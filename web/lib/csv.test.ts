import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("CSV", () => {
  it("quotes separators and defuses spreadsheet formulas", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["1,5", 'say "hi"'],
          ["=HYPERLINK(1)", "-12.5"],
        ],
      ),
    ).toBe('a,b\r\n"1,5","say ""hi"""\r\n\'=HYPERLINK(1),-12.5');
  });
});
