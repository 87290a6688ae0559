import { describe, expect, it } from "vitest";
import { allows, IN_EVERY_NETWORK, PERMISSIONS, type Permission, type Role } from "./permissions.ts";

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
  it("pairs every permission held in every network with the one a coordinator holds in their own", () => {
    const everywhere = Object.keys(PERMISSIONS).filter((permission) => permission.endsWith("_everywhere"));
    expect(Object.values(IN_EVERY_NETWORK).sort()).toEqual(everywhere.sort());
    for (const [inOwn, inEvery] of Object.entries(IN_EVERY_NETWORK)) {
      const own: readonly Role[] = PERMISSIONS[inOwn as Permission];
      expect(own).toContain("coordinator");
      // Whoever holds it without a network (not as a coordinator) holds it in every network.
      for (const role of own) if (role !== "coordinator") expect({ inOwn, role, everywhere: allows(inEvery, [role]) }).toEqual({ inOwn, role, everywhere: true });
      expect(allows(inEvery, ["coordinator"])).toBe(false);
    }
  });
});
