import type { Route } from "./+types/course-sessions";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listCourseSessions } from "~/domain/api/operations.ts";
import { listPage, pageOfItems, sitePage } from "~/domain/api/paging.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";

/** GET /api/v1/courses/{slug}/sessions: the sessions a visitor sees on the course's page (its use-case: drafts and archived courses are a 404). */
export const loader = apiLoader(listCourseSessions, async ({ params, query, services, url, siteUrl }) => {
  const found = await getCourse(services, null, { slug: params.slug });
  const result = pageOfItems(found.sessions, query.page, query.pageSize);
  const { page, links } = listPage(url, result);
  return {
    links,
    body: {
      sessions: result.items.map((s) => ({
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        registrationDeadline: s.registrationDeadline.toISOString(),
        status: s.status,
        location: s.location,
        online: s.online,
        capacity: s.capacity,
        freePlaces: s.placesLeft,
        waitingList: s.waiting,
        registrationOpen: s.open,
      })),
      course: { slug: found.course.slug, title: found.course.title, url: sitePage(siteUrl, "cursussen", found.course.slug) },
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
