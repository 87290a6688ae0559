/**
 * Reading an API request's query and path against an operation's schemas, and turning what did
 * not pass into the problem's `invalidParams`, one per parameter, in the reader's language.
 */
import { z } from "zod";
import type { Translate } from "../../i18n/index.ts";
import type { InvalidParam } from "./problem.ts";
import { cleanText } from "../common/clean-text.ts";

/** Optional, default, nullable and pipes wrap the type that says whether a parameter repeats. */
function innermost(field: z.ZodType): z.ZodType {
  let current = field as z.ZodType & { _zod: { def: { innerType?: z.ZodType; in?: z.ZodType } } };
  for (let i = 0; i < 10; i++) {
    const def = current._zod.def;
    const next = def.innerType ?? def.in;
    if (!next) break;
    current = next as typeof current;
  }
  return current;
}

/**
 * The query string as the schema reads it: an array parameter gets every value (`?tag=a&tag=b`),
 * any other its one value; a single-valued parameter given twice stays an array so the schema
 * refuses it. Parameters the schema does not know are kept, for a strict schema to name them.
 */
export function queryObject(schema: z.ZodType | undefined, params: URLSearchParams): Record<string, unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
  // No prototype: `?__proto__=…` is then a parameter like any other (which a strict schema names), not the object's prototype.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of new Set(params.keys())) {
    // Without control characters, as a page's query (app/lib/forms.ts): the values go on to SQL.
    const values = params.getAll(key).map(cleanText);
    // Own keys only: `shape["__proto__"]` would be Object.prototype, not a field.
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    out[key] = (field && innermost(field) instanceof z.ZodArray) || values.length > 1 ? values : values[0];
  }
  return out;
}

function reason(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case "too_big":
      return t("api.invalidParam.tooBig", { maximum: String(issue.maximum) });
    case "too_small":
      return t("api.invalidParam.tooSmall", { minimum: String(issue.minimum) });
    case "invalid_value":
      return t("api.invalidParam.oneOf", { values: issue.values.map(String).join(", ") });
    case "invalid_type":
      return t(issue.expected === "array" || issue.expected === "string" ? "api.invalidParam.once" : "api.invalidParam.type", { expected: issue.expected });
    case "invalid_format":
      return t("api.invalidParam.format", { format: issue.format });
    // A rule across fields (a schema's refine) says what is wrong with its own message key.
    case "custom":
      return issue.message ? t(issue.message, issue.params as Record<string, string> | undefined) : t("api.invalidParam.invalid");
    default:
      return t("api.invalidParam.invalid");
  }
}

/** Every parameter that did not pass, each once (its first problem), unknown parameters by name. */
export function invalidParamsOf(error: z.ZodError, t: Translate): InvalidParam[] {
  const out = new Map<string, InvalidParam>();
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) if (!out.has(key)) out.set(key, { name: key, code: "unknown", reason: t("api.invalidParam.unknown") });
      continue;
    }
    // A repeated parameter's n-th value is still that parameter for the client.
    const name = issue.path.filter((p) => typeof p === "string").join(".") || "_";
    if (!out.has(name)) out.set(name, { name, code: issue.code, reason: reason(issue, t) });
  }
  return [...out.values()];
}
