import { amsterdamIso } from "../common/json-ld.ts";

/** schema.org Course with its sessions as CourseInstances, for search engines and aggregators. */
export type CourseForJsonLd = {
  title: string;
  summary: string;
  url: string;
  provider: { name: string; url: string; website?: string | null };
  priceCents: number;
  leadsTo: string;
  level: string;
  topics: string[];
  sessions: { startsAt: Date; endsAt: Date; location: string; online: boolean; format: string; cancelled: boolean }[];
};

const MODE: Record<string, string> = { physical_hub: "onsite", mobile_hub: "onsite", online: "online", blended: "blended" };

/** A session's length as an ISO 8601 duration, whole minutes ("PT3H30M"). */
export function isoDuration(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return `P${days ? `${days}D` : ""}${h || m ? "T" : ""}${h ? `${h}H` : ""}${m ? `${m}M` : ""}`;
}

export function courseJsonLd(c: CourseForJsonLd) {
  const website = c.provider.website && /^https?:\/\//.test(c.provider.website) ? c.provider.website : null;
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    "@id": c.url,
    name: c.title,
    description: c.summary,
    url: c.url,
    inLanguage: "nl",
    provider: { "@type": "Organization", name: c.provider.name, url: c.provider.url, ...(website ? { sameAs: website } : {}) },
    ...(c.leadsTo ? { educationalCredentialAwarded: c.leadsTo } : {}),
    ...(c.level !== "none" ? { educationalLevel: c.level } : {}),
    ...(c.topics.length ? { about: c.topics } : {}),
    offers: { "@type": "Offer", category: c.priceCents === 0 ? "Free" : "Paid", price: (c.priceCents / 100).toFixed(2), priceCurrency: "EUR", url: c.url },
    hasCourseInstance: c.sessions.map((s) => ({
      "@type": "CourseInstance",
      name: c.title,
      courseMode: s.online ? "online" : (MODE[s.format] ?? "onsite"),
      startDate: amsterdamIso(s.startsAt),
      endDate: amsterdamIso(s.endsAt),
      // One meeting per session: Google wants the schedule spelled out, even when it is a single day.
      courseSchedule: { "@type": "Schedule", duration: isoDuration(s.startsAt, s.endsAt), repeatFrequency: "Daily", repeatCount: 1, startDate: amsterdamIso(s.startsAt), endDate: amsterdamIso(s.endsAt) },
      eventStatus: s.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
      location: s.online ? { "@type": "VirtualLocation", name: s.location } : { "@type": "Place", name: s.location },
    })),
  };
}
