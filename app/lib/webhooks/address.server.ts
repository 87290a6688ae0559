import net from "node:net";

/**
 * Addresses a webhook may never reach when private addresses are refused (production): this
 * machine, the private networks behind it, link-local (cloud metadata at 169.254.169.254 among
 * them) and the other ranges that are not the public internet. Against SSRF (ADR 031).
 */
const refused = new net.BlockList();
for (const [address, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  refused.addSubnet(address, prefix, "ipv4");
}
for (const [address, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  refused.addSubnet(address, prefix, "ipv6");
}

/** Whether `address` (an IP literal) is one a webhook may not reach. Not an IP literal: false. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = net.isIP(bare);
  if (family === 0) return false;
  if (family === 4) return refused.check(bare, "ipv4");
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return refused.check(mapped[1]!, "ipv4");
  if (/^::ffff:/i.test(bare)) return true;
  return refused.check(bare, "ipv6");
}
