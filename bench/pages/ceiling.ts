/**
 * The ceiling of `npm run bench -- pages`: a bare `node:http` server that answers the same
 * addresses as the app with the rows the app's loaders fetch, as JSON. It opens the database the
 * way the app does (createServices from the production build: the same pool settings, the same
 * auth), and for each page runs what the page's request runs against the database: the session
 * lookup of the root middleware, the menu of the root loader, and the route loader's use-case,
 * with the input parsed by the same functions. No Express, no middleware, no React rendering:
 * the difference between a page and its ceiling is what the app adds on top of its queries.
 *
 * Started by bench/pages.ts with the app's environment (DATABASE_URL or DATA_DIR, AUTH_SECRET,
 * PORT, HOST); prints "ready" once it listens. Not a bench of its own (scripts/bench.ts lists
 * only bench/*.ts).
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { parseEnv, type Env } from "../../app/lib/env.server.ts";
import { setLogLevel } from "../../app/lib/log.server.ts";
import type { AppServices, SessionUser } from "../../app/context.ts";
import { getSessionUser } from "../../app/services/account/get-session-user.server.ts";
import { getNavigation } from "../../app/services/account/get-navigation.server.ts";
import { getHome } from "../../app/services/home/get-home.server.ts";
import { parseNetworkSearchParams } from "../../app/domain/networks/search-params.ts";
import { searchNetworks } from "../../app/services/networks/search-networks.server.ts";
import { slugParam } from "../../app/domain/common/slug.ts";
import { getNetworkProfile } from "../../app/services/networks/get-network-profile.server.ts";
import { getOrganisation } from "../../app/services/organisations/get-organisation.server.ts";
import { parseOfferSearchParams } from "../../app/domain/guest-lessons/catalogue-query.ts";
import { searchOffers } from "../../app/services/guest-lessons/search-offers.server.ts";
import { parseCourseFilters } from "../../app/domain/courses/search-query.ts";
import { searchCourses } from "../../app/services/courses/search-courses.server.ts";
import { listMyRegistrations } from "../../app/services/courses/list-my-registrations.server.ts";
import { listNews } from "../../app/services/news/list-news.server.ts";
import { listEvents } from "../../app/services/events/list-events.server.ts";
import { parseSearchParams } from "../../app/domain/search/query.ts";
import { searchEverything } from "../../app/services/search/search-everything.server.ts";

type Loader = (services: AppServices, user: SessionUser | null, url: URL, slug: string) => Promise<unknown>;

/** The route loaders' database work, keyed by the route's path (app/routes.ts). */
const LOADERS: Record<string, Loader> = {
  // home.tsx parses `bij` with a Zod schema that cuts it to 100 characters.
  "/": (s, user, url) => getHome(s, user, { near: (url.searchParams.get("bij") ?? "").trim().slice(0, 100) }),
  "/netwerken": (s, user, url) => searchNetworks(s, user, parseNetworkSearchParams(url.searchParams).filters),
  "/netwerken/:slug": (s, user, _url, slug) => getNetworkProfile(s, user, { slug: slugParam(slug) }),
  "/organisaties/:slug": (s, user, _url, slug) => getOrganisation(s, user, { slug: slugParam(slug) }),
  "/aanbod": (s, user, url) => searchOffers(s, user, parseOfferSearchParams(url.searchParams)),
  "/cursussen": (s, user, url) => {
    const filters = parseCourseFilters(url.searchParams);
    return Promise.all([searchCourses(s, user, filters), listMyRegistrations(s, user)]);
  },
  "/nieuws": (s, user, url) => listNews(s, user, { networkSlug: url.searchParams.get("netwerk")?.slice(0, 200) || undefined }),
  "/evenementen": (s, user) => listEvents(s, user),
  "/zoeken": (s, user, url) => {
    const parsed = parseSearchParams(url.searchParams);
    return parsed.error ? Promise.resolve(null) : searchEverything(s, user, { q: parsed.q, kind: parsed.kind });
  },
};

function route(pathname: string): { loader: Loader; slug: string } | null {
  const exact = LOADERS[pathname];
  if (exact) return { loader: exact, slug: "" };
  for (const prefix of ["/netwerken", "/organisaties"]) {
    const found = new RegExp(`^${prefix}/([^/]+)$`).exec(pathname);
    if (found) return { loader: LOADERS[`${prefix}/:slug`]!, slug: decodeURIComponent(found[1]!) };
  }
  return null;
}

const env: Env = parseEnv(process.env);
setLogLevel("warn");
const built = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as { createServices(env: Env): Promise<AppServices> };
const services = await built.createServices(env);

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://ceiling");
    if (url.pathname === "/healthz") {
      await services.db.execute(sql`select 1`);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok", database: services.database.kind }));
      return;
    }
    const found = route(url.pathname);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    if (req.headers.cookie) headers.set("cookie", req.headers.cookie);
    // The root middleware and loader, then the route's loader: in that order in the app too.
    const user = await getSessionUser(services, null, { headers });
    const nav = await getNavigation(services, user);
    const page = await found.loader(services, user, url, found.slug);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ user, nav, page }));
  } catch (error) {
    // A failing query must show up as a failed measurement (non-2xx), never as a fast answer.
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});

server.listen(env.PORT, env.HOST, () => console.log("ready"));

async function stop() {
  server.close();
  server.closeAllConnections();
  await services.database.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
