import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkChangeProposal, user } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { applyChanges, changedFields, readChanges, valueText } from "~/domain/networks/proposal.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { absoluteUrl } from "../../lib/env.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { applyProfileChanges, profileColumns, toProfile } from "./helpers/profile-values.server.ts";
import { recordAudit } from "~/services/common/audit.server.ts";

export type NetworkChangeDecision = { proposalId: string; decision: "accept" | "reject"; reason?: string };

/**
 * The coordinator accepts or rejects a proposed change. The proposal row is
 * locked, so two coordinators deciding at once cannot both succeed; on
 * acceptance the profile, its search text and the history change together,
 * and the proposer's e-mail is part of the same transaction.
 */
export async function decideNetworkChange(services: AppServices, actor: Actor, input: NetworkChangeDecision) {
  if (!actor) throw forbidden();
  if (!isUuid(input.proposalId)) throw notFound();
  const [target] = await services.db
    .select({ networkId: networkChangeProposal.networkId })
    .from(networkChangeProposal)
    .where(eq(networkChangeProposal.id, input.proposalId))
    .limit(1);
  if (!target) throw notFound();
  await requirePermission(services.db, actor, "network.decide_change", { networkId: target.networkId });

  const reason = (input.reason ?? "").trim();
  if (input.decision === "reject" && reason === "") throw invalid("networks.proposals.error.reasonRequired", "reason");
  if (reason.length > 2000) throw invalid("networks.proposals.fieldError.tooLong.2000", "reason");

  return services.db.transaction(async (tx) => {
    const [proposal] = await tx.select().from(networkChangeProposal).where(eq(networkChangeProposal.id, input.proposalId)).for("update");
    if (!proposal) throw notFound();
    if (proposal.status !== "pending") throw conflict("networks.proposals.error.alreadyDecided");
    // Lock the network too: two proposals for one profile accepted at once must not interleave their history.
    const [row] = await tx
      .select({ id: network.id, slug: network.slug, ...profileColumns })
      .from(network)
      .where(eq(network.id, proposal.networkId))
      .for("update");
    if (!row) throw notFound();
    const now = services.clock.now();

    const current = toProfile(row);
    const changes = readChanges(proposal.changes);
    const applied =
      input.decision === "accept" ? await applyProfileChanges(tx, { networkId: row.id, current, changes, actorId: actor.id, proposalId: proposal.id, now }) : {};
    await tx
      .update(networkChangeProposal)
      .set({
        status: input.decision === "accept" ? "accepted" : "rejected",
        reason: input.decision === "reject" ? reason : reason || null,
        decidedById: actor.id,
        decidedAt: now,
      })
      .where(eq(networkChangeProposal.id, proposal.id));
    await recordAudit(tx, actor, `network.proposal.${input.decision}`, { type: "network", id: row.id, label: row.name }, { proposal: proposal.id, profile: current }, { proposal: proposal.id, reason: reason || null, profile: input.decision === "accept" ? applyChanges(current, changes) : current });

    if (proposal.proposerId) {
      const [proposer] = await tx.select({ name: user.name, email: user.email, locale: user.locale }).from(user).where(eq(user.id, proposal.proposerId));
      if (proposer) {
        const t = translator(parseLocale(proposer.locale));
        const values = {
          name: proposer.name,
          network: row.name,
          lines: changedFields(changes)
            .map((name) => `- ${t(`networks.proposals.field.${name}`)}: ${valueText(changes[name])}`)
            .join("\n"),
          reason,
          coordinatorNote: reason ? `${t("networks.mail.coordinatorNote", { reason })}\n\n` : "",
          url: absoluteUrl(services, `/netwerken/${row.slug}`),
        };
        const key = input.decision === "accept" ? "networks.mail.proposalAccepted" : "networks.mail.proposalRejected";
        await services.mailer.send({ to: proposer.email, subject: t(`${key}.subject`, values), text: t(`${key}.body`, values) }, tx);
      }
    }
    return { status: input.decision === "accept" ? ("accepted" as const) : ("rejected" as const), networkSlug: row.slug, changed: Object.keys(applied) };
  });
}
