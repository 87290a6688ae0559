/**
 * What an organisation's system writes through the API (ADR 029): its courses, their sessions and
 * its offers, each put by the organisation's own id under /organisations/{slug}/…, and the
 * registrations it reads. Plain Zod: the wrapper validates with these and the document is made of them.
 */
import { z } from "zod";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, REGISTRATION_STATUSES, TARGET_GROUPS } from "../courses/vocabulary.ts";
import { MAX_CAPACITY, MAX_PRICE_CENTS } from "../courses/forms.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LANGUAGES, OFFER_LOCATIONS } from "../guest-lessons/vocabulary.ts";
import { LIMITS } from "../guest-lessons/forms.ts";
import { calendarDay, moment, slugPath } from "./params.ts";

const slug = slugPath.meta({ description: "The organisation's slug, as in its page's address; the key must be this organisation's.", example: "roc-midden-nederland" });
const externalId = z
  .string()
  .regex(/^[A-Za-z0-9._~-]{1,100}$/)
  .meta({ description: "The organisation's own id for the thing (1–100 of A–Z a–z 0–9 . _ ~ -): what the PUT is idempotent by.", example: "CRS-2027-014" });

export const OrganisationCourseParams = z.strictObject({ slug, externalId });
export const OrganisationSessionParams = z.strictObject({ slug, externalId, sessionId: externalId.meta({ description: "The organisation's own id for the session.", example: "SES-2027-014-1" }) });
export const OrganisationOfferParams = z.strictObject({ slug, externalId });

const timestamp = moment.meta({ description: "A moment with its time zone (ISO 8601).", example: "2027-03-04T09:00:00+01:00" });

export const CourseBody = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(300),
    description: z.string().max(10_000).default(""),
    topics: z.array(z.enum(COURSE_TOPICS)).min(1),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1),
    level: z.enum(COURSE_LEVELS),
    format: z.enum(COURSE_FORMATS),
    duration: z.string().max(200).default(""),
    priceCents: z.int().min(0).max(MAX_PRICE_CENTS).meta({ description: "Price per participant in euro cents; 0 is free." }),
    leadsTo: z.string().max(200).default(""),
    published: z.boolean().default(false).meta({ description: "Publish the course (a published course stays published)." }),
  })
  .meta({ id: "CourseBody", description: "A course as the provider's system keeps it." });

export const CourseWritten = z
  .object({ externalId: z.string(), slug: z.string(), url: z.url(), created: z.boolean() })
  .meta({ id: "CourseWritten", description: "The course as saved: its slug and page on Technohub, and whether this put made it." });

export const SessionBody = z
  .strictObject({
    startsAt: timestamp,
    endsAt: timestamp,
    registrationDeadline: timestamp.meta({ description: "Registration closes at this moment (at the latest the start)." }),
    capacity: z.int().min(1).max(MAX_CAPACITY).meta({ description: "Places. Lower than the places already taken is a 409." }),
    minParticipants: z.int().min(0).max(MAX_CAPACITY).default(0),
    address: z.string().max(200).optional(),
    place: z.string().max(100).optional().meta({ description: "The town; without it (and without an address) the session is online." }),
  })
  .superRefine((v, ctx) => {
    if (Date.parse(v.endsAt) <= Date.parse(v.startsAt)) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "courses.error.endAfterStart" });
    if (Date.parse(v.registrationDeadline) > Date.parse(v.startsAt)) ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "courses.error.deadlineBeforeSession" });
    if (v.minParticipants > v.capacity) ctx.addIssue({ code: "custom", path: ["minParticipants"], message: "courses.error.minAboveCapacity" });
    if (v.address && !v.place) ctx.addIssue({ code: "custom", path: ["place"], message: "courses.error.place" });
  })
  .meta({ id: "SessionBody", description: "A session of a course as the provider's system keeps it." });

/** A session body as the courses' use-cases take it. */
export function sessionInputOf(body: z.output<typeof SessionBody>) {
  return {
    startsAt: new Date(body.startsAt),
    endsAt: new Date(body.endsAt),
    registrationDeadline: new Date(body.registrationDeadline),
    locationId: null,
    address: body.address || null,
    place: body.place || null,
    capacity: body.capacity,
    minParticipants: body.minParticipants,
  };
}

export const SessionWritten = z
  .object({ externalId: z.string(), courseExternalId: z.string(), created: z.boolean() })
  .meta({ id: "SessionWritten", description: "The session as saved, and whether this put made it." });

export const RegistrationList = z
  .object({
    registrations: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        email: z.email(),
        status: z.enum(REGISTRATION_STATUSES),
        waitlistPosition: z.int().nullable(),
        company: z.string().nullable().meta({ description: "The employer that registered the participant, if any." }),
        registeredAt: timestamp,
      }),
    ),
  })
  .meta({ id: "RegistrationList", description: "Everyone registered for a session: places first, then the waiting list in order, then the rest." });

export const OfferBody = z
  .strictObject({
    kind: z.enum(OFFER_KINDS),
    title: z.string().trim().min(1).max(LIMITS.title),
    description: z.string().max(LIMITS.description).default(""),
    topics: z.array(z.string().max(60)).max(20).default([]).meta({ description: "Topic slugs the platform knows (an unknown one is a 400)." }),
    tags: z.array(z.string().trim().toLowerCase().min(1).max(LIMITS.tag)).max(LIMITS.tags).default([]),
    levels: z.array(z.enum(LESSON_LEVELS)).min(1),
    groupSizeMin: z.int().min(1).max(500).default(1),
    groupSizeMax: z.int().min(1).max(500).default(30),
    durationMinutes: z.int().min(1).max(24 * 60).default(60),
    locations: z.array(z.enum(OFFER_LOCATIONS)).min(1),
    travelRadiusKm: z.int().min(0).max(200).default(25),
    weekdays: z.array(z.int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]).meta({ description: "ISO weekdays (1 Monday … 7 Sunday)." }),
    blackouts: z.array(calendarDay).max(366).default([]).meta({ description: "Dates (YYYY-MM-DD) the offer is not available." }),
    maxPerMonth: z.int().min(1).max(1000).nullable().default(null),
    language: z.enum(OFFER_LANGUAGES).default("nl"),
    contactName: z.string().max(LIMITS.name).nullable().default(null),
    contactEmail: z.email().max(LIMITS.email).nullable().default(null),
    preparationTips: z.string().max(LIMITS.freeText).default(""),
    published: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.groupSizeMax < v.groupSizeMin) ctx.addIssue({ code: "custom", path: ["groupSizeMax"], message: "offerForm.error.groupSizeMax" });
  })
  .meta({ id: "OfferBody", description: "A guest lesson or company visit as the company's system keeps it." });

export const OfferWritten = z
  .object({ externalId: z.string(), id: z.uuid(), status: z.enum(["draft", "published", "archived"]), url: z.url(), created: z.boolean() })
  .meta({ id: "OfferWritten", description: "The offer as saved, its page on Technohub, and whether this put made it." });
