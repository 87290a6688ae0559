/**
 * The one wrapper of the public API's route modules (ADR 028), beside route.server.ts and sharing
 * its error vocabulary (DomainError kinds → HTTP_STATUS). A route module names an operation of the
 * registry (app/domain/api/operations.ts) and a function that calls one use-case:
 *
 *   export const loader = apiLoader(listNetworks, ({ query, services }) => …);
 *   export const action = apiAction(); // or apiAction(apiHandler(createOffer, fn), …)
 *
 * The wrapper parses the query and path with the operation's schemas (400 with `invalidParams`
 * when they do not pass), answers JSON (`application/json`, a `Link` header for a paged list) and
 * turns every error into RFC 9457 problem details: a DomainError by its kind, a wrong method 405
 * with `Allow`, anything else 500 without internals (logged with the request id). The edge
 * (server/edge.ts, apiEdge) adds `API-Version` and CORS to every answer under /api/v1 and keeps
 * the session cookie away from the API.
 */
import type { RouterContextProvider } from "react-router";
import { z } from "zod";
import { apiActorContext, requestContext, servicesContext, type AppServices, type KeyActor } from "~/context.ts";
import { DomainError, FormRefusal, unauthorized } from "~/domain/errors.ts";
import { bearerChallenge, grants } from "~/domain/api/keys.ts";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";
import { HTTP_STATUS } from "~/lib/route.server.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { cleanJson } from "~/domain/common/clean-text.ts";
import { log } from "~/lib/log.server.ts";
import { kindOfStatus, problem, problemDetailKey, problemTitleKey, PROBLEM_CONTENT_TYPE, type InvalidParam, type ProblemKind } from "~/domain/api/problem.ts";
import { invalidParamsOf, queryObject } from "~/domain/api/query.ts";
import { linkHeader, type PageLinks } from "~/domain/api/paging.ts";
import { selectFields } from "~/domain/api/fields.ts";
import { methodsOf, type ApiMethod, type ApiOperation } from "~/domain/api/operations.ts";
import { API_BASE_PATH } from "~/domain/api/version.ts";

type Args = { request: Request; params: Record<string, string | undefined>; context: Readonly<RouterContextProvider> };

export type ApiInput<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType> = {
  query: z.output<Q>;
  params: z.output<P>;
  body: z.output<B>;
  request: Request;
  /** The request's address as the client sent it (for links). */
  url: URL;
  services: AppServices;
  /** Where the site's pages live (BASE_URL), for links to them. */
  siteUrl: string;
  context: Readonly<RouterContextProvider>;
  /**
   * The key that calls (ADR 029): present whenever the operation has a scope (the wrapper has
   * checked key and scope before the handler runs), null on a public read without one.
   */
  actor: KeyActor | null;
};

/** What a handler answers: the body (checked by the contract tests against the operation's schema), and for a list its links. */
export type ApiAnswer<R> = {
  body: R;
  links?: PageLinks;
  headers?: Record<string, string>;
  /** For an operation that `creates`: this call made the thing (201 with `Location`), rather than updating it (200). */
  created?: boolean;
};

type Handler<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType, R extends z.ZodType> = (
  input: ApiInput<Q, P, B>,
) => Promise<ApiAnswer<z.input<R>>>;

export type ApiHandler = { operation: ApiOperation; fn: Handler<z.ZodObject, z.ZodObject, z.ZodType, z.ZodType> };

/** Binds a function to its operation, keeping the schemas' types for the function. */
export function apiHandler<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(
  operation: ApiOperation<Q, P, B, R>,
  fn: Handler<Q, P, B, R>,
): ApiHandler {
  return { operation: operation as ApiOperation, fn: fn as ApiHandler["fn"] };
}

/** A client's wish from Accept-Language; Dutch unless English comes first. */
export function apiLocale(request: Request): Locale {
  const first = (request.headers.get("accept-language") ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "nl";
}

/** Where problem types are described: the developer page. */
function typeBase(services: AppServices): string {
  return new URL("/ontwikkelaars", baseUrl(services.env)).toString();
}

function instanceOf(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/** A problem+json answer. Never cached: an error is this request's, and may be gone on the next. */
export function problemResponse(
  request: Request,
  services: AppServices,
  kind: ProblemKind,
  options: { detail?: string; invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
): Response {
  const t = translator(apiLocale(request));
  const body = problem({
    kind,
    title: t(problemTitleKey(kind)),
    detail: options.detail ?? t(problemDetailKey(kind)),
    typeBase: typeBase(services),
    instance: instanceOf(request),
    invalidParams: options.invalidParams,
  });
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": `${PROBLEM_CONTENT_TYPE}; charset=utf-8`, "cache-control": "no-store", "content-language": apiLocale(request), ...options.headers },
  });
}

class InvalidParams extends Error {
  constructor(readonly params: InvalidParam[]) {
    super("invalid parameters");
  }
}

function parse(schema: z.ZodType | undefined, value: unknown, t: Translate): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidParams(invalidParamsOf(result.error, t));
  return result.data;
}

/** Any error as its problem; a defect is logged (with the request id) and answered without internals. */
function errorResponse(error: unknown, args: Args, services: AppServices): Response {
  const t = translator(apiLocale(args.request));
  if (error instanceof InvalidParams) return problemResponse(args.request, services, "invalid", { invalidParams: error.params });
  if (error instanceof DomainError) {
    const kind = kindOfStatus(HTTP_STATUS[error.kind]);
    return problemResponse(args.request, services, kind, {
      // RFC 6750: a 401 names the scheme it wants (the gate answers a refused token itself).
      ...(kind === "unauthorized" ? { headers: { "www-authenticate": bearerChallenge(false) } } : {}),
      detail: t(error.message, error.params),
      ...(error.field ? { invalidParams: [{ name: error.field, code: error.kind, reason: t(error.message, error.params) }] } : {}),
    });
  }
  if (error instanceof FormRefusal) return problemResponse(args.request, services, "invalid");
  if (error instanceof Response) return problemResponse(args.request, services, kindOfStatus(error.status));
  log.error("api request failed", { requestId: args.context.get(requestContext).requestId, path: new URL(args.request.url).pathname, error });
  return problemResponse(args.request, services, "internal");
}

/**
 * The key an operation runs with (ADR 029), before anything of the request is parsed: an operation
 * with a scope needs a key (401) that holds that scope (403). The gate (server/api-gate.ts) has
 * already verified the key and refused an unknown or revoked one.
 */
function keyFor(operation: ApiOperation, context: Readonly<RouterContextProvider>): KeyActor | null {
  const actor = context.get(apiActorContext);
  if (!operation.scope) return actor;
  if (!actor) throw unauthorized("api.error.keyMissing");
  if (!grants(actor.apiKey, operation.scope)) {
    throw new DomainError("forbidden", "api.error.scopeMissing", undefined, { scope: operation.scope });
  }
  return actor;
}

async function run(handler: ApiHandler, args: Args): Promise<Response> {
  const services = args.context.get(servicesContext);
  try {
    const t = translator(apiLocale(args.request));
    const { operation } = handler;
    const actor = keyFor(operation, args.context);
    const url = new URL(args.request.url);
    // Without a schema there is nothing to read: an empty object, as a handler of such an operation expects.
    const query = (parse(operation.query, queryObject(operation.query, url.searchParams), t) ?? {}) as Record<string, unknown>;
    const params = (parse(operation.params, args.params, t) ?? {}) as Record<string, unknown>;
    // A key works for its own organisation only (ADR 029): a keyed path names it as {slug}.
    if (actor && operation.scope && typeof params.slug === "string" && params.slug !== actor.apiKey.organisationSlug) throw new DomainError("forbidden", "api.error.otherOrganisation");
    const body = operation.body ? parse(operation.body, await readJson(args.request), t) : undefined;
    const answer = await handler.fn({ query, params, body, request: args.request, url, services, siteUrl: baseUrl(services.env), context: args.context, actor });
    const created = operation.creates === true && answer.created === true;
    const status = created ? 201 : (operation.status ?? 200);
    const headers: Record<string, string> = {
      // A PUT made the thing at the address it was put to (RFC 9110 §9.3.4).
      ...(created ? { location: new URL(url.pathname, url.origin).toString() } : {}),
      // A public read may be kept a little while by a client or proxy; anything behind a key never.
      "cache-control": operation.scope ? "no-store" : "public, max-age=60",
      ...(answer.links ? { link: linkHeader(answer.links) } : {}),
      ...answer.headers,
    };
    if (status === 204) return new Response(null, { status, headers });
    // Sparse fieldsets (fields.ts): the handler answers whole items, the client gets the fields it named.
    const sent = operation.fields && Array.isArray(query.fields) ? selectFields(answer.body, operation.fields.list, query.fields as string[]) : answer.body;
    return new Response(JSON.stringify(sent), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
  } catch (error) {
    return errorResponse(error, args, services);
  }
}

/**
 * A JSON body; anything else is a 415, an unreadable one a 400 (the edge has already limited its
 * size). Its strings come back without control characters (`cleanJson`), as a form's do from
 * `readForm`: a NUL in a title would otherwise reach PostgreSQL, which refuses it (22021).
 */
async function readJson(request: Request): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") throw new DomainError("unsupported_media_type", "api.problem.unsupported_media_type.detail");
  let clean: { value: unknown } | null = null;
  try {
    clean = cleanJson(await request.json());
  } catch {
    // Unparsable, or nested too deep for the parser itself.
  }
  if (!clean) throw new InvalidParams([{ name: "body", code: "invalid_json", reason: translator(apiLocale(request))("api.invalidParam.invalid") }]);
  return clean.value;
}

/** The loader of an API route: its GET operation. */
export function apiLoader<Q extends z.ZodObject, P extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(
  operation: ApiOperation<Q, P, B, R>,
  fn: Handler<Q, P, B, R>,
) {
  const handler = apiHandler(operation, fn);
  return (args: Args) => run(handler, args);
}

/** The methods the document gives this request's path, for `Allow`. */
function allowOf(request: Request): string {
  const path = new URL(request.url).pathname.slice(API_BASE_PATH.length);
  const methods = methodsOf(path).map((m) => m.toUpperCase());
  return [...new Set([...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"])].join(", ");
}

/**
 * The action of an API route: its operations other than GET, by method. Every API route module
 * exports one, so a method the path does not take is a 405 problem with `Allow`, not React
 * Router's own answer.
 */
export function apiAction(...handlers: ApiHandler[]) {
  const byMethod = new Map<ApiMethod, ApiHandler>(handlers.map((h) => [h.operation.method, h]));
  return async (args: Args): Promise<Response> => {
    const handler = byMethod.get(args.request.method.toLowerCase() as ApiMethod);
    if (handler) return run(handler, args);
    return problemResponse(args.request, args.context.get(servicesContext), "method_not_allowed", { headers: { allow: allowOf(args.request) } });
  };
}

/** Any address under /api/v1 that the document does not have (the splat route): 404 for every method. */
export function apiNotFound(args: Args): Response {
  return problemResponse(args.request, args.context.get(servicesContext), "not_found");
}

/** The loader of a path without a GET operation (a PUT-only path): 405 problem with `Allow`, as for any method it does not take. */
export function apiNoGet(args: Args): Response {
  return problemResponse(args.request, args.context.get(servicesContext), "method_not_allowed", { headers: { allow: allowOf(args.request) } });
}
