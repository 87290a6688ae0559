import type { Route } from "./+types/courses";
import { apiAction, apiLoader } from "~/lib/api.server.ts";
import { listCourses } from "~/domain/api/operations.ts";
import { courseFilters } from "~/domain/api/courses.ts";
import { listPage, sitePage } from "~/domain/api/paging.ts";
import { COURSES_PAGE_SIZE, searchCourses } from "~/services/courses/search-courses.server.ts";

/** GET /api/v1/courses: the catalogue of /cursussen (its use-case), as JSON. */
export const loader = apiLoader(listCourses, async ({ query, services, url, siteUrl }) => {
  const result = await searchCourses(services, null, courseFilters(query));
  const { page, links } = listPage(url, { ...result, pageSize: COURSES_PAGE_SIZE });
  return {
    links,
    body: {
      courses: result.items.map((c) => ({
        slug: c.slug,
        title: c.title,
        summary: c.summary,
        format: c.format as never,
        level: c.level as never,
        priceCents: c.priceCents,
        topics: c.topics,
        provider: { slug: c.providerSlug, name: c.providerName },
        nextSession: c.nextStartsAt
          ? { startsAt: c.nextStartsAt.toISOString(), endsAt: c.nextEndsAt?.toISOString() ?? null, place: c.nextPlace, freePlaces: c.nextPlacesLeft, distanceKm: c.distanceKm }
          : null,
        upcomingSessions: c.upcomingSessions,
        url: sitePage(siteUrl, "cursussen", c.slug),
      })),
      page,
      links,
    },
  };
}) satisfies (args: Route.LoaderArgs) => Promise<Response>;

export const action = apiAction() satisfies (args: Route.ActionArgs) => Promise<Response>;
