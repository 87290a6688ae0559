import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { ProfileValues } from "~/domain/networks/profile-fields.ts";
import { can } from "~/services/common/permissions.server.ts";
import { profileColumns, toProfile } from "./helpers/profile-values.server.ts";

export type ProposalForm = {
  network: { id: string; slug: string; name: string };
  current: ProfileValues;
  /** False for a user whose e-mail address is not verified yet: they may look, not propose. */
  mayPropose: boolean;
  /** True for the network's coordinator (and a platform administrator): their change is taken over at once. */
  appliesAtOnce: boolean;
  /** The profile's version the form shows; a change posted from an older one is not taken over at once. */
  seenAt: string;
};

/** The profile as it is now, to prefill the "Is dit jouw PPS?" form. */
export async function getProposalForm(services: AppServices, actor: SessionUser, input: { slug: string }): Promise<ProposalForm> {
  const [row] = await services.db
    .select({ id: network.id, slug: network.slug, updatedAt: network.updatedAt, ...profileColumns })
    .from(network)
    .where(eq(network.slug, input.slug))
    .limit(1);
  if (!row) throw notFound();
  return {
    network: { id: row.id, slug: row.slug, name: row.name },
    current: toProfile(row),
    mayPropose: await can(services.db, actor, "network.propose_change", { networkId: row.id }),
    appliesAtOnce: await can(services.db, actor, "network.decide_change", { networkId: row.id }),
    seenAt: row.updatedAt.toISOString(),
  };
}
