import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkChangeProposal } from "~/db/schema/index.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { outsideVocabulary, type ProfileValues } from "~/domain/networks/profile-fields.ts";
import { applyChanges, baselineFor, diffProfile } from "~/domain/networks/proposal.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { can } from "~/services/common/permissions.server.ts";
import { absoluteUrl } from "../../lib/env.server.ts";
import { coordinatorAddresses } from "./helpers/coordinator-addresses.server.ts";
import { applyProfileChanges, profileColumns, toProfile } from "./helpers/profile-values.server.ts";
import { recordAudit } from "~/services/common/audit.server.ts";

/** `seenAt`: the version of the profile the form showed (`updatedAt`), if the form says. */
export type ProposeInput = { slug: string; proposed: ProfileValues; note?: string; seenAt?: Date };

/**
 * "Is dit jouw PPS?": a verified user proposes changes to a profile. Only the
 * fields that really change are stored, with the values the proposer saw
 * (the baseline); the network's coordinators are told by e-mail. A coordinator's own proposal is
 * taken over at once.
 */
export async function proposeNetworkChange(services: AppServices, actor: Actor, input: ProposeInput) {
  if (!actor) throw forbidden();
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: network.id, slug: network.slug, updatedAt: network.updatedAt, ...profileColumns })
      .from(network)
      .where(eq(network.slug, input.slug))
      .limit(1)
      // A decision on another proposal (which locks the row too) or a second coordinator's change
      // waits, instead of being overwritten by this whole-profile write.
      .for("update");
    if (!row) throw notFound();
    if (!(await can(tx, actor, "network.propose_change", { networkId: row.id }))) throw forbidden("networks.proposals.error.unverified");

    const current = toProfile(row);
    const changes = diffProfile(current, input.proposed);
    if (Object.keys(changes).length === 0) throw invalid("networks.proposals.error.noChange");
    const offField = outsideVocabulary(changes, current);
    if (offField) throw invalid("networks.proposals.fieldError.choice", offField);

    const note = (input.note ?? "").trim().slice(0, 2000);
    const [proposal] = await tx
      .insert(networkChangeProposal)
      .values({
        networkId: row.id,
        proposerId: actor.id,
        changes,
        baseline: baselineFor(current, changes),
        note,
        createdAt: services.clock.now(),
      })
      .returning({ id: networkChangeProposal.id });

    // A coordinator changing their own network's profile decides on it too: the change is taken
    // over at once (kept as an accepted proposal and in the history), not sent to themselves to
    // accept on another page. Not when the profile changed after the form was opened: the form
    // posts every field, so it would silently undo that change; it then waits as a proposal,
    // where the decision page shows which fields moved meanwhile.
    const seenCurrent = input.seenAt !== undefined && row.updatedAt.getTime() <= input.seenAt.getTime();
    if (seenCurrent && (await can(tx, actor, "network.decide_change", { networkId: row.id }))) {
      const now = services.clock.now();
      await applyProfileChanges(tx, { networkId: row.id, current, changes, actorId: actor.id, proposalId: proposal!.id, now });
      await tx
        .update(networkChangeProposal)
        .set({ status: "accepted", decidedById: actor.id, decidedAt: now })
        .where(eq(networkChangeProposal.id, proposal!.id));
      await recordAudit(tx, actor, "network.proposal.accept", { type: "network", id: row.id, label: row.name }, { proposal: proposal!.id, profile: current }, { proposal: proposal!.id, reason: null, profile: applyChanges(current, changes) });
      return { id: proposal!.id, networkSlug: row.slug, fields: Object.keys(changes), applied: true };
    }

    for (const coordinator of await coordinatorAddresses(tx, row.id)) {
      const t = translator(parseLocale(coordinator.locale));
      const values = {
        name: coordinator.name,
        actor: actor.name,
        network: row.name,
        fields: Object.keys(changes)
          .map((name) => `- ${t(`networks.proposals.field.${name}`)}`)
          .join("\n"),
        note: note ? `${t("networks.mail.note", { note })}\n\n` : "",
        url: absoluteUrl(services, `/coordinatie/voorstellen/${proposal!.id}`),
      };
      await services.mailer.send({ to: coordinator.email, subject: t("networks.mail.proposal.subject", values), text: t("networks.mail.proposal.body", values) }, tx);
    }
    return { id: proposal!.id, networkSlug: row.slug, fields: Object.keys(changes), applied: false };
  });
}
