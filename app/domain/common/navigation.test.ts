import { describe, expect, it } from "vitest";
import { navigationItems } from "./navigation.ts";

describe("the Beheer item", () => {
  it("is shown to platform administrators only", () => {
    const hrefs = (who: Parameters<typeof navigationItems>[0]) => navigationItems(who).map((i) => i.href);
    expect(hrefs({ signedIn: true, coordinator: false, admin: true })).toContain("/beheer");
    expect(hrefs({ signedIn: true, coordinator: true, admin: false })).not.toContain("/beheer");
    expect(hrefs({ signedIn: false, coordinator: false, admin: false })).not.toContain("/beheer");
  });
});
