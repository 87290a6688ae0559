import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, network, networkLocation, networkMember, networkPartner, offer, organisation, user as userTable } from "~/db/schema/index.ts";
import { allows } from "~/domain/permissions.ts";
import { notFound } from "~/domain/errors.ts";
import { rolesOf } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type OrganisationRecord = typeof organisation.$inferSelect;

/**
 * The public profile of an organisation: its facts, the networks it takes
 * part in (as partner or member), the network locations it hosts, and — only
 * for its own members and platform admins — who works there.
 */
export async function getOrganisation(services: AppServices, actor: Actor, input: { slug: string }) {
  const { slug } = input;
  const { db } = services;
  const [org] = await db.select().from(organisation).where(eq(organisation.slug, slug)).limit(1);
  if (!org) throw notFound("organisations.notFound");

  const roles = await rolesOf(db, actor, { organisationId: org.id });
  const canViewMembers = allows("organisation.view_members", roles);

  const [partnerships, memberships, locations, members, openOffer] = await Promise.all([
    db
      .select({ slug: network.slug, name: network.name, role: networkPartner.role })
      .from(networkPartner)
      .innerJoin(network, eq(network.id, networkPartner.networkId))
      .where(and(eq(networkPartner.organisationId, org.id), activeNetwork()))
      .orderBy(desc(networkPartner.role), asc(network.name)),
    db
      .select({ slug: network.slug, name: network.name, joinedAt: networkMember.joinedAt })
      .from(networkMember)
      .innerJoin(network, eq(network.id, networkMember.networkId))
      .where(and(eq(networkMember.organisationId, org.id), activeNetwork()))
      .orderBy(asc(network.name)),
    db
      .select({
        id: networkLocation.id,
        name: networkLocation.name,
        kind: networkLocation.kind,
        place: networkLocation.place,
        networkSlug: network.slug,
        networkName: network.name,
      })
      .from(networkLocation)
      .innerJoin(network, eq(network.id, networkLocation.networkId))
      .where(and(eq(networkLocation.organisationId, org.id), activeNetwork()))
      .orderBy(asc(network.name), asc(networkLocation.name)),
    canViewMembers
      ? db
          .select({ name: userTable.name, role: membership.role })
          .from(membership)
          .innerJoin(userTable, eq(userTable.id, membership.userId))
          .where(and(eq(membership.organisationId, org.id)))
          .orderBy(asc(membership.role), asc(userTable.name))
      : Promise.resolve(null),
    // Whether a teacher can ask it for a guest lesson (the request form's `organisatie`): one published offer is enough.
    db
      .select({ id: offer.id })
      .from(offer)
      .where(and(eq(offer.organisationId, org.id), eq(offer.status, "published"), isNull(offer.hiddenAt)))
      .limit(1),
  ]);

  // A partner usually counts as a member too; naming the network twice says nothing new.
  const partnerIn = new Set(partnerships.map((p) => p.slug));
  return {
    organisation: org,
    partnerships,
    memberships: memberships.filter((m) => !partnerIn.has(m.slug)),
    locations,
    takesRequests: openOffer.length > 0,
    // Names and roles only: the page shows no more, so no user id leaves the server.
    members: members?.map((m, i) => ({ key: i, name: m.name, role: m.role })) ?? null,
    permissions: {
      canEdit: allows("organisation.edit", roles),
      canViewMembers,
      canManageMembers: allows("organisation.manage_members", roles),
      canManageWebhooks: allows("webhook.manage", roles),
      canBuildWidget: allows("widget.build", roles),
      canManageApiKeys: allows("api_key.manage", roles),
    },
  };
}

export type OrganisationProfile = Awaited<ReturnType<typeof getOrganisation>>;
