/**
 * The ceiling of `npm run bench -- pages`: a bare `node:http` server that answers the same
 * addresses as the app with the rows the app's loaders fetch, as JSON. It opens the database the
 * way the app does (createServices from the production build: the same pool settings, the same
 * auth), and for each page runs what the page's request runs against the database: the session
 * lookup of the root middleware, the menu of the root loader, and the route loader's use-case,
 * with the input parsed by the same functions. No Express, no middleware, no React rendering:
 * the difference between a page and its ceiling is what the app adds on top of its queries.
 *
 * The public API's reads (`/api/v1/...`, `--only api`) likewise: what the API gate runs against
 * the database (the rate-limit count of the caller's address; no session, the edge removes the
 * cookie), then the route module's use-case with the query read by the operation's own schema
 * (ADR 028). The answer is the use-case's rows as JSON, without the route's mapping to the
 * resource's fields, its links or the wrapper's headers: those are what the API adds.
 *
 * Started by bench/pages.ts with the app's environment (DATABASE_URL or DATA_DIR, AUTH_SECRET,
 * PORT, HOST); prints "ready" once it listens. On SIGTERM it waits (up to 20 s) for the requests
 * it is still answering before it closes the pool. Not a bench of its own (scripts/bench.ts lists
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
import { listMapLocations } from "../../app/services/networks/list-map-locations.server.ts";
import { slugParam } from "../../app/domain/common/slug.ts";
import { getNetworkProfile } from "../../app/services/networks/get-network-profile.server.ts";
import { getOrganisation } from "../../app/services/organisations/get-organisation.server.ts";
import { parseOfferSearchParams } from "../../app/domain/guest-lessons/catalogue-query.ts";
import { searchOffers } from "../../app/services/guest-lessons/search-offers.server.ts";
import { parseCourseFilters } from "../../app/domain/courses/search-query.ts";
import { searchCourses } from "../../app/services/courses/search-courses.server.ts";
import { listMyRegistrations } from "../../app/services/courses/list-my-registrations.server.ts";
import { listNews } from "../../app/services/news/list-news.server.ts";
import { parseNewsListQuery } from "../../app/domain/news/list-query.ts";
import { listEvents } from "../../app/services/events/list-events.server.ts";
import { parseSearchParams } from "../../app/domain/search/query.ts";
import { searchEverything } from "../../app/services/search/search-everything.server.ts";
import type { z } from "zod";
import { listArticles, listCourses, listEvents as listEventsOperation, listNetworks, listOffers, listOrganisations as listOrganisationsOperation, type ApiOperation } from "../../app/domain/api/operations.ts";
import { queryObject } from "../../app/domain/api/query.ts";
import { networkFilters } from "../../app/domain/api/networks.ts";
import { offerFilters } from "../../app/domain/api/offers.ts";
import { courseFilters } from "../../app/domain/api/courses.ts";
import { listOrganisations } from "../../app/services/organisations/list-organisations.server.ts";
import { recordApiRequest } from "../../app/services/api/record-api-request.server.ts";

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
  "/nieuws": (s, user, url) => listNews(s, user, parseNewsListQuery(url.searchParams)),
  "/evenementen": (s, user) => listEvents(s, user),
  "/zoeken": (s, user, url) => {
    const parsed = parseSearchParams(url.searchParams);
    return parsed.error ? Promise.resolve(null) : searchEverything(s, user, { q: parsed.q, kind: parsed.kind });
  },
};

/**
 * Resource routes (JSON a page fetches), keyed by their path: the root middleware's session lookup
 * runs for them in the app, the root loader (the menu) does not, so the ceiling skips it too.
 */
const RESOURCES: Record<string, Loader> = {
  // The markers of the home page's map, fetched when the map is shown (ADR 020).
  "/netwerken/vestigingen.json": (s, user) => listMapLocations(s, user),
};

type ApiRead = { operation: ApiOperation; read: (services: AppServices, query: never) => Promise<unknown> };
const apiRead = <Q extends z.ZodObject>(operation: ApiOperation<Q>, read: (services: AppServices, query: z.output<Q>) => Promise<unknown>): ApiRead => ({
  operation: operation as unknown as ApiOperation,
  read: read as ApiRead["read"],
});

/** The API route modules' use-cases (app/routes/api/*.ts), keyed by their path under /api/v1, as a visitor without a key calls them. */
const API_READS: Record<string, ApiRead> = {
  "/api/v1/networks": apiRead(listNetworks, (s, query) => searchNetworks(s, null, { ...networkFilters(query), pageSize: query.pageSize })),
  "/api/v1/organisations": apiRead(listOrganisationsOperation, (s, query) => listOrganisations(s, null, { q: query.q, kind: query.kind, page: query.page })),
  "/api/v1/offers": apiRead(listOffers, (s, query) => searchOffers(s, null, offerFilters(query))),
  "/api/v1/courses": apiRead(listCourses, (s, query) => searchCourses(s, null, courseFilters(query))),
  "/api/v1/articles": apiRead(listArticles, (s, query) => listNews(s, null, { networkSlug: query.network, page: query.page })),
  "/api/v1/events": apiRead(listEventsOperation, (s, query) => listEvents(s, null, { page: query.page })),
};

/** What an API read costs below the API: the gate's count of the caller, the query read by the operation's schema, the use-case. */
async function answerApi(read: ApiRead, url: URL, address: string): Promise<unknown> {
  const { env } = services;
  const outcome = await recordApiRequest(services, null, {
    bucket: `address:${address}`,
    policy: { limit: env.API_RATE_LIMIT_PER_ADDRESS, windowSeconds: env.API_RATE_LIMIT_WINDOW_SECONDS },
  });
  // Over the limit the app answers 429: a measurement, then, of nothing; the ceiling fails the same way.
  if (!outcome.allowed) throw new Error(`rate limit of ${address} reached: raise API_RATE_LIMIT_PER_ADDRESS`);
  const schema = read.operation.query;
  const query = schema ? schema.parse(queryObject(schema, url.searchParams)) : {};
  return read.read(services, query as never);
}

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

/** Requests whose answer is still being computed: the pool stays open until they are done. */
const inFlight = new Set<Promise<void>>();

const server = http.createServer((req, res) => {
  const answered = answer(req, res).finally(() => inFlight.delete(answered));
  inFlight.add(answered);
});

/** The root middleware's session lookup, from the request's cookie. */
function sessionUserOf(req: http.IncomingMessage): Promise<SessionUser | null> {
  const headers = new Headers();
  if (req.headers.cookie) headers.set("cookie", req.headers.cookie);
  return getSessionUser(services, null, { headers });
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://ceiling");
    if (url.pathname === "/healthz") {
      await services.db.execute(sql`select 1`);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok", database: services.database.kind }));
      return;
    }
    const api = API_READS[url.pathname];
    if (api) {
      const rows = await answerApi(api, url, req.socket.remoteAddress ?? "unknown");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows));
      return;
    }
    const resource = RESOURCES[url.pathname];
    if (resource) {
      const user = await sessionUserOf(req);
      const rows = await resource(services, user, url, "");
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ user, rows }));
      return;
    }
    const found = route(url.pathname);
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    // The root middleware and loader, then the route's loader: in that order in the app too.
    const user = await sessionUserOf(req);
    const nav = await getNavigation(services, user);
    const page = await found.loader(services, user, url, found.slug);
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ user, nav, page }));
  } catch (error) {
    // A failing query must show up as a failed measurement (non-2xx), never as a fast answer.
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
}

server.listen(env.PORT, env.HOST, () => console.log("ready"));

const STOP_WAIT_MS = 20_000;
let stopping = false;
/**
 * No new request, then the ones already accepted finish, then the pool closes. Closing the pool
 * under them made each log "Cannot use a pool after calling end on the pool" at the end of a run:
 * autocannon's last requests (and on a slow page its backlog) are still running when the bench
 * stops the ceiling. Their sockets are closed at once; nobody reads those answers any more.
 */
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  let waited: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (waited = setTimeout(resolve, STOP_WAIT_MS)))]);
  clearTimeout(waited);
  if (inFlight.size > 0) console.error(`ceiling: ${inFlight.size} requests still running after ${STOP_WAIT_MS / 1000} s; closing the pool under them`);
  await services.database.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
