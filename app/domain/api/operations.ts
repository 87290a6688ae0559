/**
 * The registry of the API (ADR 028): every operation once, with the Zod schemas that validate its
 * query, path and body and describe its answer. The route wrapper (app/lib/api.server.ts) parses
 * with these schemas, and the OpenAPI document (openapi.ts) is generated from them, so what is
 * documented is what is checked. A new operation: define it here, add it to API_OPERATIONS, and
 * point a route module in app/routes/api/ at it.
 */
import { z } from "zod";
import { NetworkList, NetworkListQuery } from "./networks.ts";

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

/** Every operation of the API, in the document's order. */
export const API_OPERATIONS: readonly ApiOperation[] = [getOpenApiDocument, listNetworks].map((op) => op as ApiOperation);

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
