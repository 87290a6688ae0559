import { describe, expect, it } from "vitest";
import type { EntryContext } from "react-router";
import { ancestorPaths, REMEMBERED_PATH_LENGTH, REMEMBERED_PATHS, withPageRoutes } from "./page-routes.server.ts";

type Route = { id: string; parentId?: string; path?: string; index?: boolean };
const ROUTES: Route[] = [
  { id: "root", path: "" },
  { id: "home", parentId: "root", index: true },
  { id: "news", parentId: "root", path: "nieuws" },
  { id: "news-list", parentId: "news", index: true },
  { id: "news-article", parentId: "news", path: ":slug" },
  { id: "events", parentId: "root", path: "evenementen" },
];

/** What the static handler's matcher answers for these routes, by path. */
const MATCHES: Record<string, string[]> = {
  "/": ["root", "home"],
  "/nieuws": ["root", "news", "news-list"],
  "/nieuws/x": ["root", "news", "news-article"],
};

function context(pathname: string, options: { matcher?: boolean; manifest?: Route[] } = {}): EntryContext {
  const manifestRoutes = Object.fromEntries((options.manifest ?? ROUTES).map((r) => [r.id, { ...r, module: `/${r.id}.js` }]));
  const match = (path: string) => (MATCHES[path] ?? []).map((id) => ({ route: { id } }));
  return {
    manifest: { routes: manifestRoutes, version: "1" },
    staticHandlerContext: {
      location: { pathname },
      matches: match(pathname),
      ...(options.matcher === false ? {} : { _match: match }),
    },
  } as unknown as EntryContext;
}

describe("withPageRoutes", () => {
  it("keeps the matched routes and those of every ancestor path, as the browser's partial manifest needs", () => {
    expect(Object.keys(withPageRoutes(context("/nieuws/x")).manifest.routes).sort()).toEqual(["home", "news", "news-article", "news-list", "root"]);
    expect(Object.keys(withPageRoutes(context("/")).manifest.routes).sort()).toEqual(["home", "root"]);
  });

  it("keeps each kept route's manifest entry itself, and leaves the rest of the context alone", () => {
    const full = context("/nieuws");
    const narrowed = withPageRoutes(full);
    expect(narrowed.manifest.routes["news"]).toBe(full.manifest.routes["news"]);
    expect(narrowed.manifest.version).toBe("1");
    expect(narrowed.staticHandlerContext.loaderData).toBe(full.staticHandlerContext.loaderData);
    expect(narrowed.staticHandlerContext.matches).toBe(full.staticHandlerContext.matches);
    expect(Object.keys(full.manifest.routes)).toHaveLength(ROUTES.length);
  });

  it("matches each ancestor path once per matcher, and the render's matcher answers from memory", () => {
    const calls: string[] = [];
    const match = (path: string) => {
      calls.push(path);
      return (MATCHES[path] ?? []).map((id) => ({ route: { id } }));
    };
    const withMatcher = (pathname: string) => {
      const full = context(pathname);
      (full.staticHandlerContext as unknown as { _match: typeof match })._match = match;
      return full;
    };
    withPageRoutes(withMatcher("/nieuws/x"));
    const second = withPageRoutes(withMatcher("/nieuws/y"));
    expect(calls.sort()).toEqual(["/", "/nieuws"]);
    const render = (second.staticHandlerContext as unknown as { _match: typeof match })._match;
    expect(render("/nieuws").map((m) => m.route.id)).toEqual(["root", "news", "news-list"]);
    expect(render("/nieuws/x").map((m) => m.route.id)).toEqual(["root", "news", "news-article"]);
    expect(calls.sort()).toEqual(["/", "/nieuws", "/nieuws/x"]);
  });

  it("keeps no long made-up path, and drops the least recently used path first", () => {
    const calls: string[] = [];
    const match = (path: string) => {
      calls.push(path);
      return (MATCHES[path] ?? []).map((id) => ({ route: { id } }));
    };
    const full = context("/");
    (full.staticHandlerContext as unknown as { _match: typeof match })._match = match;
    const render = (withPageRoutes(full).staticHandlerContext as unknown as { _match: typeof match })._match;
    const long = `/nieuws/${"x".repeat(REMEMBERED_PATH_LENGTH)}`;
    render(long);
    render(long);
    expect(calls.filter((p) => p === long)).toHaveLength(2);
    // "/" is used by every page; REMEMBERED_PATHS other paths later it is still known.
    for (let i = 0; i < REMEMBERED_PATHS; i++) {
      render(`/p${i}`);
      if (i % 100 === 0) render("/");
    }
    const before = calls.length;
    render("/");
    expect(calls.length).toBe(before);
    render("/p0");
    expect(calls.length).toBe(before + 1);
  });

  it("narrows nothing without the static handler's matcher", () => {
    const full = context("/nieuws", { matcher: false });
    expect(withPageRoutes(full)).toBe(full);
  });

  it("narrows nothing when a kept route's parent would be missing", () => {
    const orphan = ROUTES.map((r) => (r.id === "news-list" ? { ...r, parentId: "unknown" } : r));
    const full = context("/nieuws", { manifest: orphan });
    expect(withPageRoutes(full)).toBe(full);
  });
});

describe("ancestorPaths", () => {
  it("lists the root and every proper prefix of the path", () => {
    expect(ancestorPaths("/")).toEqual(["/"]);
    expect(ancestorPaths("/nieuws")).toEqual(["/"]);
    expect(ancestorPaths("/netwerken/techniek-utrecht/agenda")).toEqual(["/", "/netwerken/techniek-utrecht", "/netwerken"]);
  });
});
