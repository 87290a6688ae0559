import { asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { needView } from "./helpers/need-access.server.ts";
import { can } from "~/services/common/permissions.server.ts";
import { canViewDemand, organisationsOf } from "./helpers/organisation-scope.server.ts";

export const NEEDS_PAGE_SIZE = 20;

/**
 * /behoeften: the needs of the actor's companies a page at a time, and whether they may see the
 * demand overview. A platform administrator acts for every company (18,000 nationally): the page
 * gets whether there is a company, not the list of them.
 */
export async function listCompanyNeeds(services: AppServices, actor: Actor, input: { page?: number } = {}) {
  const companies = await organisationsOf(services.db, actor, "company");
  // Whoever acts for every company reads every need: no list of 18,000 ids in the query.
  const everyCompany = actor ? await can(services.db, actor, "need.manage") : false;
  const theirs = everyCompany ? undefined : inArray(trainingNeed.organisationId, companies.map((c) => c.id));
  const [{ total } = { total: 0 }] = companies.length ? await services.db.select({ total: count() }).from(trainingNeed).where(theirs) : [];
  const page = paging(input.page ?? 1, total, NEEDS_PAGE_SIZE);
  const needs = companies.length
    ? await services.db
        .select({ need: trainingNeed, companyName: organisation.name })
        .from(trainingNeed)
        .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
        .where(theirs)
        .orderBy(asc(trainingNeed.status), desc(trainingNeed.createdAt), asc(trainingNeed.id))
        .limit(NEEDS_PAGE_SIZE)
        .offset(page.offset)
    : [];
  return {
    ...page,
    hasCompany: companies.length > 0,
    needs: needs.map((n) => ({ need: needView(n.need), companyName: n.companyName })),
    canViewDemand: await canViewDemand(services.db, actor),
  };
}
