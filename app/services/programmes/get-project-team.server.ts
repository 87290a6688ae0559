import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { managedProgrammeView, projectOf } from "./helpers/programme-view.server.ts";

/**
 * A project's development team page, for those who run the programme: the project with its seats,
 * and the organisations a seat can go to — the network's partners and members first (that is who
 * usually sits in a development team), then all others.
 */
export async function getProjectTeam(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { programmeSlug: string; projectPosition: number }) {
  const programme = await managedProgrammeView(services, actor, input.programmeSlug);
  const project = projectOf(programme, input.projectPosition);
  const { db } = services;
  const networkId = programme.network.id;
  const all = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).orderBy(asc(organisation.name));
  const partners = await db.select({ id: networkPartner.organisationId }).from(networkPartner).where(eq(networkPartner.networkId, networkId));
  const members = await db.select({ id: networkMember.organisationId }).from(networkMember).where(eq(networkMember.networkId, networkId));
  const own = new Set([...partners, ...members].map((r) => r.id));
  return { programme, project, organisations: { network: all.filter((o) => own.has(o.id)), other: all.filter((o) => !own.has(o.id)) } };
}
