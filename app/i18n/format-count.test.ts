import { describe, expect, it } from "vitest";
import { formatCount, translator } from "./index.ts";

describe("formatCount", () => {
  it("groups counts of five digits and more the reader's way", () => {
    expect(formatCount(26353, "nl")).toBe("26.353");
    expect(formatCount(26353, "en")).toBe("26,353");
    expect(formatCount(1250000, "nl")).toBe("1.250.000");
  });

  it("leaves four digits and fewer as they are, as Dutch usage has it", () => {
    expect(formatCount(2026, "nl")).toBe("2026");
    expect(formatCount(9999, "en")).toBe("9999");
    expect(formatCount(1, "nl")).toBe("1");
  });

  it("is what a message shows for {count}, {total} and {shown}; other numbers stay as given", () => {
    expect(translator("nl")("admin.organisations.caption", { count: 26353 })).toBe("26.353 organisaties");
    expect(translator("nl")("admin.organisations.caption", { count: 1 })).toBe("1 organisatie");
    expect(translator("nl")("pagination.pageOf", { page: 12000, pageCount: 13000 })).toContain("12000");
    expect(translator("nl")("admin.audit.found", { total: 125000, page: 1, pages: 5000 })).toBe("Gevonden: 125.000 · pagina 1 van 5000.");
  });
});
