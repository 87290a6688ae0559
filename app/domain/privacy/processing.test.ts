import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/index.ts";
import { BASIS_ARTICLE, NEVER_PROCESSED, PROCESSING_ACTIVITIES, PROCESSORS, periodText, rulesOf } from "./processing.ts";
import { RETENTION_RULES } from "./retention.ts";

describe("the register of processing", () => {
  it("names every retention rule under some activity, so the privacy page shows every period the job enforces", () => {
    const named = new Set(PROCESSING_ACTIVITIES.flatMap((a) => a.retention));
    expect(RETENTION_RULES.filter((r) => !named.has(r.key)).map((r) => r.key)).toEqual([]);
  });

  it("has Dutch and English texts for every activity, basis, period and processor", () => {
    for (const locale of ["nl", "en"] as const) {
      const t = translator(locale);
      const keys = [
        ...PROCESSING_ACTIVITIES.flatMap((a) => [`privacy.activity.${a.key}.title`, `privacy.activity.${a.key}.data`, `privacy.activity.${a.key}.purpose`]),
        ...Object.keys(BASIS_ARTICLE).map((b) => `privacy.basis.${b}`),
        ...NEVER_PROCESSED.map((n) => `privacy.never.${n}`),
        ...PROCESSORS.map((p) => `privacy.processor.${p}`),
        ...RETENTION_RULES.map((r) => `privacy.rule.${r.key}`),
      ];
      for (const key of keys) expect(t(key), `${locale} ${key}`).not.toBe(key);
    }
  });

  it("says a period in days or in school years, with real plurals", () => {
    const t = translator("nl");
    const [inbox] = rulesOf(PROCESSING_ACTIVITIES.find((a) => a.key === "messages")!);
    const p = periodText(inbox!);
    expect(t(p.key, { count: p.count })).toBe("2 schooljaren");
    expect(t("privacy.period.days", { count: 1 })).toBe("1 dag");
    const audit = periodText(rulesOf(PROCESSING_ACTIVITIES.find((a) => a.key === "audit")!)[0]!);
    expect(t(audit.key, { count: audit.count })).toBe("5 jaar");
  });
});
