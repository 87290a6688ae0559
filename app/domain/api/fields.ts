/**
 * Sparse fieldsets (ADR 028): `?fields=title,url` on a list answers only those fields of each
 * item, as the NL API Design Rules' extension on fields describes it (comma-separated names, an
 * unknown name is a 400). Page, links and the list's other members stay as they are: a client
 * asks for less of each thing, not for less of the answer's frame.
 *
 * An operation names its list and item in the registry (`fields: { list, item }`); the registry
 * adds the parameter to its query, the wrapper (app/lib/api.server.ts) cuts each item after the
 * handler, and the list's schema holds `itemsOf(item)` so the document still describes a cut
 * answer: each item is the whole thing or its sparse variant, whose fields are all optional.
 */
import { z } from "zod";

/** A field's name as the item's schema writes it: camelCase, top level only. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

export type FieldsOption = { list: string; item: z.ZodObject };

/** The item's field names, in the schema's order (the order the answer writes them in). */
export function fieldNames(item: z.ZodObject): string[] {
  return Object.keys(item.shape);
}

/**
 * The `fields` parameter of a list whose items are `item`: the names, comma-separated, each known.
 * It parses to the names asked for, each once; an unknown one is a custom issue naming it, so the
 * problem's `invalidParams` says which name and which are allowed.
 */
export function fieldsParam(item: z.ZodObject) {
  const names = fieldNames(item);
  return z
    .string()
    .max(1000)
    .transform((value, ctx) => {
      const asked = value.split(",").map((name) => name.trim());
      for (const name of asked) {
        if (!names.includes(name)) {
          ctx.addIssue({
            code: "custom",
            message: name === "" ? "api.invalidParam.emptyField" : "api.invalidParam.unknownField",
            params: { field: FIELD_NAME.test(name) ? name : JSON.stringify(name.slice(0, 40)), fields: names.join(", ") },
            input: value,
          });
          return z.NEVER;
        }
      }
      return [...new Set(asked)];
    })
    .optional()
    .meta({
      description: `Only these fields of each item, comma-separated (all when absent). One or more of: ${names.map((n) => `\`${n}\``).join(", ")}.`,
      example: names.slice(0, 2).join(","),
    });
}

/**
 * The items of a list that takes `fields`: each the whole item, or (with `fields`) its sparse
 * variant `<Id>Fields`, the same properties none of them required. A whole item fits both, so
 * the document stays true with and without the parameter.
 */
export function itemsOf<T extends z.ZodObject>(item: T) {
  const id = z.globalRegistry.get(item)?.id;
  const sparse = item.partial().meta({
    ...(id ? { id: `${id}Fields` } : {}),
    description: `${id ?? "An item"} cut by \`fields\`: only the fields asked for.`,
  });
  return z.array(z.union([item, sparse]));
}

/** The answer with each item of `list` holding only `fields`, in the order the item had them. */
export function selectFields<B>(body: B, list: string, fields: readonly string[]): B {
  const items = (body as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return body;
  const keep = new Set(fields);
  const cut = items.map((item) => Object.fromEntries(Object.entries(item as Record<string, unknown>).filter(([key]) => keep.has(key))));
  return { ...body, [list]: cut };
}
