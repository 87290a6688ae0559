/**
 * The registry of the API (ADR 028): every operation once, with the Zod schemas that validate its
 * query, path and body and describe its answer. The route wrapper (app/lib/api.server.ts) parses
 * with these schemas, and the OpenAPI document (openapi.ts) is generated from them, so what is
 * documented is what is checked. A new operation: define it here, add it to API_OPERATIONS, and
 * point a route module in app/routes/api/ at it.
 */
import { z } from "zod";
import { NetworkList, NetworkListQuery } from "./networks.ts";
import { OrganisationList, OrganisationListQuery } from "./organisations.ts";
import { CourseList, CourseListQuery } from "./courses.ts";
import { EventList, EventListQuery } from "./events.ts";
import { ArticleList, ArticleListQuery } from "./news.ts";
import { OfferList, OfferListQuery } from "./offers.ts";

export type ApiMethod = "get" | "post" | "put" | "patch" | "delete";

export type ApiOperation<
  Q extends z.ZodObject = z.ZodObject,
  P extends z.ZodObject = z.ZodObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  method: ApiMethod;
  /** The path under /api/v1 as OpenAPI writes it: kebab-case, plural nouns, `{name}` for a parameter. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** A strict object: an unknown parameter is a 400, not silently ignored. */
  query?: Q;
  params?: P;
  body?: B;
  response: R;
  /** 200 unless the operation creates (201) or answers without a body (204). */
  status?: 200 | 201 | 204;
  /** An example answer, shown in the document (and checked against `response` by Spectral). */
  example?: z.input<R>;
  /** The list is paged: the answer carries a `Link` header. */
  paged?: boolean;
  /**
   * The API-key scope the operation needs; none for the public reads. The api-keys work reads it
   * in the wrapper and the document shows it under `security`.
   */
  scope?: string;
  /** May answer 404 (a path parameter names nothing public). */
  notFound?: boolean;
};

/** Keeps the schemas' types for the handler while listing the operation in one array. */
export function defineOperation<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(
  operation: ApiOperation<Q, P, B, R>,
): ApiOperation<Q, P, B, R> {
  return operation;
}

export const TAGS = [
  { name: "api", description: "About the API itself." },
  { name: "networks", description: "The directory of networks and partnerships." },
  { name: "organisations", description: "Schools, companies, providers, public bodies and funds." },
  { name: "offers", description: "Guest lessons, company visits and other offers of companies and providers." },
  { name: "courses", description: "The course catalogue and its sessions." },
  { name: "events", description: "Events such as Feest van de Techniek." },
  { name: "news", description: "News articles of the networks." },
] as const;

export const listNetworks = defineOperation({
  method: "get",
  path: "/networks",
  operationId: "listNetworks",
  summary: "Search the directory of networks",
  description:
    "The directory of /netwerken: full-text search with typo tolerance, facets whose counts apply every other filter, and pages. Archived networks are left out.",
  tags: ["networks"],
  query: NetworkListQuery,
  response: NetworkList,
  paged: true,
  example: {
    networks: [
      {
        slug: "technet-utrecht",
        name: "TechNet Utrecht",
        kind: "technet",
        province: "Utrecht",
        summary: "Scholen en bedrijven in de regio Utrecht werken samen aan techniekonderwijs.",
        tags: ["installatietechniek"],
        economicSector: "Maakindustrie",
        url: "https://technohub.nl/netwerken/technet-utrecht",
      },
    ],
    facets: {
      province: [{ value: "Utrecht", count: 1 }],
      kind: [{ value: "technet", count: 1 }],
      cooperationType: [],
      educationSector: [],
      economicSector: [{ value: "Maakindustrie", count: 1 }],
      tag: [{ value: "installatietechniek", count: 1 }],
      focusArea: [],
      startYear: [],
    },
    page: { number: 1, size: 20, totalElements: 1, totalPages: 1 },
    links: {
      self: { href: "https://technohub.nl/api/v1/networks?q=utrecht&page=1" },
      first: { href: "https://technohub.nl/api/v1/networks?q=utrecht&page=1" },
      last: { href: "https://technohub.nl/api/v1/networks?q=utrecht&page=1" },
    },
  },
});

export const getOpenApiDocument = defineOperation({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This API's OpenAPI document",
  description: "The OpenAPI 3.1 document of this API, generated from the schemas that validate its requests.",
  tags: ["api"],
  response: z.looseObject({ openapi: z.string(), info: z.looseObject({ version: z.string() }), paths: z.record(z.string(), z.unknown()) }).meta({ id: "OpenApiDocument" }),
});

const PAGE_EXAMPLE = { number: 1, size: 20, totalElements: 1, totalPages: 1 };
const linksExample = (path: string) => {
  const href = `https://technohub.nl/api/v1${path}?page=1`;
  return { self: { href }, first: { href }, last: { href } };
};

export const listOrganisations = defineOperation({
  method: "get",
  path: "/organisations",
  operationId: "listOrganisations",
  summary: "List organisations",
  description: "The organisations of /organisaties, by name, a page at a time: public fields only.",
  tags: ["organisations"],
  query: OrganisationListQuery,
  response: OrganisationList,
  paged: true,
  example: {
    organisations: [{ slug: "kiremko", name: "Kiremko", kind: "company", place: "Montfoort", province: "Utrecht", url: "https://technohub.nl/organisaties/kiremko" }],
    page: PAGE_EXAMPLE,
    links: linksExample("/organisations"),
  },
});

export const listCourses = defineOperation({
  method: "get",
  path: "/courses",
  operationId: "listCourses",
  summary: "Search the course catalogue",
  description: "Published courses with an upcoming session that fits every filter, sorted by that session, as /cursussen shows them.",
  tags: ["courses"],
  query: CourseListQuery,
  response: CourseList,
  paged: true,
  example: {
    courses: [
      {
        slug: "plc-programmeren-basis",
        title: "PLC-programmeren, basis",
        summary: "Twee dagen PLC-programmeren voor beginners.",
        format: "physical_hub",
        level: "mbo-3",
        priceCents: 0,
        topics: ["plc"],
        provider: { slug: "techniekhuis", name: "Techniekhuis" },
        nextSession: { startsAt: "2026-09-14T07:00:00.000Z", endsAt: "2026-09-14T15:00:00.000Z", place: "Utrecht", freePlaces: 8, distanceKm: null },
        upcomingSessions: 2,
        url: "https://technohub.nl/cursussen/plc-programmeren-basis",
      },
    ],
    page: PAGE_EXAMPLE,
    links: linksExample("/courses"),
  },
});

export const listEvents = defineOperation({
  method: "get",
  path: "/events",
  operationId: "listEvents",
  summary: "List events",
  description: "Every event that is not a draft, newest first, as /evenementen shows them.",
  tags: ["events"],
  query: EventListQuery,
  response: EventList,
  paged: true,
  example: {
    events: [
      {
        slug: "feest-van-de-techniek-utrecht-2026",
        name: "Feest van de Techniek Utrecht",
        kind: "feest_van_de_techniek",
        status: "published",
        startsOn: "2026-10-14",
        endsOn: "2026-10-14",
        network: { slug: "technet-utrecht", name: "TechNet Utrecht" },
        url: "https://technohub.nl/evenementen/feest-van-de-techniek-utrecht-2026",
      },
    ],
    page: PAGE_EXAMPLE,
    links: linksExample("/events"),
  },
});

export const listArticles = defineOperation({
  method: "get",
  path: "/articles",
  operationId: "listArticles",
  summary: "List news articles",
  description: "Published articles, newest first, of all networks or one, as /nieuws shows them.",
  tags: ["news"],
  query: ArticleListQuery,
  response: ArticleList,
  paged: true,
  notFound: true,
  example: {
    articles: [
      {
        slug: "girlsday-2026",
        title: "Girlsday 2026",
        summary: "Meer dan 300 meisjes bezochten een technisch bedrijf.",
        publishedAt: "2026-04-10T08:00:00.000Z",
        network: { slug: "technet-utrecht", name: "TechNet Utrecht" },
        url: "https://technohub.nl/nieuws/girlsday-2026",
      },
    ],
    page: PAGE_EXAMPLE,
    links: linksExample("/articles"),
  },
});

export const listOffers = defineOperation({
  method: "get",
  path: "/offers",
  operationId: "listOffers",
  summary: "Search guest-lesson offers",
  description: "Published offers, as /aanbod shows them: by words, kind, topic, level and where, or those that reach a place (`near`), nearest first.",
  tags: ["offers"],
  query: OfferListQuery,
  response: OfferList,
  paged: true,
  example: {
    offers: [
      {
        id: "0b9f6c1e-5a1d-4c1e-9a51-3f3c2b1a0d9e",
        title: "Gastles lassen",
        kind: "gastles",
        organisation: { name: "Kiremko" },
        place: "Montfoort",
        topics: ["lassen"],
        levels: ["vmbo-kader"],
        locations: ["school"],
        distanceKm: 18,
        url: "https://technohub.nl/aanbod/0b9f6c1e-5a1d-4c1e-9a51-3f3c2b1a0d9e",
      },
    ],
    page: PAGE_EXAMPLE,
    links: linksExample("/offers"),
    more: false,
  },
});

/** Every operation of the API, in the document's order. */
export const API_OPERATIONS: readonly ApiOperation[] = [getOpenApiDocument, listNetworks, listOrganisations, listOffers, listCourses, listEvents, listArticles].map((op) => op as ApiOperation);

/** `/networks/{slug}` as a pattern over a concrete path (without the /api/v1 prefix). */
function pathPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  return new RegExp(`^${escaped}$`);
}

/** The methods the document gives a concrete path (without the /api/v1 prefix); empty when it has no such path. */
export function methodsOf(path: string, operations: readonly ApiOperation[] = API_OPERATIONS): ApiMethod[] {
  return operations.filter((op) => pathPattern(op.path).test(path)).map((op) => op.method);
}

/** The document's path template written the way app/routes.ts writes it (`{slug}` → `:slug`). */
export function routePathOf(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ":$1");
}
