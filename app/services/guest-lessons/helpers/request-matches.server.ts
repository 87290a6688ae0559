import type { AppServices } from "~/context.ts";
import type { lessonRequest } from "~/db/schema/index.ts";
import { mismatches } from "~/domain/guest-lessons/mismatches.ts";
import type { LessonLevel } from "~/domain/guest-lessons/vocabulary.ts";
import { searchMatchingOffers } from "../search-matching-offers.server.ts";

type RequestRow = typeof lessonRequest.$inferSelect;

/**
 * The ranked offers for a stored request, as the request page ranks them (the same suggestion
 * query): within reach of the school, best first, each with its reasons.
 */
export async function matchesForRequest(services: Pick<AppServices, "db">, r: RequestRow, options: { limit: number; excludeOfferIds?: string[] }) {
  return searchMatchingOffers(services, null, {
    request: {
      kind: r.kind,
      topics: r.topics,
      freeText: r.freeText,
      hasText: r.freeText !== "",
      level: r.level as LessonLevel,
      pupils: r.pupils,
      groups: r.groups,
      place: r.place,
      lat: r.lat,
      lon: r.lon,
      maxTravelKm: r.maxTravelKm,
      dateOptions: r.dateOptions,
      periodFrom: r.periodFrom,
      periodUntil: r.periodUntil,
    },
    limit: options.limit,
    excludeOfferIds: options.excludeOfferIds,
  });
}

/** What does not fit between an offer's limits and the request's class (group size, level). */
export function mismatchesFor(limits: { levels: readonly string[]; groupSizeMin: number; groupSizeMax: number }, r: Pick<RequestRow, "level" | "pupils" | "groups">) {
  return mismatches(limits, { level: r.level, pupils: r.pupils, groups: r.groups });
}
