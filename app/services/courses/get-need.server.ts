import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, organisation } from "~/db/schema/index.ts";
import { coverage } from "~/domain/courses/matching.ts";
import { findNeed, needView } from "./helpers/need-access.server.ts";
import { organisationsOf } from "./helpers/organisation-scope.server.ts";

/** One need with the published courses that cover it. */
export async function getNeed(services: AppServices, actor: Actor, { id }: { id: string }) {
  const found = await findNeed(services.db, actor, id);
  const courses = await services.db
    .select({ slug: course.slug, title: course.title, topics: course.topics, searchText: course.searchText, status: course.status, providerName: organisation.name })
    .from(course)
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .where(eq(course.status, "published"));
  const covering = courses.filter((c) => coverage(found.need, c).covers).map((c) => ({ slug: c.slug, title: c.title, providerName: c.providerName }));
  return {
    need: needView(found.need),
    company: found.company,
    canEdit: found.canEdit,
    courses: covering,
    companies: found.canEdit ? await organisationsOf(services.db, actor, "company") : [],
  };
}
