import { amsterdamIso } from "../common/json-ld.ts";
import { amsterdamDate } from "../common/time.ts";

/** What an event page knows, for schema.org Event. */
export type EventForJsonLd = {
  name: string;
  description: string;
  url: string;
  startsOn: string | null;
  endsOn: string | null;
  windows: { date: string; start: string; end: string }[];
  /** Where the visits happen (the hosts' places). */
  places: string[];
  province: string | null;
  organizer: { name: string; url: string } | null;
  /** The first day schools may register: when the free places are offered. */
  registrationOpensOn: string | null;
};

/** A window's moment with its offset, or the bare date when the event has no windows yet. */
function moment(date: string, time: string | null): string {
  const at = time ? amsterdamDate(date, time) : null;
  return at ? amsterdamIso(at) : date;
}

/**
 * schema.org Event for search engines: the visits happen at the host companies, so the location
 * is each place where they are (a Place with its address as far as the page tells it), and the
 * times are the first window's start and the last window's end, in Amsterdam time with offset.
 * Schools take part for free: the offer is a price of 0.
 */
export function eventJsonLd(e: EventForJsonLd) {
  const windows = [...e.windows].sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`));
  const first = windows[0];
  const last = [...e.windows].sort((a, b) => `${a.date}${a.end}`.localeCompare(`${b.date}${b.end}`)).at(-1);
  const startDate = first ? moment(first.date, first.start) : e.startsOn;
  const endDate = last ? moment(last.date, last.end) : (e.endsOn ?? e.startsOn);
  const region = e.province ? { addressRegion: e.province } : {};
  const location = e.places.length
    ? e.places.map((place) => ({ "@type": "Place", name: place, address: { "@type": "PostalAddress", addressLocality: place, ...region, addressCountry: "NL" } }))
    : [{ "@type": "Place", name: e.province ?? "Nederland", address: { "@type": "PostalAddress", ...region, addressCountry: "NL" } }];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": e.url,
    name: e.name,
    ...(e.description ? { description: e.description } : {}),
    url: e.url,
    inLanguage: "nl",
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: location.length === 1 ? location[0] : location,
    ...(e.organizer ? { organizer: { "@type": "Organization", name: e.organizer.name, url: e.organizer.url } } : {}),
    isAccessibleForFree: true,
    offers: {
      "@type": "Offer",
      price: "0",
      priceCurrency: "EUR",
      url: e.url,
      availability: "https://schema.org/InStock",
      ...(e.registrationOpensOn ? { validFrom: moment(e.registrationOpensOn, "00:00") } : {}),
    },
  };
}
