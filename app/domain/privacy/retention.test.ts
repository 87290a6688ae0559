import { describe, expect, it } from "vitest";
import { RETENTION_KEYS, RETENTION_RULES, retentionCutoff, retentionCutoffDate, retentionRule, schoolYearStart, totalRemoved } from "./retention.ts";

describe("retention periods", () => {
  it("has exactly one rule per key", () => {
    expect(RETENTION_RULES.map((r) => r.key).sort()).toEqual([...RETENTION_KEYS].sort());
  });

  it("starts the school year on 1 August in Amsterdam", () => {
    expect(schoolYearStart(new Date("2026-12-06T12:00:00Z"))).toBe("2026-08-01");
    expect(schoolYearStart(new Date("2026-07-31T12:00:00Z"))).toBe("2025-08-01");
    // 31 July 22:30 UTC is already 1 August in Amsterdam (summer time).
    expect(schoolYearStart(new Date("2026-07-31T22:30:00Z"))).toBe("2026-08-01");
  });

  it("keeps inbox messages for two whole school years", () => {
    const inbox = retentionRule("inbox");
    // In December 2026 the cutoff is the start of school year 2024-2025.
    expect(retentionCutoff(inbox, new Date("2026-12-06T12:00:00Z")).toISOString()).toBe("2024-07-31T22:00:00.000Z");
    // A message of March 2024 (school year 2023-2024) is still kept on 31 July 2026 …
    expect(new Date("2024-03-10T10:00:00Z") < retentionCutoff(inbox, new Date("2026-07-31T12:00:00Z"))).toBe(false);
    // … and past its period on 1 August 2026.
    expect(new Date("2024-03-10T10:00:00Z") < retentionCutoff(inbox, new Date("2026-08-01T12:00:00Z"))).toBe(true);
  });

  it("counts days back from now", () => {
    const outbox = retentionRule("mailOutbox");
    expect(retentionCutoff(outbox, new Date("2026-12-06T12:00:00Z")).toISOString()).toBe("2026-09-07T12:00:00.000Z");
    expect(retentionCutoffDate(retentionRule("vogStatements"), new Date("2026-12-06T12:00:00Z"))).toBe("2025-12-06");
  });

  it("adds up what a run removed", () => {
    expect(totalRemoved({ sessions: 3, inbox: 2 })).toBe(5);
    expect(totalRemoved({})).toBe(0);
  });
});
