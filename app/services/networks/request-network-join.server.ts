import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { joinRequest, network, networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { absoluteUrl } from "../../lib/env.server.ts";
import { isUniqueViolation } from "../../db/errors.ts";
import { isUuid } from "../../domain/common/ids.ts";
import { parseLocale, translator } from "~/i18n/index.ts";
import { coordinatorAddresses } from "./helpers/coordinator-addresses.server.ts";

export type JoinInput = { slug: string; organisationId: string; motivation: string };

/**
 * "Ook deelnemen?": an organisation's admin asks for it to join a network.
 * At most one request per organisation and network waits at a time; the
 * partial unique index join_request_one_pending holds that under races too.
 */
export async function requestNetworkJoin(services: AppServices, actor: Actor, input: JoinInput) {
  if (!actor) throw forbidden();
  if (!isUuid(input.organisationId)) throw forbidden();
  await requirePermission(services.db, actor, "network.request_join", { organisationId: input.organisationId });
  const motivation = input.motivation.trim();
  if (motivation === "") throw invalid("join.error.motivationRequired", "motivation");
  if (motivation.length > 2000) throw invalid("networks.proposals.fieldError.tooLong.2000", "motivation");

  try {
    return await services.db.transaction(async (tx) => {
      const [target] = await tx.select({ id: network.id, slug: network.slug, name: network.name }).from(network).where(eq(network.slug, input.slug));
      if (!target) throw notFound();
      const [org] = await tx.select({ id: organisation.id, name: organisation.name }).from(organisation).where(eq(organisation.id, input.organisationId));
      if (!org) throw notFound();
      const inNetwork = and(eq(networkMember.networkId, target.id), eq(networkMember.organisationId, org.id));
      const isPartner = and(eq(networkPartner.networkId, target.id), eq(networkPartner.organisationId, org.id));
      if ((await tx.select({ id: networkMember.organisationId }).from(networkMember).where(inNetwork)).length > 0)
        throw conflict("join.error.alreadyMember", "organisationId");
      if ((await tx.select({ id: networkPartner.organisationId }).from(networkPartner).where(isPartner)).length > 0)
        throw conflict("join.error.alreadyPartner", "organisationId");
      const waiting = await tx
        .select({ id: joinRequest.id })
        .from(joinRequest)
        .where(and(eq(joinRequest.networkId, target.id), eq(joinRequest.organisationId, org.id), eq(joinRequest.status, "pending")));
      if (waiting.length > 0) throw conflict("join.error.pending", "organisationId");

      const [created] = await tx
        .insert(joinRequest)
        .values({ networkId: target.id, organisationId: org.id, requesterId: actor.id, motivation, createdAt: services.clock.now() })
        .returning({ id: joinRequest.id });
      for (const coordinator of await coordinatorAddresses(tx, target.id)) {
        const t = translator(parseLocale(coordinator.locale));
        const values = { name: coordinator.name, actor: actor.name, organisation: org.name, network: target.name, motivation, url: absoluteUrl(services, `/coordinatie/aanmeldingen/${created!.id}`) };
        await services.mailer.send({ to: coordinator.email, subject: t("networks.mail.join.subject", values), text: t("networks.mail.join.body", values) }, tx);
      }
      return { id: created!.id, networkSlug: target.slug, networkName: target.name, organisationName: org.name };
    });
  } catch (error) {
    // Two requests at the same moment: the index lets one through and refuses the other.
    if (isUniqueViolation(error, "join_request_one_pending")) throw conflict("join.error.pending", "organisationId");
    throw error;
  }
}
