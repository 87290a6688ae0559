import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ics.ts";

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("buildCalendar", () => {
  it("writes timed items in UTC, summer and winter alike", () => {
    const text = buildCalendar({
      product: "technohub/test",
      name: "Afspraken",
      items: [
        { uid: "a@technohub", title: "Gastles", when: { startsAt: new Date("2027-07-15T07:00:00Z"), endsAt: new Date("2027-07-15T09:00:00Z") } },
        { uid: "b@technohub", title: "Bezoek", when: { startsAt: new Date("2027-01-15T08:00:00Z"), endsAt: new Date("2027-01-15T10:00:00Z") } },
      ],
    });
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toContain("PRODID:technohub/test");
    expect(text).toContain("METHOD:PUBLISH");
    expect(text).toContain("DTSTART:20270715T070000Z");
    expect(text).toContain("DTEND:20270115T100000Z");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.split("\r\n").length).toBeGreaterThan(10);
  });

  it("writes all-day items with an exclusive end date", () => {
    const text = buildCalendar({ product: "p", items: [{ uid: "e@t", title: "Feest van de Techniek", when: { firstDay: "2027-05-31", lastDay: "2027-06-01" } }] });
    expect(text).toMatch(/DTSTART;VALUE=DATE:20270531/);
    expect(text).toMatch(/DTEND;VALUE=DATE:20270602/);
  });

  it("escapes text and keeps status, sequence and method", () => {
    const text = unfold(
      buildCalendar({
        product: "p",
        method: "CANCEL",
        items: [
          {
            uid: "c@t",
            title: "Geannuleerd: les; metaal, hout",
            description: "Regel 1\nRegel 2",
            status: "CANCELLED",
            sequence: 7,
            when: { startsAt: new Date("2027-03-01T08:00:00Z"), endsAt: new Date("2027-03-01T09:00:00Z") },
          },
        ],
      }),
    );
    expect(text).toContain("SUMMARY:Geannuleerd: les\\; metaal\\, hout");
    expect(text).toContain("DESCRIPTION:Regel 1\\nRegel 2");
    expect(text).toContain("STATUS:CANCELLED");
    expect(text).toContain("SEQUENCE:7");
    expect(text).toContain("METHOD:CANCEL");
  });

  it("writes an empty but valid calendar for an empty list", () => {
    const text = buildCalendar({ product: "technohub/agenda", name: "Agenda; regio", items: [] });
    expect(text).toBe("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:technohub/agenda\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Agenda  regio\r\nEND:VCALENDAR\r\n");
  });
});
