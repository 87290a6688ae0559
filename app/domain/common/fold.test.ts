import { describe, expect, it } from "vitest";
import { foldText } from "./fold.ts";

describe("foldText", () => {
  it("ignores case and accents", () => {
    expect(foldText("Súdwest-Fryslân")).toBe("sudwest fryslan");
    expect(foldText("ÉDE")).toBe("ede");
  });
  it("treats hyphens, apostrophes and extra spaces alike", () => {
    expect(foldText("'s-Hertogenbosch")).toBe("s hertogenbosch");
    expect(foldText("’s Hertogenbosch")).toBe("s hertogenbosch");
    expect(foldText("  Alphen   a/d  Rijn ")).toBe("alphen a d rijn");
  });
  it("reads & as en", () => {
    expect(foldText("Gooi & Vechtstreek")).toBe(foldText("Gooi en Vechtstreek"));
  });
  it("keeps the Dutch ij as two letters", () => {
    expect(foldText("IJsselstein")).toBe("ijsselstein");
  });
});
