import { describe, expect, it } from "vitest";
import { pageOfItems } from "./paging.ts";

describe("pageOfItems", () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it("cuts a whole list into the asked page, with its place in the list", () => {
    expect(pageOfItems(items, 2, 20)).toEqual({ items: items.slice(20, 40), page: 2, pageCount: 3, total: 45, pageSize: 20 });
    expect(pageOfItems(items, 3, 20).items).toEqual([41, 42, 43, 44, 45]);
  });

  it("answers the last page for a page past the end, and one empty page for an empty list", () => {
    expect(pageOfItems(items, 9, 20)).toMatchObject({ page: 3, items: [41, 42, 43, 44, 45] });
    expect(pageOfItems([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, pageSize: 20 });
  });
});
