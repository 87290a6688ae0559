import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkChangeProposal, networkHistory, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { isProfileFieldName, type ProfileFieldName, type ProfileValue } from "~/domain/networks/profile-fields.ts";
import { changedFields } from "~/domain/networks/proposal.ts";

export type HistoryEntry = {
  id: string;
  at: Date;
  /** Whether the change came from a "Is dit jouw PPS?" proposal (else a direct edit). */
  fromProposal: boolean;
  /** Who proposed the change (null for a direct edit or a deleted account). */
  proposerName: string | null;
  /** Who made it happen: the coordinator who accepted, or whoever edited directly. */
  actorName: string | null;
  changes: { name: ProfileFieldName; from: ProfileValue; to: ProfileValue }[];
};

/** Public: every accepted change to a network's profile, newest first. */
export async function listNetworkHistory(services: Pick<AppServices, "db">, _actor: Actor, input: { slug: string; limit?: number }) {
  const { slug, limit = 200 } = input;
  const [found] = await services.db.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, slug)).limit(1);
  if (!found) throw notFound();
  const actor = alias(user, "actor");
  const proposer = alias(user, "proposer");
  const rows = await services.db
    .select({
      id: networkHistory.id,
      at: networkHistory.createdAt,
      changes: networkHistory.changes,
      proposalId: networkHistory.proposalId,
      actorName: actor.name,
      proposerName: proposer.name,
    })
    .from(networkHistory)
    .leftJoin(actor, eq(actor.id, networkHistory.actorId))
    .leftJoin(networkChangeProposal, eq(networkChangeProposal.id, networkHistory.proposalId))
    .leftJoin(proposer, eq(proposer.id, networkChangeProposal.proposerId))
    .where(eq(networkHistory.networkId, found.id))
    .orderBy(desc(networkHistory.createdAt), desc(networkHistory.id))
    .limit(limit);
  const entries: HistoryEntry[] = rows.map((row) => ({
    id: row.id,
    at: row.at,
    fromProposal: row.proposalId !== null,
    proposerName: row.proposerName,
    actorName: row.actorName,
    changes: changedFields(row.changes)
      .filter(isProfileFieldName)
      .map((name) => ({ name, from: row.changes[name]!.from as ProfileValue, to: row.changes[name]!.to as ProfileValue })),
  }));
  return { network: found, entries };
}
