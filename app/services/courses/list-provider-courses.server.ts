import { asc, count, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { course } from "~/db/schema/index.ts";
import { paging } from "~/domain/common/paging.ts";
import { forbidden } from "~/domain/errors.ts";
import { organisationsOf } from "./helpers/organisation-scope.server.ts";

export const PROVIDER_COURSES_PAGE_SIZE = 20;
/** A platform administrator acts for every provider: the intro names a few, not all of them. */
export const PROVIDERS_NAMED = 5;

/**
 * The provider dashboard: the actor's providers' courses, a page at a time, each with its sessions
 * and their numbers. A platform administrator sees every provider's courses (10,000 nationally),
 * so the page, not the actor, bounds what is read.
 */
export async function listProviderCourses(services: AppServices, actor: Actor, input: { page?: number } = {}) {
  if (!actor) throw forbidden();
  const all = await organisationsOf(services.db, actor, "provider");
  const providers = all.slice(0, PROVIDERS_NAMED);
  const providerCount = all.length;
  if (providerCount === 0) return { providers, providerCount, courses: [], ...paging(1, 0, PROVIDER_COURSES_PAGE_SIZE) };
  const theirs = inArray(course.providerId, all.map((p) => p.id));
  const [{ total } = { total: 0 }] = await services.db.select({ total: count() }).from(course).where(theirs);
  const page = paging(input.page ?? 1, total, PROVIDER_COURSES_PAGE_SIZE);
  const courses = await services.db
    .select({ id: course.id, slug: course.slug, title: course.title, status: course.status, providerId: course.providerId })
    .from(course)
    .where(theirs)
    .orderBy(asc(course.title), asc(course.id))
    .limit(PROVIDER_COURSES_PAGE_SIZE)
    .offset(page.offset);
  const ids = courses.map((c) => c.id);
  const sessions = ids.length
    ? await queryRows<Record<string, unknown>>(
        services.db,
        sql`select s.id, s.course_id, s.starts_at, s.ends_at, s.capacity, s.places_taken, s.min_participants, s.status,
                   count(*) filter (where r.status = 'confirmed')::int as confirmed,
                   count(*) filter (where r.status = 'pending_confirmation')::int as pending,
                   count(*) filter (where r.status = 'offered')::int as vacancies,
                   count(*) filter (where r.status = 'waitlisted')::int as waiting,
                   count(*) filter (where r.status = 'attended')::int as attended
            from course_session s left join registration r on r.session_id = s.id
            where s.course_id in ${sql`(${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`}
            group by s.id order by s.starts_at`,
      )
    : [];
  return {
    providers,
    providerCount,
    ...page,
    courses: courses.map((c) => ({
      ...c,
      sessions: sessions
        .filter((s) => s.course_id === c.id)
        .map((s) => ({
          id: String(s.id),
          startsAt: new Date(s.starts_at as string),
          endsAt: new Date(s.ends_at as string),
          capacity: Number(s.capacity),
          placesTaken: Number(s.places_taken),
          minParticipants: Number(s.min_participants),
          status: String(s.status),
          confirmed: Number(s.confirmed),
          pending: Number(s.pending),
          vacancies: Number(s.vacancies),
          waiting: Number(s.waiting),
          attended: Number(s.attended),
        })),
    })),
  };
}
