import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { quarterOf } from "~/domain/courses/format.ts";
import { forbidden } from "~/domain/errors.ts";
import { coveringCoursesOf } from "./helpers/covering-courses.server.ts";
import { canViewDemand, organisationsOf } from "./helpers/organisation-scope.server.ts";

/** Needs listed per request; the totals above them still count every open need (filters narrow the list). */
export const DEMAND_NEEDS_SHOWN = 50;

export type DemandFilters = { topic?: string; region?: string };

/**
 * The demand view for providers and coordinators: open needs totalled per
 * topic, region (province) and quarter (companies, employees), and per need
 * the published courses that cover it. Uncovered needs come first: that is
 * the demand nobody serves yet.
 */
export async function getDemandOverview(services: AppServices, actor: Actor, filters: DemandFilters = {}) {
  if (!(await canViewDemand(services.db, actor))) throw forbidden();
  const conds = [eq(trainingNeed.status, "open")];
  if (filters.topic) conds.push(eq(trainingNeed.topic, filters.topic));
  const needs = (
    await services.db
      .select({ need: trainingNeed, companyName: organisation.name, companySlug: organisation.slug })
      .from(trainingNeed)
      .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
      .where(and(...conds))
  ).filter((n) => !filters.region || (n.need.province ?? "Onbekend") === filters.region);
  // The best few per need: at national size a topic has hundreds of courses (1.4 MB of page for 7 needs).
  const coverings = await coveringCoursesOf(
    services.db,
    needs.map((n) => n.need),
  );
  const rows = needs.map((n, i) => {
    const covering = coverings[i]!;
    return {
      id: n.need.id,
      topic: n.need.topic,
      description: n.need.description,
      employeeCount: n.need.employeeCount,
      level: n.need.level,
      periodStart: n.need.periodStart,
      periodEnd: n.need.periodEnd,
      preferredFormat: n.need.preferredFormat,
      place: n.need.place,
      region: n.need.province ?? "Onbekend",
      period: quarterOf(n.need.periodStart),
      company: { name: n.companyName, slug: n.companySlug },
      courses: covering.courses.map((c) => ({ slug: c.slug, title: c.title, providerName: c.providerName, byTopic: c.byTopic })),
      coursesTotal: covering.total,
    };
  });
  rows.sort((a, b) => Number(a.courses.length > 0) - Number(b.courses.length > 0) || b.employeeCount - a.employeeCount || a.periodStart.localeCompare(b.periodStart));

  const groups = new Map<string, { topic: string; region: string; period: string; companies: Set<string>; employees: number; uncovered: number }>();
  for (const r of rows) {
    const key = `${r.topic}|${r.region}|${r.period}`;
    const g = groups.get(key) ?? { topic: r.topic, region: r.region, period: r.period, companies: new Set<string>(), employees: 0, uncovered: 0 };
    g.companies.add(r.company.slug);
    g.employees += r.employeeCount;
    if (r.courses.length === 0) g.uncovered += r.employeeCount;
    groups.set(key, g);
  }
  const totals = [...groups.values()]
    .map((g) => ({ topic: g.topic, region: g.region, period: g.period, companies: g.companies.size, employees: g.employees, uncoveredEmployees: g.uncovered }))
    .sort((a, b) => b.uncoveredEmployees - a.uncoveredEmployees || b.employees - a.employees || a.topic.localeCompare(b.topic));
  const regions = [...new Set(needs.map((n) => n.need.province ?? "Onbekend"))].sort();
  const providers = await organisationsOf(services.db, actor, "provider");
  const uncoveredCount = rows.filter((r) => r.courses.length === 0).length;
  return {
    needs: rows.slice(0, DEMAND_NEEDS_SHOWN),
    uncoveredCount,
    coveredCount: rows.length - uncoveredCount,
    totals,
    regions,
    canDraftCourse: providers.length > 0,
  };
}
