import type { EntryContext } from "react-router";

type Match = { route: { id: string } };
/** The static handler's own matcher, cached over every route; React Router's static router calls it too. */
type Matcher = (path: string) => Match[] | null;

/**
 * The entry context with a manifest of only the routes this page can use; the rest is untouched.
 *
 * <ServerRouter> turns every route of the manifest into route objects on every request, twice
 * (React Router's createServerRoutes, then createStaticRouter's data routes): ~150 routes for a
 * page that renders three of them, ~7% of a page's CPU. What the render reads from the manifest is
 * the matched routes (links, module preloads, meta) and, for the partial manifest the browser gets
 * (route discovery "lazy", React Router's getPartialManifest), the routes matching each ancestor
 * path of the address ("/", "/nieuws" for "/nieuws/x"). Exactly those are kept, so the HTML is
 * the same byte for byte. Without the matcher (another React Router version) nothing is narrowed.
 *
 * Matching a path walks the ranked branches of every route and compiles each pattern it tries:
 * 2–3% of a page's CPU per path, and the ancestor paths were matched twice per page (here, then in
 * getPartialManifest). What a path matches never changes while the build runs, so the answers are
 * kept per matcher (a new build brings a new one) and the render's matcher answers from them.
 */
export function withPageRoutes(context: EntryContext): EntryContext {
  const handler = context.staticHandlerContext as typeof context.staticHandlerContext & { _match?: Matcher };
  const match = handler._match;
  if (typeof match !== "function") return context;
  const remembered = rememberingMatcher(match);
  const ids = new Set(handler.matches.map((m) => m.route.id));
  for (const path of ancestorPaths(handler.location.pathname)) {
    for (const m of remembered(path) ?? []) ids.add(m.route.id);
  }
  const routes: EntryContext["manifest"]["routes"] = {};
  for (const id of ids) {
    const route = context.manifest.routes[id];
    // A route whose parent is left out would be dropped from the tree: keep the whole manifest.
    if (!route || (route.parentId !== undefined && !ids.has(route.parentId))) return context;
    routes[id] = route;
  }
  return { ...context, manifest: { ...context.manifest, routes }, staticHandlerContext: { ...handler, _match: remembered } as typeof handler };
}

/**
 * Paths kept per matcher. Ancestor paths are few ("/", "/netwerken") plus one per object that has
 * pages below it ("/netwerken/<slug>"); past the bound the least recently used answer is dropped.
 */
export const REMEMBERED_PATHS = 2_000;
/**
 * Longer paths are matched each time, not kept: every address a stranger sends is rendered (a 404
 * too), so without a bound on the key 2,000 long made-up paths would pin tens of megabytes.
 */
export const REMEMBERED_PATH_LENGTH = 200;
const rememberers = new WeakMap<Matcher, Matcher>();

/** `match`, answering a path it has seen from memory. Nobody changes a match: React Router copies them before use. */
function rememberingMatcher(match: Matcher): Matcher {
  let remembered = rememberers.get(match);
  if (remembered) return remembered;
  const known = new Map<string, Match[] | null>();
  remembered = (path: string) => {
    if (path.length > REMEMBERED_PATH_LENGTH) return match(path);
    if (known.has(path)) {
      const found = known.get(path)!;
      // Moved to the back, so the paths every page uses ("/") are the last to be dropped.
      known.delete(path);
      known.set(path, found);
      return found;
    }
    const found = match(path);
    if (known.size >= REMEMBERED_PATHS) known.delete(known.keys().next().value!);
    known.set(path, found);
    return found;
  };
  rememberers.set(match, remembered);
  return remembered;
}

/** "/" and every proper prefix of the path, as React Router's getPartialManifest lists them. */
export function ancestorPaths(pathname: string): string[] {
  const segments = pathname.split("/").filter(Boolean);
  const paths = ["/"];
  segments.pop();
  while (segments.length > 0) {
    paths.push(`/${segments.join("/")}`);
    segments.pop();
  }
  return paths;
}
