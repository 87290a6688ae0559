/**
 * Courses as the API offers them (ADR 028): the catalogue of /cursussen (published courses with an
 * upcoming session), with the same filters in the API's words.
 */
import { z } from "zod";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS } from "../courses/vocabulary.ts";
import type { CourseFilters } from "../courses/search-query.ts";
import { PageInfo, PageLinks, pageQuery } from "./paging.ts";

/** The page offers up to 100 km; a little more costs the query nothing. */
const MAX_RADIUS_KM = 200;

export const CourseListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().meta({ description: "Words in the title or description.", example: "plc" }),
  topic: z.enum(COURSE_TOPICS).optional(),
  level: z.enum(COURSE_LEVELS).optional(),
  format: z.enum(COURSE_FORMATS).optional(),
  near: z.string().trim().min(1).max(100).optional().meta({ description: "A place: only sessions within `radiusKm` of it.", example: "Utrecht" }),
  radiusKm: z.coerce.number().int().min(1).max(MAX_RADIUS_KM).default(25).meta({ description: "Radius around `near` in km.", example: 25 }),
  from: z.iso.date().optional().meta({ description: "Sessions starting on or after this day.", example: "2026-09-01" }),
  until: z.iso.date().optional().meta({ description: "Sessions starting on or before this day.", example: "2026-12-31" }),
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

export const CourseList = z.object({ courses: z.array(Course), page: PageInfo, links: PageLinks }).meta({ id: "CourseList" });
