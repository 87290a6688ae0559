import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkChangeProposal, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { ProfileFieldName, ProfileValue } from "~/domain/networks/profile-fields.ts";
import { changedFields, readChanges, staleFields } from "~/domain/networks/proposal.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { profileColumns, toProfile } from "./helpers/profile-values.server.ts";

export type ProposalReview = {
  id: string;
  status: "pending" | "accepted" | "rejected";
  note: string;
  reason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  proposer: { name: string; email: string } | null;
  decidedBy: string | null;
  network: { id: string; slug: string; name: string };
  /** Per changed field: what the proposer saw, what they propose, and what the profile holds now. */
  fields: { name: ProfileFieldName; baseline: ProfileValue; proposed: ProfileValue; current: ProfileValue; stale: boolean }[];
};

/** One proposal with its field-by-field diff, for the coordinator of its network (or a platform admin). */
export async function getChangeProposal(services: AppServices, actor: Actor, input: { proposalId: string }): Promise<ProposalReview> {
  const { proposalId } = input;
  if (!isUuid(proposalId)) throw notFound();
  const proposer = alias(user, "proposer");
  const decider = alias(user, "decider");
  const [row] = await services.db
    .select({
      proposal: networkChangeProposal,
      proposerName: proposer.name,
      proposerEmail: proposer.email,
      deciderName: decider.name,
      network: { id: network.id, slug: network.slug, ...profileColumns },
    })
    .from(networkChangeProposal)
    .innerJoin(network, eq(network.id, networkChangeProposal.networkId))
    .leftJoin(proposer, eq(proposer.id, networkChangeProposal.proposerId))
    .leftJoin(decider, eq(decider.id, networkChangeProposal.decidedById))
    .where(eq(networkChangeProposal.id, proposalId))
    .limit(1);
  if (!row) throw notFound();
  await requirePermission(services.db, actor, "network.decide_change", { networkId: row.network.id });

  const current = toProfile(row.network);
  const proposed = readChanges(row.proposal.changes);
  const baseline = readChanges(row.proposal.baseline);
  const stale = new Set(staleFields(current, baseline));
  const p = row.proposal;
  return {
    id: p.id,
    status: p.status,
    note: p.note,
    reason: p.reason,
    createdAt: p.createdAt,
    decidedAt: p.decidedAt,
    proposer: row.proposerName && row.proposerEmail ? { name: row.proposerName, email: row.proposerEmail } : null,
    decidedBy: row.deciderName,
    network: { id: row.network.id, slug: row.network.slug, name: row.network.name },
    fields: changedFields(proposed).map((name) => ({
      name,
      baseline: name in baseline ? baseline[name]! : current[name],
      proposed: proposed[name]!,
      current: current[name],
      stale: stale.has(name),
    })),
  };
}
