/**
 * Vocabularies of guest lessons and company visits ("gastlessen en bedrijfsbezoeken").
 * Stored values are stable codes; UI labels are message keys in app/i18n/messages/guest-lessons.ts.
 */

/** What a company or provider offers. */
export const OFFER_KINDS = [
  "gastles",
  "bedrijfsbezoek",
  "workshop",
  "praktijkopdracht",
  "hybride_docent",
  "praktijklokaal",
] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Kinds of organisation that offer guest lessons and visits. */
export const OFFERING_KINDS = ["company", "provider"] as const;

/**
 * Levels an offer suits and a request names. Finer than the directory's levels: primary school
 * only in groups 7–8 (the age at which technology orientation starts in the seeds).
 */
export const LESSON_LEVELS = [
  "po-7-8",
  "vmbo-basis",
  "vmbo-kader",
  "vmbo-gemengd",
  "vmbo-theoretisch",
  "havo",
  "vwo",
  "mbo-1",
  "mbo-2",
  "mbo-3",
  "mbo-4",
] as const;
export type LessonLevel = (typeof LESSON_LEVELS)[number];

/** Where an offer can take place. */
export const OFFER_LOCATIONS = ["school", "company", "online"] as const;
export type OfferLocation = (typeof OFFER_LOCATIONS)[number];

/** Where a request wants it to take place ("any": the school does not mind). */
export const REQUEST_PLACES = ["school", "company", "online", "any"] as const;
export type RequestPlace = (typeof REQUEST_PLACES)[number];

export const OFFER_STATUSES = ["draft", "published", "archived"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const REQUEST_MODES = ["open", "direct"] as const;
export type RequestMode = (typeof REQUEST_MODES)[number];

export const REQUEST_STATUSES = ["open", "matched", "closed", "cancelled"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const APPOINTMENT_STATES = [
  "requested",
  "accepted",
  "declined",
  "expired",
  "scheduled",
  "took_place",
  "evaluated",
  "cancelled",
] as const;
export type AppointmentState = (typeof APPOINTMENT_STATES)[number];

/** States in which an appointment no longer holds its date. */
export const RELEASED_APPOINTMENT_STATES = ["declined", "expired", "cancelled"] as const;

export const APPOINTMENT_SIDES = ["school", "provider"] as const;
export type AppointmentSide = (typeof APPOINTMENT_SIDES)[number];

export const OFFER_LANGUAGES = ["nl", "en", "de"] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A travel radius beyond this makes no sense for a visit and would defeat the bounding-box index. */
export const MAX_TRAVEL_RADIUS_KM = 200;

/** Up to three date options per request. */
export const MAX_DATE_OPTIONS = 3;

/** Escalation to the network coordinator after this many working days without an answer. */
export const DEFAULT_ESCALATION_WORKING_DAYS = 5;

/**
 * Topics by their group (`topic.group_name`: metaal, installatie, …), the groups in the order their
 * first topic has in the list (the topics come sorted), each group's topics in the list's order.
 */
export function topicGroups<T extends { groupName: string }>(topics: readonly T[]): { group: string; members: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const topic of topics) {
    const members = groups.get(topic.groupName);
    if (members) members.push(topic);
    else groups.set(topic.groupName, [topic]);
  }
  return [...groups].map(([group, members]) => ({ group, members }));
}
