/**
 * schema.org JSON-LD pieces several areas share, and the one way to put JSON-LD into a page.
 * A `<script type="application/ld+json">` is a data block: the browser never runs it, so the
 * Content-Security-Policy does not apply and it needs no nonce (a cached page's hashes do not
 * cover it either). What matters is that its text cannot end the element: see jsonLdText.
 */

/**
 * JSON that is safe inside `<script>`: `<`, `>` and `&` as \u escapes (no `</script>`, no
 * `<!--`), and the two line separators JavaScript once rejected. JSON.parse reads it back as it was.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A moment as Amsterdam wall-clock time with its offset ("2027-04-15T09:00:00+02:00"), as event listings expect. */
export function amsterdamIso(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const mm = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}

export type AddressInput = { street?: string | null; postcode?: string | null; place?: string | null; province?: string | null };

/** A PostalAddress of what is known; the country is always the Netherlands. */
export function postalAddress(a: AddressInput) {
  return {
    "@type": "PostalAddress",
    ...(a.street ? { streetAddress: a.street } : {}),
    ...(a.postcode ? { postalCode: a.postcode } : {}),
    ...(a.place ? { addressLocality: a.place } : {}),
    ...(a.province ? { addressRegion: a.province } : {}),
    addressCountry: "NL",
  };
}

/** Only http(s) addresses go out as links; anything else someone typed stays out. */
export function webAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export type OrganizationInput = {
  name: string;
  /** Its page on this platform. */
  url: string;
  description?: string;
  website?: string | null;
  kvkNumber?: string | null;
  address?: AddressInput | null;
  /** Organisations that take part (a network's partners and members), by name and page. */
  members?: { name: string; url: string }[];
};

/** schema.org Organization: name, its page, its own website as sameAs, its address, its KvK number. */
export function organizationJsonLd(o: OrganizationInput) {
  const website = webAddress(o.website);
  const address = o.address && (o.address.place || o.address.street || o.address.postcode) ? postalAddress(o.address) : null;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": o.url,
    name: o.name,
    url: o.url,
    ...(o.description ? { description: o.description } : {}),
    ...(website ? { sameAs: [website] } : {}),
    ...(address ? { address } : {}),
    ...(o.kvkNumber ? { identifier: { "@type": "PropertyValue", propertyID: "KvK", value: o.kvkNumber } } : {}),
    ...(o.members?.length ? { member: o.members.map((m) => ({ "@type": "Organization", name: m.name, url: m.url })) } : {}),
  };
}
