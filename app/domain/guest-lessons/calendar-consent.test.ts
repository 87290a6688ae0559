import { describe, expect, it } from "vitest";
import { APPOINTMENT_STATES } from "./vocabulary.ts";
import { calendarStatus, canChangeCalendarConsent, inNetworkCalendar } from "./calendar-consent.ts";

describe("calendar consent", () => {
  it("shows an appointment only when both sides agreed and it is agreed or happened", () => {
    for (const state of APPOINTMENT_STATES) {
      const expected = ["accepted", "scheduled", "took_place", "evaluated"].includes(state);
      expect(inNetworkCalendar(state, { school: true, provider: true }), state).toBe(expected);
      expect(inNetworkCalendar(state, { school: true, provider: false }), state).toBe(false);
      expect(inNetworkCalendar(state, { school: false, provider: true }), state).toBe(false);
      expect(inNetworkCalendar(state, { school: false, provider: false }), state).toBe(false);
    }
  });

  it("lets the sides change their minds only while the appointment is still ahead", () => {
    expect(APPOINTMENT_STATES.filter(canChangeCalendarConsent)).toEqual(["requested", "accepted", "scheduled"]);
  });

  it("tells each side what the other chose", () => {
    expect(calendarStatus("scheduled", { school: true, provider: true }, "school")).toBe("shown");
    expect(calendarStatus("scheduled", { school: true, provider: false }, "school")).toBe("waitingForOther");
    expect(calendarStatus("scheduled", { school: true, provider: false }, "provider")).toBe("waitingForMe");
    expect(calendarStatus("scheduled", { school: false, provider: false }, "provider")).toBe("notShown");
    // Both agreed, but a request nobody accepted yet is not in the calendar (and a cancelled one never again).
    expect(calendarStatus("requested", { school: true, provider: true }, "school")).toBe("onceAccepted");
    expect(calendarStatus("cancelled", { school: true, provider: true }, "school")).toBe("notShown");
  });
});
