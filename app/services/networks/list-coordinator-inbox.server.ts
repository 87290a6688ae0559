import { and, asc, count, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { joinRequest, network, networkChangeProposal, networkCoordinator, organisation, user } from "~/db/schema/index.ts";
import { paging, type Paging } from "~/domain/common/paging.ts";
import { forbidden } from "~/domain/errors.ts";
import { changedFields } from "~/domain/networks/proposal.ts";
import type { ProfileFieldName } from "~/domain/networks/profile-fields.ts";
import { can } from "~/services/common/permissions.server.ts";
import { activeNetwork } from "~/services/common/networks.server.ts";

/** Networks per page: a platform admin may have hundreds with something waiting. */
export const INBOX_NETWORKS_PAGE_SIZE = 20;
/** Per network and kind, the oldest this many are listed; the heading counts them all. */
export const INBOX_ITEMS_SHOWN = 10;

export type InboxNetwork = {
  id: string;
  slug: string;
  name: string;
  proposalCount: number;
  joinRequestCount: number;
  proposals: { id: string; createdAt: Date; proposerName: string | null; fields: ProfileFieldName[] }[];
  joinRequests: { id: string; createdAt: Date; organisationName: string; requesterName: string | null }[];
};

export type CoordinatorInbox = Paging & {
  /** True for a platform admin: networks without open items are left out to keep the list short. */
  allNetworks: boolean;
  networks: InboxNetwork[];
  now: Date;
};

/**
 * What waits for a coordinator: per network they coordinate, the pending change proposals and join
 * requests, oldest first. A platform admin sees every network that has something waiting. Networks
 * come a page at a time and each lists its oldest items, so neither the country's backlog nor one
 * network's decides the page's size.
 */
export async function listCoordinatorInbox(services: AppServices, actor: Actor, input: { page?: number } = {}): Promise<CoordinatorInbox> {
  if (!actor) throw forbidden();
  const { db } = services;
  // Held without a scope: every network's proposals and requests (a platform admin).
  const admin = await can(db, actor, "network.view_proposals_everywhere");
  const own = await db
    .select({ id: network.id, slug: network.slug, name: network.name })
    .from(networkCoordinator)
    .innerJoin(network, eq(network.id, networkCoordinator.networkId))
    .where(and(eq(networkCoordinator.userId, actor.id), activeNetwork()))
    .orderBy(asc(network.name));
  if (!admin && own.length === 0) throw forbidden("coordination.error.notCoordinator");

  let listed = own;
  if (admin) {
    const ownIds = own.map((n) => n.id);
    const waiting = or(
      inArray(network.id, db.select({ id: networkChangeProposal.networkId }).from(networkChangeProposal).where(eq(networkChangeProposal.status, "pending"))),
      inArray(network.id, db.select({ id: joinRequest.networkId }).from(joinRequest).where(eq(joinRequest.status, "pending"))),
    );
    const others = await db
      .select({ id: network.id, slug: network.slug, name: network.name })
      .from(network)
      .where(and(activeNetwork(), waiting, ownIds.length ? notInArray(network.id, ownIds) : undefined));
    listed = [...own, ...others.sort((a, b) => a.name.localeCompare(b.name, "nl"))];
  }
  const page = paging(input.page ?? 1, listed.length, INBOX_NETWORKS_PAGE_SIZE);
  const shown = listed.slice(page.offset, page.offset + INBOX_NETWORKS_PAGE_SIZE);
  const ids = shown.map((n) => n.id);
  if (ids.length === 0) return { ...page, allNetworks: admin, now: services.clock.now(), networks: [] };

  // The oldest few per network: numbered within each network, cut in SQL.
  const proposalRank = sql<number>`row_number() over (partition by ${networkChangeProposal.networkId} order by ${networkChangeProposal.createdAt}, ${networkChangeProposal.id})`.as("rank");
  const rankedProposals = db
    .select({
      id: networkChangeProposal.id,
      networkId: networkChangeProposal.networkId,
      createdAt: networkChangeProposal.createdAt,
      changes: networkChangeProposal.changes,
      proposerName: sql<string | null>`${user.name}`.as("proposer_name"),
      rank: proposalRank,
    })
    .from(networkChangeProposal)
    .leftJoin(user, eq(user.id, networkChangeProposal.proposerId))
    .where(and(eq(networkChangeProposal.status, "pending"), inArray(networkChangeProposal.networkId, ids)))
    .as("ranked_proposal");
  const proposals = await db.select().from(rankedProposals).where(sql`${rankedProposals.rank} <= ${INBOX_ITEMS_SHOWN}`).orderBy(asc(rankedProposals.createdAt), asc(rankedProposals.id));
  const requestRank = sql<number>`row_number() over (partition by ${joinRequest.networkId} order by ${joinRequest.createdAt}, ${joinRequest.id})`.as("rank");
  const rankedRequests = db
    .select({
      id: joinRequest.id,
      networkId: joinRequest.networkId,
      createdAt: joinRequest.createdAt,
      organisationName: sql<string>`${organisation.name}`.as("organisation_name"),
      requesterName: sql<string | null>`${user.name}`.as("requester_name"),
      rank: requestRank,
    })
    .from(joinRequest)
    .innerJoin(organisation, eq(organisation.id, joinRequest.organisationId))
    .leftJoin(user, eq(user.id, joinRequest.requesterId))
    .where(and(eq(joinRequest.status, "pending"), inArray(joinRequest.networkId, ids)))
    .as("ranked_request");
  const requests = await db.select().from(rankedRequests).where(sql`${rankedRequests.rank} <= ${INBOX_ITEMS_SHOWN}`).orderBy(asc(rankedRequests.createdAt), asc(rankedRequests.id));
  const proposalCounts = await db
    .select({ networkId: networkChangeProposal.networkId, n: count() })
    .from(networkChangeProposal)
    .where(and(eq(networkChangeProposal.status, "pending"), inArray(networkChangeProposal.networkId, ids)))
    .groupBy(networkChangeProposal.networkId);
  const requestCounts = await db
    .select({ networkId: joinRequest.networkId, n: count() })
    .from(joinRequest)
    .where(and(eq(joinRequest.status, "pending"), inArray(joinRequest.networkId, ids)))
    .groupBy(joinRequest.networkId);

  return {
    ...page,
    allNetworks: admin,
    now: services.clock.now(),
    networks: shown.map((n) => ({
      ...n,
      proposalCount: proposalCounts.find((c) => c.networkId === n.id)?.n ?? 0,
      joinRequestCount: requestCounts.find((c) => c.networkId === n.id)?.n ?? 0,
      proposals: proposals
        .filter((p) => p.networkId === n.id)
        .map((p) => ({ id: p.id, createdAt: new Date(p.createdAt), proposerName: p.proposerName, fields: changedFields(p.changes) })),
      joinRequests: requests
        .filter((r) => r.networkId === n.id)
        .map((r) => ({ id: r.id, createdAt: new Date(r.createdAt), organisationName: r.organisationName, requesterName: r.requesterName })),
    })),
  };
}
