/**
 * The properties Google documents for its rich results, as a check our JSON-LD passes in tests:
 * a missing required property is an error (the page is not eligible), a missing recommended
 * one a warning. Written from Google Search Central's structured-data guides:
 *   Course info  https://developers.google.com/search/docs/appearance/structured-data/course-info
 *   Event        https://developers.google.com/search/docs/appearance/structured-data/event
 *   Organization https://developers.google.com/search/docs/appearance/structured-data/organization
 *   Dataset      https://developers.google.com/search/docs/appearance/structured-data/dataset
 * Types outside these guides are not checked.
 */
export type Problems = { errors: string[]; warnings: string[] };

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const present = (v: unknown) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
const typeOf = (n: Node) => list(n["@type"]).map(String);

/** ISO 8601 date, or date and time with a UTC offset (Google: "use the time zone offset"). */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** ISO 8601 duration (PT2H30M, P1D). */
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const EVENT_STATUSES = ["EventScheduled", "EventCancelled", "EventMovedOnline", "EventPostponed", "EventRescheduled"].map((s) => `https://schema.org/${s}`);
const ATTENDANCE_MODES = ["Offline", "Online", "Mixed"].map((s) => `https://schema.org/${s}EventAttendanceMode`);
const OFFER_CATEGORIES = ["Free", "Partially Free", "Subscription", "Paid"];

function need(p: Problems, where: string, node: Node, keys: string[], kind: "errors" | "warnings") {
  for (const key of keys) if (!present(node[key])) p[kind].push(`${where}.${key} is missing`);
}

function checkCourse(n: Node, p: Problems) {
  need(p, "Course", n, ["name", "description", "provider", "offers", "hasCourseInstance"], "errors");
  for (const provider of list(n.provider)) if (!isNode(provider) || !present(provider.name)) p.errors.push("Course.provider.name is missing");
  for (const offer of list(n.offers)) {
    if (!isNode(offer) || !OFFER_CATEGORIES.includes(String(offer.category))) p.errors.push("Course.offers.category must be Free, Partially Free, Subscription or Paid");
    else if (offer.category !== "Free") need(p, "Course.offers", offer, ["price", "priceCurrency"], "warnings");
  }
  list(n.hasCourseInstance).forEach((ci, i) => {
    const where = `Course.hasCourseInstance[${i}]`;
    if (!isNode(ci)) return void p.errors.push(`${where} is not an object`);
    need(p, where, ci, ["courseMode"], "errors");
    const schedule = ci.courseSchedule;
    if (!present(schedule) && !present(ci.courseWorkload)) p.errors.push(`${where} needs courseSchedule or courseWorkload`);
    if (isNode(schedule)) {
      need(p, `${where}.courseSchedule`, schedule, ["duration", "repeatFrequency", "repeatCount"], "errors");
      if (present(schedule.duration) && !ISO_DURATION.test(String(schedule.duration))) p.errors.push(`${where}.courseSchedule.duration is not an ISO 8601 duration`);
    }
    if (present(ci.courseWorkload) && !ISO_DURATION.test(String(ci.courseWorkload))) p.errors.push(`${where}.courseWorkload is not an ISO 8601 duration`);
  });
  need(p, "Course", n, ["inLanguage"], "warnings");
}

function checkEvent(n: Node, p: Problems, type = "Event") {
  need(p, type, n, ["name", "startDate", "location"], "errors");
  for (const key of ["startDate", "endDate"]) if (present(n[key]) && !ISO_MOMENT.test(String(n[key]))) p.errors.push(`${type}.${key} is not ISO 8601 with a time zone offset`);
  for (const loc of list(n.location)) {
    if (!isNode(loc)) p.errors.push(`${type}.location is not a Place or VirtualLocation`);
    else if (typeOf(loc).includes("VirtualLocation")) need(p, `${type}.location`, loc, ["url"], "errors");
    else {
      need(p, `${type}.location`, loc, ["address"], "errors");
      need(p, `${type}.location`, loc, ["name"], "warnings");
      const address = loc.address;
      if (isNode(address)) need(p, `${type}.location.address`, address, ["addressLocality", "addressCountry"], "warnings");
    }
  }
  need(p, type, n, ["description", "endDate", "eventStatus", "eventAttendanceMode", "organizer", "image", "offers", "performer"], "warnings");
  if (present(n.eventStatus) && !EVENT_STATUSES.includes(String(n.eventStatus))) p.errors.push(`${type}.eventStatus is not a schema.org EventStatusType`);
  if (present(n.eventAttendanceMode) && !ATTENDANCE_MODES.includes(String(n.eventAttendanceMode))) p.errors.push(`${type}.eventAttendanceMode is not a schema.org EventAttendanceModeEnumeration`);
  for (const org of list(n.organizer)) if (isNode(org)) need(p, `${type}.organizer`, org, ["name", "url"], "warnings");
}

function checkOrganization(n: Node, p: Problems) {
  need(p, "Organization", n, ["name", "url"], "warnings");
  need(p, "Organization", n, ["address", "sameAs", "description"], "warnings");
  for (const same of list(n.sameAs)) if (!/^https?:\/\//.test(String(same))) p.errors.push("Organization.sameAs is not a web address");
}

function checkDataset(n: Node, p: Problems) {
  need(p, "Dataset", n, ["name", "description"], "errors");
  const description = String(n.description ?? "");
  if (present(n.description) && (description.length < 50 || description.length > 5000)) p.errors.push("Dataset.description must be 50 to 5000 characters");
  need(p, "Dataset", n, ["license", "creator", "distribution", "url", "identifier", "keywords", "spatialCoverage", "isAccessibleForFree"], "warnings");
  for (const d of list(n.distribution)) if (isNode(d)) need(p, "Dataset.distribution", d, ["encodingFormat", "contentUrl"], "errors");
}

/** Problems of one JSON-LD object (and the Datasets of a DataCatalog). */
export function richResultProblems(node: unknown): Problems {
  const p: Problems = { errors: [], warnings: [] };
  if (!isNode(node)) return { errors: ["not a JSON-LD object"], warnings: [] };
  if (node["@context"] !== "https://schema.org" && node["@context"] !== "https://schema.org/") p.errors.push("@context is not https://schema.org");
  const types = typeOf(node);
  if (types.includes("Course")) checkCourse(node, p);
  if (types.includes("Event")) checkEvent(node, p);
  if (types.includes("Organization")) checkOrganization(node, p);
  if (types.includes("Dataset")) checkDataset(node, p);
  if (types.includes("DataCatalog")) for (const d of list(node.dataset)) if (isNode(d)) {
    const inner = richResultProblems({ "@context": node["@context"], ...d });
    p.errors.push(...inner.errors);
    p.warnings.push(...inner.warnings);
  }
  return p;
}

/** Every `<script type="application/ld+json">` of an HTML page, parsed (throws on text that is not JSON). */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
