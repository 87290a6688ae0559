import { describe, expect, it } from "vitest";
import { adminsAfter, wouldLeaveNoAdmin } from "./members.ts";

const team = [
  { userId: "a", role: "admin" as const },
  { userId: "b", role: "member" as const },
];

describe("last admin", () => {
  it("may not be demoted or removed", () => {
    expect(wouldLeaveNoAdmin(team, { userId: "a", role: "member" })).toBe(true);
    expect(wouldLeaveNoAdmin(team, { userId: "a", role: null })).toBe(true);
  });

  it("may step down once someone else is admin", () => {
    const two = [...team, { userId: "c", role: "admin" as const }];
    expect(wouldLeaveNoAdmin(two, { userId: "a", role: "member" })).toBe(false);
    expect(adminsAfter(two, { userId: "a", role: null })).toBe(1);
  });

  it("does not block changes to ordinary members", () => {
    expect(wouldLeaveNoAdmin(team, { userId: "b", role: null })).toBe(false);
    expect(adminsAfter(team, { userId: "b", role: "admin" })).toBe(2);
  });

  it("does not block an organisation that has no admin yet", () => {
    expect(wouldLeaveNoAdmin([{ userId: "b", role: "member" }], { userId: "b", role: null })).toBe(false);
  });
});
