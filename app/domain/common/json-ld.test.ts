import { describe, expect, it } from "vitest";
import { amsterdamIso, jsonLdText, organizationJsonLd } from "./json-ld.ts";
import { jsonLdOf, richResultProblems } from "./rich-results.ts";

describe("jsonLdText", () => {
  it("keeps a hostile text from ending the script element, and parses back to the same text", () => {
    const hostile = { name: "</script><script>alert(1)</script>", note: "<!-- & \u2028 >" };
    const text = jsonLdText(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    const html = `<p>x</p><script type="application/ld+json">${text}</script><p>y</p>`;
    expect(jsonLdOf(html)).toEqual([hostile]);
  });
});

describe("amsterdamIso", () => {
  it("writes Amsterdam wall-clock time with the offset of that day", () => {
    expect(amsterdamIso(new Date("2027-01-15T08:30:00Z"))).toBe("2027-01-15T09:30:00+01:00");
    expect(amsterdamIso(new Date("2027-07-15T08:30:00Z"))).toBe("2027-07-15T10:30:00+02:00");
    // The October switch: 00:59 UTC is 02:59 summer time, 01:00 UTC is 02:00 winter time.
    expect(amsterdamIso(new Date("2026-10-25T00:59:00Z"))).toBe("2026-10-25T02:59:00+02:00");
    expect(amsterdamIso(new Date("2026-10-25T01:00:00Z"))).toBe("2026-10-25T02:00:00+01:00");
  });
});

describe("organizationJsonLd", () => {
  it("gives name, page, website as sameAs, the address and KvK number", () => {
    const ld = organizationJsonLd({
      name: "Kiremko",
      url: "https://t.example/organisaties/kiremko",
      description: "Machines voor de frituur.",
      website: "https://www.kiremko.nl",
      kvkNumber: "30123456",
      address: { street: "Energieweg 10", postcode: "3417 XR", place: "Montfoort", province: "Utrecht" },
    });
    expect(ld).toMatchObject({
      "@type": "Organization",
      sameAs: ["https://www.kiremko.nl/"],
      address: { "@type": "PostalAddress", streetAddress: "Energieweg 10", postalCode: "3417 XR", addressLocality: "Montfoort", addressCountry: "NL" },
      identifier: { propertyID: "KvK", value: "30123456" },
    });
    expect(richResultProblems(ld)).toEqual({ errors: [], warnings: [] });
  });

  it("leaves out a website that is not a web address", () => {
    const ld = organizationJsonLd({ name: "X", url: "https://t.example/organisaties/x", website: "javascript:alert(1)" });
    expect(ld).not.toHaveProperty("sameAs");
    expect(richResultProblems(ld).warnings).toContain("Organization.sameAs is missing");
  });
});
