import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/index.ts";
import { effectiveEscalationDays, escalationSettingsSchema } from "./escalation-settings.ts";

const parse = (value: unknown) => escalationSettingsSchema.safeParse({ escalationWorkingDays: value });

describe("the escalation deadline a coordinator sets", () => {
  it("takes a whole number of working days from 1 to 30, as typed in a text box", () => {
    expect(parse("1").data).toEqual({ escalationWorkingDays: 1 });
    expect(parse(" 30 ").data).toEqual({ escalationWorkingDays: 30 });
    expect(parse("7").data).toEqual({ escalationWorkingDays: 7 });
  });

  it("refuses anything else with one Dutch message", () => {
    for (const bad of ["0", "31", "-3", "2,5", "2.5", "vijf", "", undefined]) {
      const result = parse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("networkSettings.error.days");
    }
    expect(translator("nl")("networkSettings.error.days")).toBe("Vul een heel aantal werkdagen in, van 1 tot en met 30.");
  });

  it("falls back to the platform default of 5", () => {
    expect(effectiveEscalationDays(null)).toBe(5);
    expect(effectiveEscalationDays(3)).toBe(3);
  });
});
