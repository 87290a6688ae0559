import { describe, expect, it } from "vitest";
import { auditSnapshot } from "./audit.ts";

describe("auditSnapshot", () => {
  it("keeps plain JSON: dates as ISO strings, nested values, null for no subject", () => {
    expect(auditSnapshot({ name: "TechNet", at: new Date("2026-12-01T10:00:00Z"), tags: ["a"], nested: { n: 1, ok: true } })).toEqual({
      name: "TechNet",
      at: "2026-12-01T10:00:00.000Z",
      tags: ["a"],
      nested: { n: 1, ok: true },
    });
    expect(auditSnapshot(null)).toBeNull();
    expect(auditSnapshot(undefined)).toBeNull();
  });

  it("leaves out derived search text and secrets, and fields that are undefined", () => {
    expect(auditSnapshot({ name: "x", searchText: "x y", matchWords: "x", password: "hash", token: "t", gone: undefined })).toEqual({ name: "x" });
  });
});
