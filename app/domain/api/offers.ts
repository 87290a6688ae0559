/**
 * Guest-lesson offers as the API offers them (ADR 028): the catalogue of /aanbod (published,
 * not hidden), with its filters in the API's words. `near` finds the offers that reach a place
 * (each company's own travel radius, and online ones), nearest first; `radiusKm` keeps only those
 * located within that distance of it, as `radiusKm` does for courses.
 */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LOCATIONS } from "../guest-lessons/vocabulary.ts";
import type { OfferFilters } from "../guest-lessons/catalogue-query.ts";
import { PageInfo, PageLinks, pageQuery } from "./paging.ts";
import { DEFAULT_RADIUS_KM, radiusKm } from "./params.ts";

export const OfferListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().meta({ description: "Words to search for.", example: "lassen" }),
  kind: z.enum(OFFER_KINDS).optional(),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().meta({ description: "A topic's slug.", example: "installatietechniek" }),
  level: z.enum(LESSON_LEVELS).optional(),
  location: z.enum(OFFER_LOCATIONS).optional().meta({ description: "Where the lesson takes place." }),
  near: z.string().trim().min(1).max(100).optional().meta({ description: "A place: offers that reach it (or are online), nearest first.", example: "Utrecht" }),
  // No default, unlike courses: `near` alone keeps answering every offer that reaches the place (online ones too), as before 1.2.0.
  radiusKm: radiusKm
    .optional()
    .meta({ description: "With `near` only: just the offers located within this many km of it that meet in person (online offers are left out). Without it, every offer that reaches the place.", example: DEFAULT_RADIUS_KM }),
  ...pageQuery,
});
export type OfferListQuery = z.infer<typeof OfferListQuery>;

export function offerFilters(query: OfferListQuery): OfferFilters {
  return {
    q: query.q ?? "",
    kind: query.kind ?? null,
    topic: query.topic ?? null,
    level: query.level ?? null,
    location: query.location ?? null,
    near: query.near ?? "",
    radiusKm: query.radiusKm ?? null,
    page: query.page,
    pageIgnored: false,
  };
}

export const Offer = z
  .object({
    id: z.uuid(),
    title: z.string().meta({ example: "Gastles lassen" }),
    kind: z.enum(OFFER_KINDS),
    organisation: z.object({ name: z.string() }),
    place: z.string().nullable(),
    topics: z.array(z.string()),
    levels: z.array(z.string()),
    locations: z.array(z.enum(OFFER_LOCATIONS)),
    distanceKm: z.number().min(0).nullable().meta({ description: "From `near`, when given, in km to one decimal (null: online)." }),
    url: z.url().meta({ description: "The offer's page on Technohub." }),
  })
  .meta({ id: "Offer", description: "A guest lesson, company visit or other offer of a company or provider." });

export const OfferList = z
  .object({ offers: itemsOf(Offer), page: PageInfo, links: PageLinks, more: z.boolean().meta({ description: "More matched than are counted (the count stops at a cap)." }) })
  .meta({ id: "OfferList" });
