import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { course, organisation } from "~/db/schema/index.ts";
import { coveringCoursesOfNeeds } from "~/domain/courses/matching.ts";
import { courseWords, textHash } from "./helpers/course-words.server.ts";
import { findNeed, needView } from "./helpers/need-access.server.ts";
import { organisationChoices } from "./helpers/organisation-scope.server.ts";

/** One need with the best few published courses that cover it, and how many cover it in all. */
export async function getNeed(services: AppServices, actor: Actor, { id, query }: { id: string; query?: string }) {
  const found = await findNeed(services.db, actor, id);
  const courses = await services.db
    .select({ id: course.id, slug: course.slug, title: course.title, topics: course.topics, textHash, status: course.status, providerName: organisation.name })
    .from(course)
    .innerJoin(organisation, eq(organisation.id, course.providerId))
    .where(eq(course.status, "published"));
  const covering = coveringCoursesOfNeeds([found.need], courses, await courseWords(services.db, courses))[0]!;
  return {
    need: needView(found.need),
    company: found.company,
    canEdit: found.canEdit,
    courses: covering.courses.map((c) => ({ slug: c.slug, title: c.title, providerName: c.providerName })),
    coursesTotal: covering.total,
    // The edit form's companies: one's own, or (acting for every company) the need's and those found by name.
    ...(found.canEdit ? await organisationChoices(services.db, actor, "company", { query, include: [found.need.organisationId] }) : { choices: [], searchable: false, query: "" }),
  };
}
