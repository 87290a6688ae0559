import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { joinRequest, network, networkChangeProposal, networkCoordinator, organisation, user } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { changedFields } from "~/domain/networks/proposal.ts";
import type { ProfileFieldName } from "~/domain/networks/profile-fields.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

export type InboxNetwork = {
  id: string;
  slug: string;
  name: string;
  proposals: { id: string; createdAt: Date; proposerName: string | null; fields: ProfileFieldName[] }[];
  joinRequests: { id: string; createdAt: Date; organisationName: string; requesterName: string | null }[];
};

export type CoordinatorInbox = {
  /** True for a platform admin: networks without open items are left out to keep the list short. */
  allNetworks: boolean;
  networks: InboxNetwork[];
  now: Date;
};

/**
 * What waits for a coordinator: per network they coordinate, the pending
 * change proposals and join requests, oldest first. A platform admin sees
 * every network that has something waiting.
 */
export async function listCoordinatorInbox(services: AppServices, actor: Actor): Promise<CoordinatorInbox> {
  if (!actor) throw forbidden();
  // Held without a scope: every network's proposals and requests (a platform admin).
  const admin = await can(services.db, actor, "network.view_proposals_everywhere");
  const own = await services.db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(and(eq(networkCoordinator.userId, actor.id), activeNetwork()))
    .orderBy(asc(network.name));
  if (!admin && own.length === 0) throw forbidden("coordination.error.notCoordinator");

  const scope = admin ? undefined : own.map((n) => n.id);
  const proposals = await services.db
    .select({
      id: networkChangeProposal.id,
      networkId: networkChangeProposal.networkId,
      createdAt: networkChangeProposal.createdAt,
      changes: networkChangeProposal.changes,
      proposerName: user.name,
    })
    .from(networkChangeProposal)
    .leftJoin(user, eq(user.id, networkChangeProposal.proposerId))
    .where(and(eq(networkChangeProposal.status, "pending"), scope ? inArray(networkChangeProposal.networkId, scope) : undefined))
    .orderBy(asc(networkChangeProposal.createdAt), asc(networkChangeProposal.id));
  const requests = await services.db
    .select({
      id: joinRequest.id,
      networkId: joinRequest.networkId,
      createdAt: joinRequest.createdAt,
      organisationName: organisation.name,
      requesterName: user.name,
    })
    .from(joinRequest)
    .innerJoin(organisation, eq(organisation.id, joinRequest.organisationId))
    .leftJoin(user, eq(user.id, joinRequest.requesterId))
    .where(and(eq(joinRequest.status, "pending"), scope ? inArray(joinRequest.networkId, scope) : undefined))
    .orderBy(asc(joinRequest.createdAt), asc(joinRequest.id));

  let listed = own;
  if (admin) {
    const ownIds = new Set(own.map((n) => n.id));
    const waiting = [...new Set([...proposals, ...requests].map((item) => item.networkId))].filter((id) => !ownIds.has(id));
    const others = waiting.length
      ? await services.db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(and(inArray(network.id, waiting), activeNetwork()))
      : [];
    listed = [...own, ...others.sort((a, b) => a.name.localeCompare(b.name, "nl"))];
  }
  return {
    allNetworks: admin,
    now: services.clock.now(),
    networks: listed.map((n) => ({
      ...n,
      proposals: proposals
        .filter((p) => p.networkId === n.id)
        .map((p) => ({ id: p.id, createdAt: p.createdAt, proposerName: p.proposerName, fields: changedFields(p.changes) })),
      joinRequests: requests
        .filter((r) => r.networkId === n.id)
        .map((r) => ({ id: r.id, createdAt: r.createdAt, organisationName: r.organisationName, requesterName: r.requesterName })),
    })),
  };
}
