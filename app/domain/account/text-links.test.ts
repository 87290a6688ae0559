import { describe, expect, it } from "vitest";
import { splitLinks } from "./text-links.ts";

describe("splitLinks", () => {
  it("finds web addresses between text and leaves sentence punctuation outside", () => {
    expect(splitLinks("Klik hier: http://localhost:3000/email-bevestigen?token=a.b-c.\nTot ziens")).toEqual([
      { kind: "text", value: "Klik hier: " },
      { kind: "link", href: "http://localhost:3000/email-bevestigen?token=a.b-c" },
      { kind: "text", value: ".\nTot ziens" },
    ]);
  });
  it("returns text without addresses as one part, and an empty text as none", () => {
    expect(splitLinks("Geen link")).toEqual([{ kind: "text", value: "Geen link" }]);
    expect(splitLinks("")).toEqual([]);
  });
  it("ignores other schemes", () => {
    expect(splitLinks("mailto:a@b.nl")).toEqual([{ kind: "text", value: "mailto:a@b.nl" }]);
  });
});
