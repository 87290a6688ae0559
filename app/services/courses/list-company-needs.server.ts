import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, trainingNeed } from "~/db/schema/index.ts";
import { needView } from "./helpers/need-access.server.ts";
import { canViewDemand, organisationsOf } from "./helpers/organisation-scope.server.ts";

/** /behoeften: the needs of the actor's companies, and whether they may see the demand overview. */
export async function listCompanyNeeds(services: AppServices, actor: Actor) {
  const companies = await organisationsOf(services.db, actor, "company");
  const needs = companies.length
    ? await services.db
        .select({ need: trainingNeed, companyName: organisation.name })
        .from(trainingNeed)
        .innerJoin(organisation, eq(organisation.id, trainingNeed.organisationId))
        .where(inArray(trainingNeed.organisationId, companies.map((c) => c.id)))
        .orderBy(asc(trainingNeed.status), desc(trainingNeed.createdAt))
    : [];
  return { companies, needs: needs.map((n) => ({ need: needView(n.need), companyName: n.companyName })), canViewDemand: await canViewDemand(services.db, actor) };
}
