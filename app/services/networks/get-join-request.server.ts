import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor, AppServices } from "~/context.ts";
import { joinRequest, network, organisation, user } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { isUuid } from "../../domain/common/ids.ts";

/** One join request, for the coordinator of its network (or a platform admin). */
export async function getJoinRequest(services: AppServices, actor: Actor, input: { requestId: string }) {
  const { requestId } = input;
  if (!isUuid(requestId)) throw notFound();
  const requester = alias(user, "requester");
  const decider = alias(user, "decider");
  const [row] = await services.db
    .select({
      request: joinRequest,
      network: { id: network.id, slug: network.slug, name: network.name },
      organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind, place: organisation.place },
      requesterName: requester.name,
      requesterEmail: requester.email,
      deciderName: decider.name,
    })
    .from(joinRequest)
    .innerJoin(network, eq(network.id, joinRequest.networkId))
    .innerJoin(organisation, eq(organisation.id, joinRequest.organisationId))
    .leftJoin(requester, eq(requester.id, joinRequest.requesterId))
    .leftJoin(decider, eq(decider.id, joinRequest.decidedById))
    .where(eq(joinRequest.id, requestId))
    .limit(1);
  if (!row) throw notFound();
  await requirePermission(services.db, actor, "network.decide_join", { networkId: row.network.id });
  const r = row.request;
  return {
    id: r.id,
    status: r.status,
    motivation: r.motivation,
    reason: r.reason,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    network: row.network,
    organisation: row.organisation,
    requester: row.requesterName && row.requesterEmail ? { name: row.requesterName, email: row.requesterEmail } : null,
    decidedBy: row.deciderName,
  };
}
