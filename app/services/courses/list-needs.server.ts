import { asc, desc, eq, inArray } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { organisationsOf, canViewDemand } from "~/services/courses/scope.server.ts";
import { needView } from "./need-access.server.ts";

/** /behoeften: the needs of the user's companies, and whether they may see the demand overview. */
export async function listCompanyNeeds(services: AppServices, user: SessionUser | null) {
  const companies = await organisationsOf(services.db, user, "company");
  const needs = companies.length
    ? await services.db
        .select({ need: trainingNeed, companyName: organisation.name })
        .from(trainingNeed)
        .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
        .where(inArray(trainingNeed.organisationId, companies.map((c) => c.id)))
        .orderBy(asc(trainingNeed.status), desc(trainingNeed.createdAt))
    : [];
  return { companies, needs: needs.map((n) => ({ need: needView(n.need), companyName: n.companyName })), canViewDemand: await canViewDemand(services.db, user) };
}
