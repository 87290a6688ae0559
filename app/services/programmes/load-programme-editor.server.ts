import { asc, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { networkMember, networkPartner, organisation } from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { canReportOnProject } from "./access.server.ts";
import { listCoordinatedNetworks } from "~/services/events/list-coordinated-networks.server.ts";
import { findProject, loadProgramme } from "./load-programme.server.ts";

/** The networks a user may start a programme for; none means they may not start one. */
export async function loadNewProgrammeForm(services: Pick<AppServices, "db">, user: SessionUser | null) {
  const networks = await listCoordinatedNetworks(services, user);
  if (networks.length === 0) throw forbidden();
  return { networks };
}

/** The programme as its editor pages show it; only for those who run it. */
export async function loadProgrammeEditor(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, slug: string) {
  const view = await loadProgramme(services, user, slug);
  if (!view.canManage) throw forbidden();
  return view;
}

/**
 * Organisations a team seat can go to: the network's partners and members
 * first (that is who usually sits in a development team), then all others.
 */
export async function teamOrganisationOptions(services: Pick<AppServices, "db">, networkId: string) {
  const { db } = services;
  const all = await db.select({ id: organisation.id, name: organisation.name }).from(organisation).orderBy(asc(organisation.name));
  const partners = await db.select({ id: networkPartner.organisationId }).from(networkPartner).where(eq(networkPartner.networkId, networkId));
  const members = await db.select({ id: networkMember.organisationId }).from(networkMember).where(eq(networkMember.networkId, networkId));
  const own = new Set([...partners, ...members].map((r) => r.id));
  return { network: all.filter((o) => own.has(o.id)), other: all.filter((o) => !own.has(o.id)) };
}

/**
 * One milestone as its edit page shows it. Team members may correct their
 * project's milestones, as they may add them; others get forbidden.
 */
export async function loadMilestoneEditor(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, slug: string, projectPosition: number, milestoneId: string) {
  const view = await loadProgramme(services, user, slug);
  const project = view.projects.find((p) => p.position === projectPosition);
  if (!project) throw notFound("programmes.project.notFound");
  if (!(await canReportOnProject(services.db, user, view.network.id, project.id))) throw forbidden();
  const milestone = project.milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw notFound("programmes.milestone.notFound");
  return { programme: { slug: view.slug, name: view.name }, project: { position: project.position, title: project.title }, milestone };
}

/**
 * Who may report on a project (progress updates, milestones): its team and the programme's
 * coordinators. Checked before a form is read, so anyone else hears 403 (or 404 for a project
 * that does not exist), not a field error.
 */
export async function requireProjectReporter(services: Pick<AppServices, "db">, user: SessionUser | null, programmeSlug: string, projectPosition: number) {
  if (!user) throw forbidden();
  const found = await findProject(services, programmeSlug, projectPosition);
  if (!(await canReportOnProject(services.db, user, found.networkId, found.id))) throw forbidden();
  return found;
}

/** A project of a programme the user runs, for its editor pages; the number comes from the address. */
export async function loadProjectEditor(services: Pick<AppServices, "db" | "clock">, user: SessionUser | null, slug: string, projectPosition: number) {
  const programme = await loadProgrammeEditor(services, user, slug);
  const project = programme.projects.find((p) => p.position === projectPosition);
  if (!project) throw notFound("programmes.project.notFound");
  return { programme, project };
}
