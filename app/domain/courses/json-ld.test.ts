import { describe, expect, it } from "vitest";
import { jsonLdText } from "../common/json-ld.ts";
import { jsonLdOf, richResultProblems } from "../common/rich-results.ts";
import { courseJsonLd, isoDuration, type CourseForJsonLd } from "./json-ld.ts";

const course = (over: Partial<CourseForJsonLd> = {}): CourseForJsonLd => ({
  title: "PLC-programmeren voor beginners",
  summary: "Leer in drie dagdelen een PLC programmeren.",
  url: "https://technohub.example/cursussen/plc",
  provider: { name: "ROC Midden Nederland", url: "https://technohub.example/organisaties/roc-mn", website: "https://www.rocmn.nl" },
  priceCents: 49500,
  leadsTo: "Certificaat",
  level: "mbo-3",
  topics: ["Besturingstechniek"],
  sessions: [
    { startsAt: new Date("2027-03-15T08:00:00Z"), endsAt: new Date("2027-03-15T11:30:00Z"), location: "Technohub Utrecht", online: false, format: "physical_hub", cancelled: false },
    { startsAt: new Date("2027-06-01T07:00:00Z"), endsAt: new Date("2027-06-01T09:00:00Z"), location: "Teams", online: true, format: "online", cancelled: true },
  ],
  ...over,
});

describe("courseJsonLd", () => {
  it("meets Google's required properties for course info, with no recommended one missing", () => {
    expect(richResultProblems(courseJsonLd(course()))).toEqual({ errors: [], warnings: [] });
  });

  it("gives each session as a CourseInstance in Amsterdam time with its offset, and its schedule", () => {
    const [first, second] = courseJsonLd(course()).hasCourseInstance;
    expect(first).toMatchObject({ courseMode: "onsite", startDate: "2027-03-15T09:00:00+01:00", endDate: "2027-03-15T12:30:00+01:00" });
    expect(first!.courseSchedule).toMatchObject({ duration: "PT3H30M", repeatCount: 1 });
    expect(second).toMatchObject({ courseMode: "online", startDate: "2027-06-01T09:00:00+02:00", eventStatus: "https://schema.org/EventCancelled" });
  });

  it("says a free course is free", () => {
    expect(courseJsonLd(course({ priceCents: 0 })).offers).toMatchObject({ category: "Free", price: "0.00" });
  });

  it("is flagged by the check when a course has no session (Google requires hasCourseInstance)", () => {
    expect(richResultProblems(courseJsonLd(course({ sessions: [] }))).errors).toContain("Course.hasCourseInstance is missing");
  });

  it("cannot close its script element, whatever the title says", () => {
    const hostile = "</script><script>alert(1)</script><!--";
    const text = jsonLdText(courseJsonLd(course({ title: hostile, summary: "a & b > c" })));
    expect(text).not.toMatch(/[<>]/);
    const [back] = jsonLdOf(`<script type="application/ld+json">${text}</script>`) as [{ name: string; description: string }];
    expect(back.name).toBe(hostile);
    expect(back.description).toBe("a & b > c");
  });
});

describe("isoDuration", () => {
  it.each([
    ["2027-01-01T09:00:00Z", "2027-01-01T10:00:00Z", "PT1H"],
    ["2027-01-01T09:00:00Z", "2027-01-01T09:45:00Z", "PT45M"],
    ["2027-01-01T09:00:00Z", "2027-01-02T11:15:00Z", "P1DT2H15M"],
    ["2027-01-01T09:00:00Z", "2027-01-02T09:00:00Z", "P1D"],
  ])("%s → %s is %s", (from, to, expected) => expect(isoDuration(new Date(from), new Date(to))).toBe(expected));
});
