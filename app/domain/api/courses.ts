/**
 * Courses as the API offers them (ADR 028): the catalogue of /cursussen (published courses with an
 * upcoming session), with the same filters in the API's words.
 */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, SESSION_STATUSES } from "../courses/vocabulary.ts";
import type { CourseFilters } from "../courses/search-query.ts";
import { PageInfo, PageLinks, pageQuery, pagingQuery } from "./paging.ts";
import { calendarDay, DEFAULT_RADIUS_KM, radiusKm, slugPath } from "./params.ts";

export const CourseListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().meta({ description: "Words in the title or description.", example: "plc" }),
  topic: z.enum(COURSE_TOPICS).optional(),
  level: z.enum(COURSE_LEVELS).optional(),
  format: z.enum(COURSE_FORMATS).optional(),
  near: z.string().trim().min(1).max(100).optional().meta({ description: "A place: only sessions within `radiusKm` of it.", example: "Utrecht" }),
  radiusKm: radiusKm.default(DEFAULT_RADIUS_KM).meta({ description: "Radius around `near` in km.", example: DEFAULT_RADIUS_KM }),
  from: calendarDay.optional().meta({ description: "Sessions starting on or after this day.", example: "2026-09-01" }),
  until: calendarDay.optional().meta({ description: "Sessions starting on or before this day.", example: "2026-12-31" }),
  provider: z.string().trim().min(1).max(100).optional().meta({ description: "The provider's slug." }),
  network: z.string().trim().min(1).max(100).optional().meta({ description: "The network's slug." }),
  ...pageQuery,
});
export type CourseListQuery = z.infer<typeof CourseListQuery>;

export function courseFilters(query: CourseListQuery): CourseFilters {
  return {
    q: query.q ?? "",
    topic: query.topic,
    level: query.level,
    format: query.format,
    place: query.near ?? "",
    distanceKm: query.radiusKm,
    from: query.from,
    until: query.until,
    provider: query.provider ?? "",
    providerName: "",
    network: query.network ?? "",
    page: query.page,
  };
}

export const Course = z
  .object({
    slug: z.string().meta({ example: "plc-programmeren-basis" }),
    title: z.string(),
    summary: z.string(),
    format: z.enum(COURSE_FORMATS),
    level: z.enum(COURSE_LEVELS),
    priceCents: z.int().min(0).meta({ description: "Price in euro cents (0: free).", example: 0 }),
    topics: z.array(z.string()),
    provider: z.object({ slug: z.string(), name: z.string() }),
    nextSession: z
      .object({
        startsAt: z.iso.datetime({ offset: true }),
        endsAt: z.iso.datetime({ offset: true }).nullable(),
        place: z.string().nullable(),
        freePlaces: z.int().min(0).nullable().meta({ description: "Places still free (null: no limit)." }),
        distanceKm: z.int().min(0).nullable().meta({ description: "From `near`, when given." }),
      })
      .nullable(),
    upcomingSessions: z.int().min(0),
    url: z.url().meta({ description: "The course's page on Technohub." }),
  })
  .meta({ id: "Course", description: "A published course with its next fitting session." });

export const CourseList = z.object({ courses: itemsOf(Course), page: PageInfo, links: PageLinks }).meta({ id: "CourseList" });

export const CourseSessionsParams = z.strictObject({ slug: slugPath.meta({ description: "The course's slug, as in its page's address.", example: "plc-programmeren-basis" }) });
export const CourseSessionsQuery = z.strictObject({ ...pagingQuery });

export const CourseSession = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    registrationDeadline: z.iso.datetime({ offset: true }).meta({ description: "Registration closes at this moment." }),
    status: z.enum(SESSION_STATUSES).meta({ description: "A cancelled session stays listed until its end, so a client sees it go." }),
    location: z.string().meta({ description: "The hub, or the address and town; `Online` for an online session.", example: "Techniekhuis, Utrecht" }),
    online: z.boolean(),
    capacity: z.int().min(1),
    freePlaces: z.int().min(0).meta({ description: "Places still free; at 0 a registration goes on the waiting list." }),
    waitingList: z.int().min(0).meta({ description: "People on the waiting list." }),
    registrationOpen: z.boolean().meta({ description: "Scheduled and before its registration deadline." }),
  })
  .meta({ id: "CourseSession", description: "A session of a published course that has not ended yet." });

export const CourseSessionList = z
  .object({ sessions: itemsOf(CourseSession), course: z.object({ slug: z.string(), title: z.string(), url: z.url() }), page: PageInfo, links: PageLinks })
  .meta({ id: "CourseSessionList", description: "The sessions of one course that have not ended, earliest first, as its page shows them." });
