import { afterEach, describe, expect, it, vi } from "vitest";
import { log, redactSecrets, setLogLevel } from "./log.server.ts";

const token = "thk_AbCdEfGh" + "x".repeat(35);

describe("log redaction", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setLogLevel("info");
  });

  it("never writes an API key, a credential header or a ?key= value", () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    setLogLevel("debug");
    log.info("request", { path: `/api/v1/courses?key=${token}&page=2`, headers: { authorization: `Bearer ${token}`, "X-Api-Key": token } });
    log.error("failed", { error: new Error(`could not use ${token}`) });
    const out = lines.join("");
    expect(lines).toHaveLength(2);
    expect(out).not.toContain(token);
    expect(out).not.toContain("x".repeat(20));
    expect(out).toContain("thk_AbCdEfGh[redacted]");
    expect(out).toContain("page=2");
    expect(JSON.parse(lines[0]!).headers).toEqual({ authorization: "[redacted]", "X-Api-Key": "[redacted]" });
  });

  it("leaves ordinary text alone", () => {
    expect(redactSecrets("/netwerken?provincie=Utrecht&keyword=x")).toBe("/netwerken?provincie=Utrecht&keyword=x");
  });
});
