import { describe, expect, it } from "vitest";
import { localPath } from "./local-path.ts";

describe("localPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(localPath("/netwerken/technet-utrecht?tab=leden")).toBe("/netwerken/technet-utrecht?tab=leden");
  });
  it("refuses absolute and protocol-relative addresses", () => {
    expect(localPath("https://evil.example/")).toBe("/account");
    expect(localPath("//evil.example/")).toBe("/account");
    expect(localPath("/\\evil.example")).toBe("/account");
    expect(localPath("javascript:alert(1)")).toBe("/account");
  });
  it("refuses control characters and non-strings", () => {
    expect(localPath("/a\nb")).toBe("/account");
    expect(localPath(undefined, "/")).toBe("/");
  });
});
