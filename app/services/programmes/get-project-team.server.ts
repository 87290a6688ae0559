import { and, asc, eq, ilike, inArray, notInArray, or } from "drizzle-orm";
import { likePattern } from "~/services/common/like.server.ts";
import type { Actor, AppServices } from "~/context.ts";
import { networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { managedProgrammeView, projectOf } from "./helpers/programme-view.server.ts";

/** Organisations outside the network offered for one search: the select stays a select, not 26,000 options. */
export const OTHER_ORGANISATIONS_SHOWN = 50;

/**
 * A project's development team page, for those who run the programme: the project with its seats,
 * and the organisations a seat can go to — the network's partners and members (that is who usually
 * sits in a development team), and others only as found by name (`organisationQuery`): nationally
 * there are 26,000 organisations, 4.4 MB of options.
 */
export async function getProjectTeam(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { programmeSlug: string; projectPosition: number; organisationQuery?: string }) {
  const programme = await managedProgrammeView(services, actor, input.programmeSlug);
  const project = projectOf(programme, input.projectPosition);
  const { db } = services;
  const networkId = programme.network.id;
  const partners = await db.select({ id: networkPartner.organisationId }).from(networkPartner).where(eq(networkPartner.networkId, networkId));
  const members = await db.select({ id: networkMember.organisationId }).from(networkMember).where(eq(networkMember.networkId, networkId));
  const ownIds = [...new Set([...partners, ...members].map((r) => r.id))];
  const columns = { id: organisation.id, name: organisation.name };
  const network = ownIds.length ? await db.select(columns).from(organisation).where(inArray(organisation.id, ownIds)).orderBy(asc(organisation.name)) : [];
  const query = input.organisationQuery?.trim().slice(0, 100) ?? "";
  const pattern = likePattern(query);
  const other = query
    ? await db
        .select(columns)
        .from(organisation)
        .where(and(or(ilike(organisation.name, pattern), ilike(organisation.slug, pattern)), ownIds.length ? notInArray(organisation.id, ownIds) : undefined))
        .orderBy(asc(organisation.name), asc(organisation.id))
        .limit(OTHER_ORGANISATIONS_SHOWN)
    : [];
  return { programme, project, organisations: { network, other, query } };
}
