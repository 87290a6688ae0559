import { describe, expect, it } from "vitest";
import { defaultExpiryDate, expiryDateError, isTokenShaped, keyExpiresAt, presentedToken, tokenPrefix } from "./keys.ts";
import { rateLimitHeaders, rateLimitOutcome, windowStart } from "./rate-limit.ts";

const token = "thk_" + "A".repeat(43);

describe("API key tokens", () => {
  it("reads Bearer and X-Api-Key, X-Api-Key first", () => {
    expect(presentedToken({ authorization: `Bearer ${token}` })).toBe(token);
    expect(presentedToken({ authorization: `bearer  ${token}` })).toBe(token);
    expect(presentedToken({ apiKey: token, authorization: "Bearer other" })).toBe(token);
    expect(presentedToken({})).toBeNull();
    expect(presentedToken({ authorization: "" })).toBeNull();
  });

  it("a header that holds no token is a bad key, not a missing one", () => {
    expect(presentedToken({ authorization: "Basic dXNlcjpwdw==" })).toBe("");
  });

  it("knows its shape and shows only the prefix", () => {
    expect(isTokenShaped(token)).toBe(true);
    expect(isTokenShaped(token + "x")).toBe(false);
    expect(isTokenShaped("thk_short")).toBe(false);
    expect(tokenPrefix(token)).toBe("thk_AAAAAAAA");
  });
});

describe("rate limit windows", () => {
  it("aligns windows to the epoch and counts down to the next", () => {
    const now = new Date("2026-03-02T09:00:45.500Z");
    const start = windowStart(now, 60);
    expect(start.toISOString()).toBe("2026-03-02T09:00:00.000Z");
    const ok = rateLimitOutcome({ limit: 3, windowSeconds: 60 }, 3, start, now);
    expect(ok).toEqual({ allowed: true, limit: 3, remaining: 0, resetSeconds: 15 });
    const over = rateLimitOutcome({ limit: 3, windowSeconds: 60 }, 4, start, now);
    expect(over.allowed).toBe(false);
    expect(rateLimitHeaders(over)).toEqual({ "RateLimit-Limit": "3", "RateLimit-Remaining": "0", "RateLimit-Reset": "15", "Retry-After": "15" });
    expect(rateLimitHeaders(ok)["Retry-After"]).toBeUndefined();
  });
});

describe("API key expiry", () => {
  it("suggests a year from today and takes a date after today, up to two years ahead", () => {
    expect(defaultExpiryDate("2026-12-06")).toBe("2027-12-06");
    expect(expiryDateError("2027-12-06", "2026-12-06")).toBeNull();
    expect(expiryDateError("2026-12-07", "2026-12-06")).toBeNull();
    expect(expiryDateError("2026-12-06", "2026-12-06")).toBe("api.keys.expiresOn.past");
    expect(expiryDateError("2025-01-01", "2026-12-06")).toBe("api.keys.expiresOn.past");
    expect(expiryDateError("2028-12-05", "2026-12-06")).toBeNull();
    expect(expiryDateError("2028-12-06", "2026-12-06")).toBe("api.keys.expiresOn.tooFar");
  });

  it("works through its last day in Amsterdam, winter and summer time alike", () => {
    expect(keyExpiresAt("2027-01-15").toISOString()).toBe("2027-01-15T23:00:00.000Z");
    expect(keyExpiresAt("2027-07-15").toISOString()).toBe("2027-07-15T22:00:00.000Z");
  });
});
