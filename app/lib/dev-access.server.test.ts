import { describe, expect, it } from "vitest";
import { isLocalRequest, isLoopbackAddress, mayUseDevTool } from "./dev-access.server.ts";

describe("isLoopbackAddress", () => {
  it.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "::FFFF:127.0.0.1"])("%s is this machine", (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(["10.0.0.1", "192.168.1.5", "::ffff:10.0.0.1", "2001:db8::1", "fe80::1", "0.0.0.0", "128.0.0.1", "::ffff:1270.0.0.1", "", undefined])(
    "%s is not",
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});

describe("isLocalRequest", () => {
  it("trusts the socket when no proxy is involved", () => {
    expect(isLocalRequest({ address: "127.0.0.1", trustProxy: false, forwarded: false })).toBe(true);
    expect(isLocalRequest({ address: "::ffff:127.0.0.1", trustProxy: false, forwarded: false })).toBe(true);
    expect(isLocalRequest({ address: "203.0.113.9", trustProxy: false, forwarded: false })).toBe(false);
  });

  it("does not take a forwarded request from a local proxy for a local person", () => {
    // nginx on the same machine without TRUST_PROXY: the socket is loopback, the visitor is not.
    expect(isLocalRequest({ address: "127.0.0.1", trustProxy: false, forwarded: true })).toBe(false);
  });

  it("behind a trusted proxy judges the client address the proxy reported (req.ip)", () => {
    expect(isLocalRequest({ address: "203.0.113.9", trustProxy: true, forwarded: true })).toBe(false);
    expect(isLocalRequest({ address: "127.0.0.1", trustProxy: true, forwarded: true })).toBe(true);
  });
});

describe("mayUseDevTool", () => {
  const base = { enabled: true, local: false, platformAdmin: false };
  it("shows nothing outside demo and development mode, not even locally", () => {
    expect(mayUseDevTool({ ...base, tool: "mail", enabled: false, local: true, platformAdmin: true })).toBe(false);
    expect(mayUseDevTool({ ...base, tool: "clock", enabled: false, local: true })).toBe(false);
  });

  it("lets this machine use both tools", () => {
    expect(mayUseDevTool({ ...base, tool: "mail", local: true })).toBe(true);
    expect(mayUseDevTool({ ...base, tool: "clock", local: true })).toBe(true);
  });

  it("lets a platform administrator elsewhere read the outbox, nobody else", () => {
    expect(mayUseDevTool({ ...base, tool: "mail", platformAdmin: true })).toBe(true);
    expect(mayUseDevTool({ ...base, tool: "mail", platformAdmin: false })).toBe(false);
    expect(mayUseDevTool({ ...base, tool: "mail" })).toBe(false);
  });

  it("keeps the clock on this machine, also for an administrator", () => {
    expect(mayUseDevTool({ ...base, tool: "clock", platformAdmin: true })).toBe(false);
  });
});
