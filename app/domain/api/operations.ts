/**
 * The registry of the API (ADR 028): every operation once, with the Zod schemas that validate its
 * query, path and body and describe its answer. The route wrapper (app/lib/api.server.ts) parses
 * with these schemas, and the OpenAPI document (openapi.ts) is generated from them, so what is
 * documented is what is checked. A new operation: define it here, add it to API_OPERATIONS, and
 * point a route module in app/routes/api/ at it.
 */
import { z } from "zod";
import type { ApiKeyScope } from "./keys.ts";
import { fieldsParam, type FieldsOption } from "./fields.ts";
import { AgendaItem, AgendaItemList, Network, NetworkAgendaParams, NetworkAgendaQuery, NetworkList, NetworkListQuery } from "./networks.ts";
import { Organisation, OrganisationList, OrganisationListQuery } from "./organisations.ts";
import { Course, CourseList, CourseListQuery, CourseSession, CourseSessionList, CourseSessionsParams, CourseSessionsQuery } from "./courses.ts";
import { Event, EventList, EventListQuery } from "./events.ts";
import { Article, ArticleList, ArticleListQuery } from "./news.ts";
import { Offer, OfferList, OfferListQuery } from "./offers.ts";
import {
  CourseBody,
  CourseWritten,
  OfferBody,
  OfferWritten,
  OrganisationCourseParams,
  OrganisationOfferParams,
  OrganisationSessionParams,
  RegistrationList,
  SessionBody,
  SessionWritten,
} from "./sync.ts";

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
  /**
   * A PUT that makes the thing when there is none: 201 Created with `Location` when this call made
   * it, `status` (200) when it updated (RFC 9110 §9.3.4). The handler says which (`created`).
   */
  creates?: boolean;
  /** An example answer, shown in the document (and checked against `response` by Spectral). */
  example?: z.input<R>;
  /** The list is paged: the answer carries a `Link` header. */
  paged?: boolean;
  /**
   * The API-key scope the operation needs; none for the public reads. The api-keys work reads it
   * in the wrapper and the document shows it under `security`.
   */
  scope?: ApiKeyScope;
  /** May answer 404 (a path parameter names nothing public). */
  notFound?: boolean;
  /** May answer 409 (the write conflicts with the current state, e.g. a capacity below the places taken). */
  conflict?: boolean;
  /**
   * The list takes `fields` (sparse fieldsets, fields.ts): `list` names the answer's array, whose
   * schema is `itemsOf(item)`. The query gets the parameter here; the wrapper cuts the items.
   */
  fields?: FieldsOption;
};

/** Keeps the schemas' types for the handler while listing the operation in one array. */
export function defineOperation<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(
  operation: ApiOperation<Q, P, B, R>,
): ApiOperation<Q, P, B, R> {
  if (!operation.fields) return operation;
  // One parameter for every list that takes it, so it parses (an unknown name is a 400) and is documented alike.
  const query = (operation.query ?? z.strictObject({})).extend({ fields: fieldsParam(operation.fields.item) });
  return { ...operation, query: query as unknown as Q };
}

export const TAGS = [
  { name: "api", description: "About the API itself." },
  { name: "networks", description: "The directory of networks and partnerships." },
  { name: "organisations", description: "Schools, companies, providers, public bodies and funds." },
  { name: "offers", description: "Guest lessons, company visits and other offers of companies and providers." },
  { name: "courses", description: "The course catalogue and its sessions." },
  { name: "events", description: "Events such as Feest van de Techniek." },
  { name: "news", description: "News articles of the networks." },
  { name: "integrations", description: "An organisation's own system keeps its courses, sessions and offers, and reads registrations, with an API key of that organisation (ADR 029)." },
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
  fields: { list: "networks", item: Network },
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
  description: "The organisations of /organisaties, by name, kind and province, a page at a time: public fields only.",
  tags: ["organisations"],
  query: OrganisationListQuery,
  response: OrganisationList,
  paged: true,
  fields: { list: "organisations", item: Organisation },
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
  fields: { list: "courses", item: Course },
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

export const listCourseSessions = defineOperation({
  method: "get",
  path: "/courses/{slug}/sessions",
  operationId: "listCourseSessions",
  summary: "The sessions of a course",
  description: "Every session of a published course that has not ended, earliest first, with its free places and waiting list, as the course's page shows them.",
  tags: ["courses"],
  params: CourseSessionsParams,
  query: CourseSessionsQuery,
  response: CourseSessionList,
  paged: true,
  fields: { list: "sessions", item: CourseSession },
  notFound: true,
  example: {
    sessions: [
      {
        startsAt: "2026-09-14T09:00:00+02:00",
        endsAt: "2026-09-14T17:00:00+02:00",
        registrationDeadline: "2026-09-07T23:59:00+02:00",
        status: "scheduled",
        location: "Techniekhuis, Utrecht",
        online: false,
        capacity: 12,
        freePlaces: 8,
        waitingList: 0,
        registrationOpen: true,
      },
    ],
    course: { slug: "plc-programmeren-basis", title: "PLC-programmeren, basis", url: "https://technohub.nl/cursussen/plc-programmeren-basis" },
    page: PAGE_EXAMPLE,
    links: linksExample("/courses/plc-programmeren-basis/sessions"),
  },
});

export const listNetworkAgenda = defineOperation({
  method: "get",
  path: "/networks/{slug}/agenda-items",
  operationId: "listNetworkAgenda",
  summary: "A network's agenda",
  description:
    "What is coming up in a network, from today, earliest first, as its agenda page (and its calendar feed) shows it: its events, the sessions of its courses, and guest lessons both sides agreed to show.",
  tags: ["networks"],
  params: NetworkAgendaParams,
  query: NetworkAgendaQuery,
  response: AgendaItemList,
  paged: true,
  fields: { list: "items", item: AgendaItem },
  notFound: true,
  example: {
    items: [
      {
        kind: "event",
        title: "Feest van de Techniek Utrecht",
        startsOn: "2026-10-14",
        endsOn: "2026-10-14",
        startsAt: null,
        endsAt: null,
        place: null,
        url: "https://technohub.nl/evenementen/feest-van-de-techniek-utrecht-2026",
      },
    ],
    network: { slug: "technet-utrecht", name: "TechNet Utrecht", url: "https://technohub.nl/netwerken/technet-utrecht" },
    page: PAGE_EXAMPLE,
    links: linksExample("/networks/technet-utrecht/agenda-items"),
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
  fields: { list: "events", item: Event },
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
  description: "Published articles, newest first, of all networks, one network or the networks of one province, as /nieuws shows them.",
  tags: ["news"],
  query: ArticleListQuery,
  response: ArticleList,
  paged: true,
  fields: { list: "articles", item: Article },
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
  fields: { list: "offers", item: Offer },
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

// Writes and private reads with an organisation's key (ADR 029): everything under /organisations/{slug}/ is
// that organisation's, by its own ids; the key must be the organisation's (403 otherwise).
const COURSE_PATH = "/organisations/{slug}/courses/{externalId}";
const SESSION_PATH = `${COURSE_PATH}/sessions/{sessionId}`;

export const putCourse = defineOperation({
  method: "put",
  path: COURSE_PATH,
  operationId: "putCourse",
  summary: "Create or update a course by the provider's own id",
  description: "Idempotent: the provider's course with this id is updated, or made when there is none. `published: true` publishes it.",
  tags: ["integrations"],
  params: OrganisationCourseParams,
  body: CourseBody,
  response: CourseWritten,
  creates: true,
  scope: "courses:write",
  notFound: true,
  example: { externalId: "CRS-2027-014", slug: "plc-programmeren", url: "https://technohub.nl/cursussen/plc-programmeren", created: true },
});

export const deleteCourse = defineOperation({
  method: "delete",
  path: COURSE_PATH,
  operationId: "deleteCourse",
  summary: "Take a course out of the catalogue",
  description:
    "As the provider's page does: the course is archived, not erased. Its sessions and registrations stay (people's places are kept); a PUT with `published: true` brings it back. Deleting it again changes nothing.",
  tags: ["integrations"],
  params: OrganisationCourseParams,
  response: z.null(),
  status: 204,
  scope: "courses:write",
  notFound: true,
});

export const putCourseSession = defineOperation({
  method: "put",
  path: SESSION_PATH,
  operationId: "putCourseSession",
  summary: "Create or update a session of a course, both by the provider's own ids",
  description: "Idempotent. A capacity below the places already taken is refused (409); more places go to the waiting list first.",
  tags: ["integrations"],
  params: OrganisationSessionParams,
  body: SessionBody,
  response: SessionWritten,
  creates: true,
  scope: "courses:write",
  notFound: true,
  conflict: true,
  example: { externalId: "SES-2027-014-1", courseExternalId: "CRS-2027-014", created: true },
});

export const cancelCourseSession = defineOperation({
  method: "delete",
  path: SESSION_PATH,
  operationId: "cancelCourseSession",
  summary: "Cancel a session",
  description: "Every registration ends and each participant is told by e-mail, as when the provider cancels on its page. Cancelling a cancelled session is a 400.",
  tags: ["integrations"],
  params: OrganisationSessionParams,
  response: z.null(),
  status: 204,
  scope: "courses:write",
  notFound: true,
});

export const listSessionRegistrations = defineOperation({
  method: "get",
  path: `${SESSION_PATH}/registrations`,
  operationId: "listSessionRegistrations",
  summary: "The registrations of a session of one of the provider's courses",
  tags: ["integrations"],
  params: OrganisationSessionParams,
  response: RegistrationList,
  scope: "registrations:read",
  notFound: true,
  example: {
    registrations: [
      { id: "0b9f3c1e-5d2a-4c1b-9a7e-2f4d6c8b1a00", name: "Sanne de Vries", email: "sanne@example.nl", status: "confirmed", waitlistPosition: null, company: "Kiremko", registeredAt: "2027-02-01T10:15:00+01:00" },
    ],
  },
});

export const putOffer = defineOperation({
  method: "put",
  path: "/organisations/{slug}/offers/{externalId}",
  operationId: "putOffer",
  summary: "Create or update a guest lesson or company visit by the company's own id",
  description: "Idempotent: the organisation's offer with this id is saved, or added when there is none. `published: true` publishes it.",
  tags: ["integrations"],
  params: OrganisationOfferParams,
  body: OfferBody,
  response: OfferWritten,
  creates: true,
  scope: "offers:write",
  notFound: true,
  example: { externalId: "GL-7", id: "5d0c2f9a-1b3e-4a6d-8c2f-7e9a1b3c5d70", status: "published", url: "https://technohub.nl/aanbod/5d0c2f9a-1b3e-4a6d-8c2f-7e9a1b3c5d70", created: true },
});

export const deleteOffer = defineOperation({
  method: "delete",
  path: "/organisations/{slug}/offers/{externalId}",
  operationId: "deleteOffer",
  summary: "Take a guest lesson or company visit out of the lists",
  description:
    "As the company's page does: the offer is archived, not erased, so appointments made through it keep it. A PUT with `published: true` brings it back. Deleting it again changes nothing.",
  tags: ["integrations"],
  params: OrganisationOfferParams,
  response: z.null(),
  status: 204,
  scope: "offers:write",
  notFound: true,
});

/** Every operation of the API, in the document's order. */
export const API_OPERATIONS: readonly ApiOperation[] = [
  getOpenApiDocument,
  listNetworks,
  listNetworkAgenda,
  listOrganisations,
  listOffers,
  listCourses,
  listCourseSessions,
  listEvents,
  listArticles,
  putCourse,
  deleteCourse,
  putCourseSession,
  cancelCourseSession,
  listSessionRegistrations,
  putOffer,
  deleteOffer,
].map((op) => op as ApiOperation);

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
