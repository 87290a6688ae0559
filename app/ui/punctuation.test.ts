import { describe, expect, it } from "vitest";
import { labelBefore } from "./punctuation.ts";

describe("labelBefore", () => {
  it("puts a colon after a plain label", () => {
    expect(labelBefore("Korte titel")).toBe("Korte titel: ");
  });

  it("adds no colon after a question, an exclamation or a colon of the label's own", () => {
    expect(labelBefore("Wanneer kan de klas komen?")).toBe("Wanneer kan de klas komen? ");
    expect(labelBefore("Let op!")).toBe("Let op! ");
    expect(labelBefore("Adres:")).toBe("Adres: ");
  });

  it("looks past trailing spaces", () => {
    expect(labelBefore("Wat gaan de leerlingen doen? ")).toBe("Wat gaan de leerlingen doen? ");
    expect(labelBefore("Plaats ")).toBe("Plaats: ");
  });
});
