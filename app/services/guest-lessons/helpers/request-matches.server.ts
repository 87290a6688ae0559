import { eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import { organisation, type lessonRequest } from "~/db/schema/index.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { vogCheckDate } from "~/domain/guest-lessons/vog.ts";
import { mismatches } from "~/domain/guest-lessons/mismatches.ts";
import type { LessonLevel } from "~/domain/guest-lessons/vocabulary.ts";
import { searchMatchingOffers } from "../search-matching-offers.server.ts";

type RequestRow = typeof lessonRequest.$inferSelect;

/**
 * The ranked offers for a stored request, as the request page ranks them (the same suggestion
 * query): within reach of the school, best first, each with its reasons, among them whether the
 * guest teacher's VOG meets the school's requirement on the last day asked.
 */
export async function matchesForRequest(services: Pick<AppServices, "db" | "clock">, r: RequestRow, options: { limit: number; excludeOfferIds?: string[] }) {
  const [school] = await services.db.select({ vogRequired: organisation.vogRequired }).from(organisation).where(eq(organisation.id, r.schoolOrganisationId)).limit(1);
  const onDate = vogCheckDate(amsterdamToday(services.clock.now()), r.dateOptions.map((d) => d.date), r.periodUntil);
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
      vog: { required: school?.vogRequired ?? false, onDate },
    },
    limit: options.limit,
    excludeOfferIds: options.excludeOfferIds,
  });
}

/** What does not fit between an offer's limits and the request's class (group size, level). */
export function mismatchesFor(limits: { levels: readonly string[]; groupSizeMin: number; groupSizeMax: number }, r: Pick<RequestRow, "level" | "pupils" | "groups">) {
  return mismatches(limits, { level: r.level, pupils: r.pupils, groups: r.groups });
}
