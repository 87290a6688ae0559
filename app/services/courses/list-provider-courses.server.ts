import { asc, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows } from "~/db/client.server.ts";
import { course } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { organisationsOf } from "./helpers/organisation-scope.server.ts";

/** The provider dashboard: the actor's providers' courses, each with its sessions and their numbers. */
export async function listProviderCourses(services: AppServices, actor: Actor) {
  if (!actor) throw forbidden();
  const providers = await organisationsOf(services.db, actor, "provider");
  if (providers.length === 0) return { providers, courses: [] };
  const courses = await services.db
    .select({ id: course.id, slug: course.slug, title: course.title, status: course.status, providerId: course.providerId })
    .from(course)
    .where(inArray(course.providerId, providers.map((p) => p.id)))
    .orderBy(asc(course.title));
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
