import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./address.server.ts";

describe("addresses a webhook may not reach in production", () => {
  it("refuses loopback, private, link-local and unspecified addresses, in both families", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.10", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "[::1]"]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it("lets public addresses and names through (names are checked when they resolve)", () => {
    for (const a of ["93.184.216.34", "145.97.39.155", "172.32.0.1", "2a00:1450:4001::1", "::ffff:93.184.216.34", "example.nl"]) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});
