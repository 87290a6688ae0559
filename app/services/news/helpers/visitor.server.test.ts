import { describe, expect, it } from "vitest";
import { isBotAgent, newSalt, visitorHash } from "./visitor.server.ts";

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

describe("visitor hash", () => {
  it("is stable within a day and changes with salt, day, address or agent", () => {
    const base = { salt: "s1", address: "203.0.113.7", userAgent: UA, day: "2024-05-01" };
    const h = visitorHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorHash({ ...base })).toBe(h);
    expect(visitorHash({ ...base, salt: "s2" })).not.toBe(h);
    expect(visitorHash({ ...base, day: "2024-05-02" })).not.toBe(h);
    expect(visitorHash({ ...base, address: "203.0.113.8" })).not.toBe(h);
    expect(visitorHash({ ...base, userAgent: UA + " x" })).not.toBe(h);
  });

  it("contains nothing raw", () => {
    const h = visitorHash({ salt: "s", address: "203.0.113.7", userAgent: UA, day: "2024-05-01" });
    expect(h).not.toContain("203");
  });

  it("makes a fresh random salt each time", () => {
    expect(newSalt()).not.toBe(newSalt());
    expect(newSalt().length).toBeGreaterThanOrEqual(40);
  });

  it("recognises bots and empty agents", () => {
    expect(isBotAgent("Googlebot/2.1 (+http://www.google.com/bot.html)")).toBe(true);
    expect(isBotAgent("curl/8.5.0")).toBe(true);
    expect(isBotAgent("")).toBe(true);
    expect(isBotAgent(null)).toBe(true);
    expect(isBotAgent(UA)).toBe(false);
  });
});
