import { describe, expect, it } from "vitest";
import { jsonLdText } from "../common/json-ld.ts";
import { jsonLdOf, richResultProblems } from "../common/rich-results.ts";
import { eventJsonLd, type EventForJsonLd } from "./json-ld.ts";

const feest = (over: Partial<EventForJsonLd> = {}): EventForJsonLd => ({
  name: "Feest van de Techniek Utrecht",
  description: "Bedrijven openen hun deuren voor leerlingen.",
  url: "https://t.example/evenementen/feest-2027",
  startsOn: "2027-04-15",
  endsOn: "2027-04-16",
  windows: [
    { date: "2027-04-16", start: "13:00", end: "16:00" },
    { date: "2027-04-15", start: "09:00", end: "12:00" },
  ],
  places: ["Amersfoort", "Utrecht"],
  province: "Utrecht",
  organizer: { name: "TechNet Utrecht", url: "https://t.example/netwerken/technet-utrecht" },
  registrationOpensOn: "2027-02-01",
  ...over,
});

/** Google's event guide has no image or performer to give for a school visit day: those stay warnings. */
const UNAVOIDABLE = ["Event.image is missing", "Event.performer is missing"];

describe("eventJsonLd", () => {
  it("meets Google's required event properties; only image and performer are left to recommend", () => {
    expect(richResultProblems(eventJsonLd(feest()))).toEqual({ errors: [], warnings: UNAVOIDABLE });
  });

  it("runs from the first window's start to the last window's end, in Amsterdam time with the offset", () => {
    expect(eventJsonLd(feest())).toMatchObject({ startDate: "2027-04-15T09:00:00+02:00", endDate: "2027-04-16T16:00:00+02:00" });
  });

  it("names each place of the visits as a Place with an address", () => {
    expect(eventJsonLd(feest()).location).toEqual([
      { "@type": "Place", name: "Amersfoort", address: { "@type": "PostalAddress", addressLocality: "Amersfoort", addressRegion: "Utrecht", addressCountry: "NL" } },
      { "@type": "Place", name: "Utrecht", address: { "@type": "PostalAddress", addressLocality: "Utrecht", addressRegion: "Utrecht", addressCountry: "NL" } },
    ]);
  });

  it("falls back to the dates and the region before any host has a slot", () => {
    const ld = eventJsonLd(feest({ windows: [], places: [] }));
    expect(ld).toMatchObject({ startDate: "2027-04-15", endDate: "2027-04-16", location: { "@type": "Place", name: "Utrecht" } });
    expect(richResultProblems(ld).errors).toEqual([]);
  });

  it("is flagged without a start date (Google requires one)", () => {
    expect(richResultProblems(eventJsonLd(feest({ windows: [], startsOn: null, endsOn: null }))).errors).toContain("Event.startDate is missing");
  });

  it("survives a hostile name in the page", () => {
    const name = "</script><script>alert(1)</script>";
    const [back] = jsonLdOf(`<script type="application/ld+json">${jsonLdText(eventJsonLd(feest({ name })))}</script>`) as [{ name: string }];
    expect(back.name).toBe(name);
  });
});
