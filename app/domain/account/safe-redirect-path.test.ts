import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pageAddress, safeRedirectPath } from "./safe-redirect-path.ts";

const ORIGIN = "https://technohub.example";

/** What every answer must be, whatever came in. */
function expectLocal(result: string) {
  expect(result.startsWith("/")).toBe(true);
  expect(result.startsWith("//")).toBe(false);
  expect(result).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/);
  const resolved = new URL(result, ORIGIN);
  expect(resolved.origin).toBe(ORIGIN);
  expect(resolved.pathname.startsWith("//")).toBe(false);
  let decoded = result;
  try {
    decoded = decodeURIComponent(decodeURIComponent(result));
  } catch {
    // A path that does not decode twice is still a path.
  }
  expect(decoded.startsWith("//")).toBe(false);
  expect(decoded).not.toContain("\\");
}

describe("safeRedirectPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectPath("/netwerken/technet-utrecht?tab=leden", "/account")).toBe("/netwerken/technet-utrecht?tab=leden");
    expect(safeRedirectPath("/evenementen/feest/aanmelden#groep-2", "/")).toBe("/evenementen/feest/aanmelden#groep-2");
    expect(safeRedirectPath("/zoeken?q=lassen%20en%20solderen", "/")).toBe("/zoeken?q=lassen%20en%20solderen");
  });

  it.each([
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%255Cevil.example",
    "/%2Fevil.example",
    "/%2F%2Fevil.example",
    "\t//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/.//evil.example",
    "/a\r\nSet-Cookie: x=1",
    "/%0d%0aSet-Cookie:x=1",
    "/100%",
    "evil.example",
    "",
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value, "/account")).toBe("/account");
  });

  it("refuses what is not a string, and never hands back an unsafe fallback", () => {
    expect(safeRedirectPath(undefined, "/")).toBe("/");
    expect(safeRedirectPath(null, "/account")).toBe("/account");
    expect(safeRedirectPath(["/a"], "/account")).toBe("/account");
    expect(safeRedirectPath("https://evil.example", "//evil.example")).toBe("/");
  });

  it("whatever the input, the answer is a path on this site", () => {
    const dangerous = fc.constantFrom("/", "//", "\\", "/\\", "\t", "\n", "%5C", "%2F", "%25", ".", "..", ":", "http:", "@", "?", "#", " ", "\u0000", "\u2028", "／");
    const pieces = fc.array(fc.oneof(dangerous, fc.string({ maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(pieces, fc.string(), fc.webUrl({ size: "-1" })), (value) => {
        expectLocal(safeRedirectPath(value, "/account"));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps ordinary paths unchanged", () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const path = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.option(fc.stringMatching(/^[a-z]{1,6}=[a-z0-9]{0,6}$/)))
      .map(([segments, query]) => `/${segments.join("/")}${query ? `?${query}` : ""}`);
    fc.assert(
      fc.property(path, (value) => {
        expect(safeRedirectPath(value, "/account")).toBe(value);
      }),
    );
  });
});

describe("pageAddress", () => {
  it.each([
    ["/netwerken/technet-utrecht/wijzigen.data", "/netwerken/technet-utrecht/wijzigen"],
    ["/netwerken/technet-utrecht/wijzigen.data?_routes=routes%2Fnetworks%2Fpropose", "/netwerken/technet-utrecht/wijzigen"],
    ["/_.data", "/"],
    ["/organisaties/_.data?_routes=root", "/organisaties/"],
    ["/vragen.data?index&status=open&_routes=root,routes%2Fx", "/vragen?status=open"],
    ["/vragen.data?index=&status=open", "/vragen?status=open"],
    ["/cursussen.data?q=lassen#sessies", "/cursussen?q=lassen#sessies"],
  ])("takes React Router's data address %j back to the page %j", (value, page) => {
    expect(pageAddress(value)).toBe(page);
  });

  it("leaves a page address alone, also one that merely mentions data", () => {
    for (const value of ["/netwerken/technet-utrecht/wijzigen", "/nieuws/data-en-ai", "/cursussen?q=.data", "/?index=2", "/a?routes=1"]) {
      expect(pageAddress(value)).toBe(value);
    }
  });

  it("is what safeRedirectPath hands back for a data address", () => {
    expect(safeRedirectPath("/netwerken/technet-utrecht/aanmelden.data?_routes=root", "/account")).toBe("/netwerken/technet-utrecht/aanmelden");
  });
});
