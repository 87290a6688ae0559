import { and, desc, eq, exists, isNull, or, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkMember, networkPartner, offer, organisation } from "~/db/schema/index.ts";

export type PublishedOffer = { id: string; title: string; kind: string; organisationName: string; place: string | null };

/** The most a caller may ask for at once: a short list, not a way around the catalogue's pages. */
export const PUBLISHED_OFFERS_MAX = 50;

/**
 * The newest public offers of one organisation, or of every organisation that takes part in a
 * network (partner or member): what the catalogue /aanbod shows (published, not hidden by a
 * moderator), without its search. For lists on other sites (the widgets, ADR 030).
 */
export async function listPublishedOffers(
  services: Pick<AppServices, "db">,
  _actor: Actor,
  input: { organisationId?: string; networkId?: string; limit: number },
): Promise<PublishedOffer[]> {
  const { db } = services;
  const scope: SQL[] = [];
  if (input.organisationId) scope.push(eq(offer.organisationId, input.organisationId));
  if (input.networkId) {
    scope.push(
      or(
        exists(db.select({ one: networkPartner.organisationId }).from(networkPartner).where(and(eq(networkPartner.networkId, input.networkId), eq(networkPartner.organisationId, offer.organisationId)))),
        exists(db.select({ one: networkMember.organisationId }).from(networkMember).where(and(eq(networkMember.networkId, input.networkId), eq(networkMember.organisationId, offer.organisationId)))),
      )!,
    );
  }
  if (scope.length === 0) return [];
  return db
    .select({ id: offer.id, title: offer.title, kind: offer.kind, organisationName: organisation.name, place: offer.place })
    .from(offer)
    .innerJoin(organisation, eq(organisation.id, offer.organisationId))
    .where(and(eq(offer.status, "published"), isNull(offer.hiddenAt), ...scope))
    .orderBy(desc(offer.publishedAt), offer.id)
    .limit(Math.max(0, Math.min(input.limit, PUBLISHED_OFFERS_MAX)));
}
