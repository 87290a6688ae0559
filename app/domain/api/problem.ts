/**
 * RFC 9457 problem details, the one shape of every error the API answers (ADR 028): the route
 * wrapper (app/lib/api.server.ts) and the edge (server/edge.ts) both build it here, so a refusal
 * looks the same whoever makes it.
 */
import { z } from "zod";

/** One query or path parameter that did not pass, in the Design Rules' `invalidParams` style. */
export const InvalidParam = z
  .object({
    name: z.string().meta({ description: "The parameter (dotted for a nested field).", example: "pageSize" }),
    code: z.string().meta({ description: "What is wrong, as a stable code.", example: "too_big" }),
    reason: z.string().meta({ description: "What is wrong, in words.", example: "Ten hoogste 100." }),
  })
  .meta({ id: "InvalidParam" });
export type InvalidParam = z.infer<typeof InvalidParam>;

export const Problem = z
  .object({
    type: z.string().meta({ description: "A URI that names the kind of problem.", example: "https://technohub.nl/ontwikkelaars#invalid" }),
    title: z.string().meta({ description: "A short summary of the kind of problem.", example: "Ongeldige invoer" }),
    status: z.int().min(100).max(599).meta({ description: "The HTTP status code.", example: 400 }),
    detail: z.string().meta({ description: "What went wrong with this request.", example: "Een of meer parameters kloppen niet." }),
    instance: z.string().meta({ description: "This occurrence: the request's path and query.", example: "/api/v1/networks?pageSize=500" }),
    invalidParams: z.array(InvalidParam).optional().meta({ description: "Every parameter that did not pass (400 only)." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details." });
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The kinds of problem, each with a status; a DomainError's kind maps onto the first six. */
export const PROBLEM_KINDS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
} as const;
export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** The message keys (app/i18n/messages/api.ts) of a kind's title and its default detail. */
export const problemTitleKey = (kind: ProblemKind) => `api.problem.${kind}.title`;
export const problemDetailKey = (kind: ProblemKind) => `api.problem.${kind}.detail`;

export function problem(input: {
  kind: ProblemKind;
  title: string;
  detail: string;
  /** Where the kinds are described (the developer page); `#kind` is added. */
  typeBase: string;
  instance: string;
  invalidParams?: InvalidParam[];
}): Problem {
  return {
    type: `${input.typeBase}#${input.kind}`,
    title: input.title,
    status: PROBLEM_KINDS[input.kind],
    detail: input.detail,
    instance: input.instance,
    ...(input.invalidParams && input.invalidParams.length > 0 ? { invalidParams: input.invalidParams } : {}),
  };
}

/** The kind a status stands for, for answers made from a status alone. */
export function kindOfStatus(status: number): ProblemKind {
  const found = (Object.entries(PROBLEM_KINDS) as [ProblemKind, number][]).find(([, s]) => s === status);
  return found ? found[0] : status >= 500 ? "internal" : "invalid";
}
