import { describe, expect, it } from "vitest";
import { allows, PERMISSIONS, type Permission } from "./permissions.ts";

describe("permissions", () => {
  it("lets a coordinator decide on a change, not a mere member", () => {
    expect(allows("network.decide_change", ["signed_in", "verified", "coordinator"])).toBe(true);
    expect(allows("network.decide_change", ["signed_in", "verified", "org_admin"])).toBe(false);
  });
  it("requires a verified address to propose a change", () => {
    expect(allows("network.propose_change", ["signed_in"])).toBe(false);
    expect(allows("network.propose_change", ["signed_in", "verified"])).toBe(true);
  });
  it("gives a platform admin every coordinator permission", () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      if ((roles as readonly string[]).includes("coordinator")) expect(allows(permission as Permission, ["platform_admin"])).toBe(true);
    }
  });
  it("gives a visitor nothing", () => {
    for (const permission of Object.keys(PERMISSIONS)) expect(allows(permission as Permission, [])).toBe(false);
  });
});
