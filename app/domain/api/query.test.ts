import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "../../i18n/index.ts";
import { invalidParamsOf, queryObject } from "./query.ts";

const schema = z.strictObject({ tag: z.array(z.string()).optional(), page: z.coerce.number().int().min(1).default(1) });

describe("reading a query against its schema", () => {
  it("gives an array parameter every value and a scalar its one value", () => {
    expect({ ...queryObject(schema, new URLSearchParams("tag=a&tag=b&page=2")) }).toEqual({ tag: ["a", "b"], page: "2" });
    expect({ ...queryObject(schema, new URLSearchParams("tag=a")) }).toEqual({ tag: ["a"] });
  });

  it("names a scalar given twice and an unknown parameter, __proto__ included, instead of failing", () => {
    const result = schema.safeParse(queryObject(schema, new URLSearchParams("page=1&page=2&__proto__=x&__proto__=y")));
    expect(result.success).toBe(false);
    const names = invalidParamsOf(result.error!, translator("nl")).map((p) => p.name).sort();
    expect(names).toEqual(["__proto__", "page"]);
  });
});
