import { eq } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { organisation } from "~/db/schema/index.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { offerProblems, type OfferInput } from "~/domain/guest-lessons/forms.ts";
import { offerSearchText } from "~/domain/guest-lessons/search-text.ts";
import { matchWords } from "~/domain/guest-lessons/match-ceiling.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { OFFERING_KINDS } from "./acting-organisations.server.ts";
import { loadTopics, topicNamer } from "./topics.server.ts";

/**
 * Checks that the user may publish for the organisation and that the input holds, and returns
 * the columns to write: the organisation's place and coordinates are copied onto the offer so
 * that matching needs no join.
 */
export async function offerColumns(db: Db, user: Actor, organisationId: string, input: OfferInput) {
  await requirePermission(db, user, "offer.manage", { organisationId });
  const [org] = await db
    .select({ name: organisation.name, kind: organisation.kind, place: organisation.place, lat: organisation.lat, lon: organisation.lon })
    .from(organisation)
    .where(eq(organisation.id, organisationId))
    .limit(1);
  if (!org) throw notFound("offerForm.error.organisation");
  if (!(OFFERING_KINDS as readonly string[]).includes(org.kind)) throw forbidden("offerForm.error.organisation");

  const topics = await loadTopics(db);
  const [field, message] = Object.entries(offerProblems(input, new Set(topics.map((t) => t.slug))))[0] ?? [];
  if (field && message) throw invalid(message, field);
  const inPerson = input.locations.some((l) => l !== "online");
  if (inPerson && (org.lat === null || org.lon === null)) throw invalid("offerForm.error.noLocation", "locations");

  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    topics: input.topics,
    tags: input.tags,
    levels: input.levels,
    groupSizeMin: input.groupSizeMin,
    groupSizeMax: input.groupSizeMax,
    durationMinutes: input.durationMinutes,
    locations: input.locations,
    travelRadiusKm: input.travelRadiusKm,
    lat: org.lat,
    lon: org.lon,
    place: org.place,
    weekdays: input.weekdays,
    availablePeriods: input.availablePeriods,
    blackoutDates: input.blackoutDates,
    maxPerMonth: input.maxPerMonth,
    language: input.language,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    preparationTips: input.preparationTips,
    searchText: offerSearchText(input, { topicName: topicNamer(topics), organisationName: org.name, place: org.place }),
    matchWords: matchWords(input),
  };
}
