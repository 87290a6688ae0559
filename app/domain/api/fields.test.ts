import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "../../i18n/index.ts";
import { fieldsParam, itemsOf, selectFields } from "./fields.ts";
import { API_OPERATIONS } from "./operations.ts";
import { invalidParamsOf, queryObject } from "./query.ts";

const Thing = z.object({ slug: z.string(), title: z.string(), place: z.string().nullable() }).meta({ id: "FieldsTestThing" });
const query = z.strictObject({ page: z.coerce.number().default(1), fields: fieldsParam(Thing) });
const read = (search: string) => query.safeParse(queryObject(query, new URLSearchParams(search)));

describe("sparse fieldsets", () => {
  it("reads comma-separated names, each once, spaces around them allowed", () => {
    expect(read("fields=title,slug,title").data?.fields).toEqual(["title", "slug"]);
    expect(read("fields=title,%20place").data?.fields).toEqual(["title", "place"]);
    expect(read("page=2").data?.fields).toBeUndefined();
  });

  it("names the parameter and the unknown field, in the reader's language, with the fields there are", () => {
    const result = read("fields=title,colour");
    expect(result.success).toBe(false);
    const [nl] = invalidParamsOf(result.error!, translator("nl"));
    expect(nl).toMatchObject({ name: "fields", code: "custom" });
    expect(nl!.reason).toContain("colour");
    expect(nl!.reason).toContain("slug, title, place");
    expect(invalidParamsOf(result.error!, translator("en"))[0]!.reason).toMatch(/does not know the field colour/);
  });

  it("refuses an empty name and the parameter given twice", () => {
    for (const search of ["fields=", "fields=title,", "fields=,title", "fields=title&fields=slug"]) {
      const result = read(search);
      expect(result.success, search).toBe(false);
      expect(invalidParamsOf(result.error!, translator("nl")).map((p) => p.name), search).toEqual(["fields"]);
    }
  });

  it("cuts each item of the list and leaves the rest of the answer alone", () => {
    const body = { things: [{ slug: "a", title: "A", place: null }, { slug: "b", title: "B", place: "Utrecht" }], page: { number: 1 }, links: { self: "x" } };
    expect(selectFields(body, "things", ["place", "slug"])).toEqual({ things: [{ slug: "a", place: null }, { slug: "b", place: "Utrecht" }], page: { number: 1 }, links: { self: "x" } });
  });

  it("a list of itemsOf takes a whole item and a cut one, but not a field of the wrong type", () => {
    const list = z.object({ things: itemsOf(Thing) });
    expect(list.safeParse({ things: [{ slug: "a", title: "A", place: null }, { title: "B" }] }).success).toBe(true);
    expect(list.safeParse({ things: [{ title: 3 }] }).success).toBe(false);
  });

  it("every operation that takes fields documents it and describes its cut answer", () => {
    const withFields = API_OPERATIONS.filter((op) => op.fields);
    expect(withFields.map((op) => op.operationId).sort()).toEqual(
      ["listArticles", "listCourseSessions", "listCourses", "listEvents", "listNetworkAgenda", "listNetworks", "listOffers", "listOrganisations"],
    );
    for (const op of withFields) {
      const { list, item } = op.fields!;
      expect(op.query!.shape, op.operationId).toHaveProperty("fields");
      // The example cut to its first field still fits the answer's schema: the list holds itemsOf(item).
      const first = Object.keys(item.shape)[0]!;
      const cut = selectFields(op.example, list, [first]) as Record<string, unknown[]>;
      expect(cut[list]!.length, op.operationId).toBeGreaterThan(0);
      expect(Object.keys(cut[list]![0] as object), op.operationId).toEqual([first]);
      expect(op.response.safeParse(cut).success, op.operationId).toBe(true);
    }
  });
});
