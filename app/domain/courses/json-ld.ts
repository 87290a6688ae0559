/** schema.org Course with its sessions as CourseInstances, for search engines and aggregators. */
export type CourseForJsonLd = {
  title: string;
  summary: string;
  url: string;
  provider: { name: string; url: string };
  priceCents: number;
  leadsTo: string;
  level: string;
  topics: string[];
  sessions: { startsAt: Date; endsAt: Date; location: string; online: boolean; format: string; cancelled: boolean }[];
};

const MODE: Record<string, string> = { physical_hub: "onsite", mobile_hub: "onsite", online: "online", blended: "blended" };

export function courseJsonLd(c: CourseForJsonLd) {
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    name: c.title,
    description: c.summary,
    url: c.url,
    inLanguage: "nl",
    provider: { "@type": "Organization", name: c.provider.name, url: c.provider.url },
    ...(c.leadsTo ? { educationalCredentialAwarded: c.leadsTo } : {}),
    ...(c.level !== "none" ? { educationalLevel: c.level } : {}),
    ...(c.topics.length ? { about: c.topics } : {}),
    offers: { "@type": "Offer", category: c.priceCents === 0 ? "Free" : "Paid", price: (c.priceCents / 100).toFixed(2), priceCurrency: "EUR" },
    hasCourseInstance: c.sessions.map((s) => ({
      "@type": "CourseInstance",
      courseMode: s.online ? "online" : (MODE[s.format] ?? "onsite"),
      startDate: s.startsAt.toISOString(),
      endDate: s.endsAt.toISOString(),
      ...(s.cancelled ? { eventStatus: "https://schema.org/EventCancelled" } : {}),
      location: s.online ? { "@type": "VirtualLocation", name: s.location } : { "@type": "Place", name: s.location },
    })),
  };
}

/** JSON inside <script> must not be able to close the tag. */
export const safeJsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
