import { describe, expect, it } from "vitest";
import { lockDurationMs, minutesUntil, normaliseSignInEmail, SIGN_IN_THROTTLE } from "./sign-in-throttle.ts";

describe("sign-in throttle rule", () => {
  it("doubles each lock, up to an hour", () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => lockDurationMs(n) / 60_000)).toEqual([5, 10, 20, 40, 60, 60]);
  });
  it("allows 5 failures in 15 minutes", () => {
    expect(SIGN_IN_THROTTLE.maxFailures).toBe(5);
    expect(SIGN_IN_THROTTLE.windowMs).toBe(15 * 60_000);
  });
  it("tells whole minutes, at least one", () => {
    const now = new Date("2026-03-02T09:00:00Z");
    expect(minutesUntil(new Date("2026-03-02T09:05:00Z"), now)).toBe(5);
    expect(minutesUntil(new Date("2026-03-02T09:04:01Z"), now)).toBe(5);
    expect(minutesUntil(new Date("2026-03-02T09:00:01Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-03-02T08:59:00Z"), now)).toBe(1);
  });
  it("keys an address the way better-auth finds the account", () => {
    expect(normaliseSignInEmail("  Jan@School.NL ")).toBe("jan@school.nl");
  });
});
