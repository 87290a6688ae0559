import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { joinRequest, network, networkMember, organisation, user } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { absoluteUrl } from "../../lib/env.server.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { recordAudit } from "~/services/common/audit.server.ts";

export type JoinDecision = { requestId: string; decision: "accept" | "reject"; reason?: string };

/**
 * The coordinator accepts a join request (the organisation becomes a member)
 * or rejects it with a reason. The request row is locked so it is decided
 * once; the requester's e-mail is part of the same transaction.
 */
export async function decideJoinRequest(services: AppServices, actor: Actor, input: JoinDecision) {
  if (!actor) throw forbidden();
  if (!isUuid(input.requestId)) throw notFound();
  const [target] = await services.db.select({ networkId: joinRequest.networkId }).from(joinRequest).where(eq(joinRequest.id, input.requestId)).limit(1);
  if (!target) throw notFound();
  await requirePermission(services.db, actor, "network.decide_join", { networkId: target.networkId });

  const reason = (input.reason ?? "").trim();
  if (input.decision === "reject" && reason === "") throw invalid("join.error.reasonRequired", "reason");
  if (reason.length > 2000) throw invalid("networks.proposals.fieldError.tooLong.2000", "reason");

  return services.db.transaction(async (tx) => {
    const [request] = await tx.select().from(joinRequest).where(eq(joinRequest.id, input.requestId)).for("update");
    if (!request) throw notFound();
    if (request.status !== "pending") throw conflict("join.error.alreadyDecided");
    const now = services.clock.now();
    if (input.decision === "accept") {
      await tx
        .insert(networkMember)
        .values({ networkId: request.networkId, organisationId: request.organisationId, joinedAt: now })
        .onConflictDoNothing();
    }
    await tx
      .update(joinRequest)
      .set({ status: input.decision === "accept" ? "accepted" : "rejected", reason: reason || null, decidedById: actor.id, decidedAt: now })
      .where(eq(joinRequest.id, request.id));
    await recordAudit(tx, actor, `network.join.${input.decision}`, { type: "join_request", id: request.id }, request, { ...request, status: input.decision === "accept" ? "accepted" : "rejected", reason: reason || null });

    const [names] = await tx
      .select({ network: network.name, slug: network.slug, organisation: organisation.name })
      .from(network)
      .innerJoin(organisation, eq(organisation.id, request.organisationId))
      .where(eq(network.id, request.networkId));
    const [requester] = request.requesterId
      ? await tx.select({ name: user.name, email: user.email, locale: user.locale }).from(user).where(eq(user.id, request.requesterId))
      : [];
    if (requester && names) {
      const t = translator(parseLocale(requester.locale));
      const values = {
        name: requester.name,
        network: names.network,
        organisation: names.organisation,
        reason,
        coordinatorNote: reason ? `${t("networks.mail.coordinatorNote", { reason })}\n\n` : "",
        url: absoluteUrl(services, `/netwerken/${names.slug}`),
      };
      const key = input.decision === "accept" ? "networks.mail.joinAccepted" : "networks.mail.joinRejected";
      await services.mailer.send({ to: requester.email, subject: t(`${key}.subject`, values), text: t(`${key}.body`, values) }, tx);
    }
    return { status: input.decision === "accept" ? ("accepted" as const) : ("rejected" as const), networkSlug: names?.slug ?? "" };
  });
}
