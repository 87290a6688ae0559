import { describe, expect, it } from "vitest";
import { isUuid } from "./ids.ts";

describe("isUuid", () => {
  it("takes a UUID in either case and nothing else", () => {
    expect(isUuid("0b0f6a4e-7d3c-4c1e-9a57-1c2d3e4f5a6b")).toBe(true);
    expect(isUuid("0B0F6A4E-7D3C-4C1E-9A57-1C2D3E4F5A6B")).toBe(true);
    for (const bad of ["", "------------------------------------", "0b0f6a4e7d3c4c1e9a571c2d3e4f5a6b", "0b0f6a4e-7d3c-4c1e-9a57-1c2d3e4f5a6b ", "x".repeat(36), null, 12]) expect(isUuid(bad)).toBe(false);
  });
});
