import type { Actor, AppServices } from "~/context.ts";
import { coveringCoursesOf } from "./helpers/covering-courses.server.ts";
import { findNeed, needView } from "./helpers/need-access.server.ts";
import { organisationChoices } from "./helpers/organisation-scope.server.ts";

/** One need with the best few published courses that cover it, and how many cover it in all. */
export async function getNeed(services: AppServices, actor: Actor, { id, query }: { id: string; query?: string }) {
  const found = await findNeed(services.db, actor, id);
  const [covering] = await coveringCoursesOf(services.db, [found.need]);
  return {
    need: needView(found.need),
    company: found.company,
    canEdit: found.canEdit,
    courses: covering!.courses.map((c) => ({ slug: c.slug, title: c.title, providerName: c.providerName })),
    coursesTotal: covering!.total,
    // The edit form's companies: one's own, or (acting for every company) the need's and those found by name.
    ...(found.canEdit ? await organisationChoices(services.db, actor, "company", { query, include: [found.need.organisationId] }) : { choices: [], searchable: false, query: "" }),
  };
}
