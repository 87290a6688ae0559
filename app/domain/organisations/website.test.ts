import { describe, expect, it } from "vitest";
import { normaliseWebsite } from "./website.ts";

describe("normaliseWebsite", () => {
  it("adds https to what people type", () => {
    expect(normaliseWebsite("www.kiremko.nl")).toBe("https://www.kiremko.nl");
    expect(normaliseWebsite("kiremko.nl/techniek")).toBe("https://kiremko.nl/techniek");
    expect(normaliseWebsite("http://obm.nl/")).toBe("http://obm.nl");
  });

  it.each(["kiremko", "javascript:alert(1)", "ftp://obm.nl", "www.obm .nl", "mailto:info@obm.nl"])("refuses %j", (input) => {
    expect(normaliseWebsite(input)).toBeNull();
  });
});
