import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { course, organisation } from "~/db/schema/index.ts";
import { coverage } from "~/domain/courses/matching.ts";
import { organisationsOf } from "~/services/courses/scope.server.ts";
import { findNeed, needView } from "./need-access.server.ts";

/** One need with the published courses that cover it. */
export async function getNeed(services: AppServices, user: SessionUser | null, id: string) {
  const found = await findNeed(services.db, user, id);
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
    companies: found.canEdit ? await organisationsOf(services.db, user, "company") : [],
  };
}
