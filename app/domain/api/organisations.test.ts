import { describe, expect, it } from "vitest";
import { translator } from "../../i18n/index.ts";
import { PROVINCES } from "../common/provinces.ts";
import { openApiDocument } from "./openapi.ts";
import { OrganisationListQuery } from "./organisations.ts";
import { invalidParamsOf, queryObject } from "./query.ts";

const read = (query: string) => OrganisationListQuery.safeParse(queryObject(OrganisationListQuery, new URLSearchParams(query)));

describe("the organisations' province", () => {
  it("takes each of the twelve the page /organisaties filters on, spelt as stored", () => {
    for (const province of PROVINCES) expect(read(`province=${encodeURIComponent(province)}`).data?.province).toBe(province);
  });

  it("refuses anything else, naming the parameter in Dutch", () => {
    for (const query of ["province=Atlantis", "province=utrecht", "province=", "province=Utrecht&province=Zeeland"]) {
      const result = read(query);
      expect(result.success, query).toBe(false);
      const [param, ...more] = invalidParamsOf(result.error!, translator("nl"));
      expect(more, query).toEqual([]);
      expect(param, query).toMatchObject({ name: "province", reason: `Kies uit: ${PROVINCES.join(", ")}.` });
    }
  });

  it("is in the OpenAPI document as an optional query parameter with the twelve as its enum", () => {
    const document = openApiDocument("https://technohub.example", "api@technohub.example") as unknown as {
      paths: Record<string, { get: { parameters: { name: string; in: string; required?: boolean; schema: { enum?: string[] } }[] } }>;
    };
    const province = document.paths["/organisations"]!.get.parameters.find((p) => p.name === "province");
    expect(province).toMatchObject({ in: "query", schema: { enum: [...PROVINCES] } });
    expect(province!.required ?? false).toBe(false);
  });
});
