/**
 * Every route under /api/v1 in app/routes.ts is an operation of the registry, and every operation
 * has its route: an undocumented path fails here (ADR 028). The splat route is the API's 404.
 */
import { describe, expect, it } from "vitest";
import routes from "../app/routes.ts";
import { API_OPERATIONS, routePathOf } from "~/domain/api/operations.ts";

type Entry = { path?: string; file: string; children?: Entry[] };
const flat = (entries: Entry[]): Entry[] => entries.flatMap((e) => [e, ...flat(e.children ?? [])]);

describe("the API's routes", () => {
  const apiRoutes = flat(routes as Entry[]).filter((r) => r.path?.startsWith("api/v1"));
  const documented = new Set(API_OPERATIONS.map((op) => `api/v1${routePathOf(op.path)}`));

  it("are each in the OpenAPI document (only the splat, the API's 404, is not)", () => {
    const undocumented = apiRoutes.filter((r) => r.path !== "api/v1/*" && !documented.has(r.path!)).map((r) => `${r.path} (${r.file})`);
    expect(undocumented).toEqual([]);
    expect(apiRoutes.some((r) => r.path === "api/v1/*")).toBe(true);
  });

  it("cover every path of the document", () => {
    const routed = new Set(apiRoutes.map((r) => r.path));
    expect([...documented].filter((p) => !routed.has(p))).toEqual([]);
  });
});
