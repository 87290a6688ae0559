import { and, eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { joinRequest, membership, network, networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";

export type JoinStanding = "available" | "member" | "partner" | "pending";

export type JoinOptions = {
  network: { id: string; slug: string; name: string };
  /** The organisations the user administers, and where each stands with this network. */
  organisations: { id: string; name: string; standing: JoinStanding }[];
};

/** What the "Ook deelnemen?" form offers: the user's own organisations (as admin). */
export async function getJoinOptions(services: AppServices, actor: SessionUser, input: { slug: string }): Promise<JoinOptions> {
  const [found] = await services.db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, input.slug)).limit(1);
  if (!found) throw notFound();
  const orgs = await services.db
    .select({ id: organisation.id, name: organisation.name })
    .from(membership)
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, actor.id), eq(membership.role, "admin")))
    .orderBy(organisation.name);
  if (orgs.length === 0) return { network: found, organisations: [] };
  const ids = orgs.map((o) => o.id);
  const [members, partners, pending] = await Promise.all([
    services.db
      .select({ id: networkMember.organisationId })
      .from(networkMember)
      .where(and(eq(networkMember.networkId, found.id), inArray(networkMember.organisationId, ids))),
    services.db
      .select({ id: networkPartner.organisationId })
      .from(networkPartner)
      .where(and(eq(networkPartner.networkId, found.id), inArray(networkPartner.organisationId, ids))),
    services.db
      .select({ id: joinRequest.organisationId })
      .from(joinRequest)
      .where(and(eq(joinRequest.networkId, found.id), eq(joinRequest.status, "pending"), inArray(joinRequest.organisationId, ids))),
  ]);
  const standing = (id: string): JoinStanding =>
    partners.some((p) => p.id === id) ? "partner" : members.some((m) => m.id === id) ? "member" : pending.some((p) => p.id === id) ? "pending" : "available";
  return { network: found, organisations: orgs.map((o) => ({ ...o, standing: standing(o.id) })) };
}
