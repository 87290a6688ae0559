import type { MatchReason } from "./matching.ts";

export type ReasonFormatting = {
  /** The app's translator (message keys in app/i18n/messages/guest-lessons.ts). */
  t: (key: string, params?: Record<string, string | number>) => string;
  topicName: (slug: string) => string;
  /** A short date ("10 mrt"). */
  shortDate: (isoDate: string) => string;
  /** A full date ("12-03-2027"). */
  fullDate: (isoDate: string) => string;
  /**
   * Who reads the reasons: the school (the default: "past bij uw omschrijving", "kan op al uw data") or
   * the company that offers, shown the schools' requests (whose description and dates are the school's,
   * and to whom its own response time says nothing).
   */
  reader?: "school" | "company";
};

/** Distances people read: "800 m" is silly for a school visit; whole kilometres, at least 1. */
export function roundedKm(km: number): number {
  return Math.max(1, Math.round(km));
}

/** The reasons of a match as short text pieces, joined with " · " on the page. */
export function reasonTexts(reasons: readonly MatchReason[], f: ReasonFormatting): string[] {
  const company = f.reader === "company";
  return reasons.filter((r) => !(company && r.kind === "responds")).map((r) => {
    switch (r.kind) {
      case "distance":
        return f.t(r.meeting === "company" ? "guestLessons.reason.distanceVisit" : "guestLessons.reason.distance", { km: roundedKm(r.km) });
      case "online":
        return f.t("guestLessons.reason.online");
      case "level":
        return f.t(`guestLessons.level.${r.level}`);
      case "topics":
        return r.topics.map(f.topicName).join(", ");
      case "text":
        return f.t(company ? "guestLessons.reason.textCompany" : "guestLessons.reason.text");
      case "offerKind":
        return f.t(`guestLessons.kind.${r.offerKind}`);
      case "dates":
        return r.fitting.length === r.asked && r.asked > 1
          ? f.t(company ? "guestLessons.reason.allDatesCompany" : "guestLessons.reason.allDates")
          : f.t(company ? "guestLessons.reason.datesCompany" : "guestLessons.reason.dates", { dates: r.fitting.map(f.shortDate).join(", ") });
      case "period":
        return f.t("guestLessons.reason.period", { date: f.shortDate(r.firstFree) });
      case "responds":
        return f.t("guestLessons.reason.responds", { count: r.days });
      case "vog":
        if (r.check.state === "valid") return f.t("guestLessons.reason.vogValid", { date: f.fullDate(r.check.validUntil) });
        if (r.check.state === "expired") return f.t("guestLessons.reason.vogExpired", { date: f.fullDate(r.check.validUntil) });
        return f.t("guestLessons.reason.vogMissing");
    }
  });
}
