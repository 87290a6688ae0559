import { describe, expect, it } from "vitest";
import { MAX_PAGE, pageWindow, paging, parsePage } from "./paging.ts";

describe("parsePage", () => {
  it("reads a whole page number", () => {
    expect(parsePage("3")).toEqual({ page: 3, ignored: false });
    expect(parsePage(" 12 ")).toEqual({ page: 12, ignored: false });
  });
  it("takes an absent or empty parameter as page 1 without complaint", () => {
    expect(parsePage(null)).toEqual({ page: 1, ignored: false });
    expect(parsePage("")).toEqual({ page: 1, ignored: false });
  });
  it("falls back to page 1 and says so for what is not a page number", () => {
    for (const raw of ["0", "-2", "2.5", "abc", "1e3", "99999999999", String(MAX_PAGE + 1)]) expect(parsePage(raw)).toEqual({ page: 1, ignored: true });
  });
});

describe("paging", () => {
  it("gives the offset of a page", () => {
    expect(paging(3, 95, 20)).toEqual({ page: 3, pageCount: 5, pageSize: 20, total: 95, offset: 40, beyond: null });
  });
  it("shows the last page, and names the page asked for, past the end", () => {
    expect(paging(9, 95, 20)).toMatchObject({ page: 5, pageCount: 5, offset: 80, beyond: 9 });
  });
  it("has one empty page for an empty list", () => {
    expect(paging(1, 0, 20)).toMatchObject({ page: 1, pageCount: 1, offset: 0, beyond: null });
    expect(paging(2, 0, 20)).toMatchObject({ page: 1, beyond: 2 });
  });
});

describe("pageWindow", () => {
  it("shows first, last, the current page and its neighbours", () => {
    expect(pageWindow(1, 1)).toEqual([]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
  it("stays a handful of links for thousands of pages", () => {
    expect(pageWindow(2500, 5000).length).toBeLessThanOrEqual(7);
  });
});
