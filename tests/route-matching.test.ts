import { describe, expect, it } from "vitest";
import { createStaticHandler } from "react-router";
import { unstable_preloadRoutePattern } from "react-router/route-pattern";
import routes from "../app/routes.ts";

/**
 * The server matches addresses with React Router's route-pattern matcher (app/lib/route-matching.server.ts),
 * the browser with its default one: both must find the same routes with the same parameters for every address.
 */
type Entry = { id?: string; file: string; path?: string; index?: boolean; children?: Entry[] };
type DataRoute = Parameters<typeof createStaticHandler>[0][number];
const toDataRoutes = (entries: Entry[]): DataRoute[] =>
  entries.map((e) => ({ id: e.id ?? e.file, path: e.path, index: e.index, children: e.children ? toDataRoutes(e.children) : undefined }) as DataRoute);
const tree = [{ id: "root", path: "", children: toDataRoutes(routes as Entry[]) }] as DataRoute[];

type Matcher = { match(path: string): { route: { id: string }; params: object; pathname: string; pathnameBase: string }[] | null };
const byDefault = createStaticHandler(tree) as unknown as Matcher;
unstable_preloadRoutePattern();
const byPattern = createStaticHandler(tree, { future: { unstable_routePatternMatching: true } as never }) as unknown as Matcher;

const paths = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path !== undefined ? [e.path] : e.index ? [""] : []), ...paths(e.children ?? [])]);
const VALUES = ["techniek-utrecht", "café-noord", "a.b", "x%20y", "123", "NIEUW"];
const addresses = new Set<string>(["/", "/onbekend", "/netwerken/a/b/c/d/e", "/NIEUWS", "/nieuws.data", "//nieuws", "/nieuws//x", "/%C3%A9", "/api/v1"]);
/** The one difference: an address of slashes alone was the home page, and is not found now. */
const ONLY_SLASHES = /^\/{2,}$/;
for (const path of paths(routes as Entry[])) {
  for (const value of VALUES) {
    const address = `/${path.replace(/:[A-Za-z]+/g, value)}`;
    for (const variant of [address, `${address}/`, address.toUpperCase(), `${address}/extra`, `${address}/extra/meer`]) addresses.add(variant);
  }
}

const shape = (matches: ReturnType<Matcher["match"]>) => matches?.map((m) => ({ id: m.route.id, params: m.params, pathname: m.pathname, pathnameBase: m.pathnameBase })) ?? null;

describe("route matching", () => {
  it("finds the same routes and parameters with the route-pattern matcher as with React Router's default", () => {
    expect(addresses.size).toBeGreaterThan(3_000);
    let matched = 0;
    for (const address of addresses) {
      if (ONLY_SLASHES.test(address)) continue;
      const expected = shape(byDefault.match(address));
      if (expected) matched++;
      expect({ address, matches: shape(byPattern.match(address)) }).toEqual({ address, matches: expected });
    }
    expect(matched).toBeGreaterThan(1_000);
  });

  it("finds nothing for an address of slashes alone, which the default matcher took for the home page", () => {
    for (const address of ["//", "///"]) {
      expect(shape(byDefault.match(address))?.at(-1)?.id).toBe("routes/home/home.tsx");
      expect(byPattern.match(address)).toBeNull();
    }
  });
});
