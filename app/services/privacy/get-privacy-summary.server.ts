import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { queryRows } from "~/db/client.server.ts";
import { privacyStatement } from "~/domain/privacy/processing.ts";

/**
 * A network's data-processing summary for a school's privacy officer (/netwerken/:slug/privacyoverzicht):
 * the statement's register, with how many organisations, people and coordinators the network
 * counts, and its contacts. Public like the network's profile; it names no person, only counts
 * and the network's own contact address.
 */
export async function getPrivacySummary(services: AppServices, _actor: Actor, input: { slug: string }) {
  const [row] = await services.db
    .select({ id: network.id, slug: network.slug, name: network.name, contactEmail: network.contactEmail, projectLeader: network.projectLeader })
    .from(network)
    .where(and(eq(network.slug, input.slug), isNull(network.archivedAt)))
    .limit(1);
  if (!row) throw notFound("networks.profile.notFound");
  const [counts] = await queryRows<{ organisations: number; people: number; coordinators: number; vog_schools: number }>(
    services.db,
    sql`with orgs as (
          select organisation_id from network_partner where network_id = ${row.id}
          union select organisation_id from network_member where network_id = ${row.id})
        select (select count(*) from orgs)::int as organisations,
               (select count(distinct m.user_id) from membership m join orgs o on o.organisation_id = m.organisation_id)::int as people,
               (select count(*) from network_coordinator where network_id = ${row.id})::int as coordinators,
               (select count(*) from organisation g join orgs o on o.organisation_id = g.id where g.kind = 'school' and g.vog_required)::int as vog_schools`,
  );
  return {
    network: row,
    counts: { organisations: counts?.organisations ?? 0, people: counts?.people ?? 0, coordinators: counts?.coordinators ?? 0, vogSchools: counts?.vog_schools ?? 0 },
    madeOn: services.clock.now().toISOString(),
    ...privacyStatement(services.env.PRIVACY_CONTACT ?? null),
  };
}
