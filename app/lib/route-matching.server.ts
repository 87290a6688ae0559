import type { EntryContext, ServerBuild } from "react-router";
import { unstable_preloadRoutePattern } from "react-router/route-pattern";

const FLAG = "unstable_routePatternMatching";

/**
 * The build with React Router's route-pattern matcher on the server (`future.unstable_routePatternMatching`).
 *
 * React Router matches every request's address twice (`matchServerRoutes`, then the static
 * handler's `query`), and its default matcher walks the ranked branches of all ~150 routes,
 * joining and compiling each pattern it tries: 7–8 % of the CPU of a page such as `/inloggen` or
 * `/evenementen`. The route-pattern matcher puts the same routes in a trie once per build; it
 * answers the same matches (tests/route-matching.test.ts compares the two over every route).
 * The browser keeps its own matcher (see `withBrowserMatching`): it matches one address per
 * navigation, and the other matcher would add its code to every page's JavaScript.
 */
export function withPatternMatching(build: ServerBuild): ServerBuild {
  unstable_preloadRoutePattern();
  // Not in the framework's own future flags (its config does not know it), only in the router's.
  const future = { ...build.future, [FLAG]: true } as unknown as ServerBuild["future"];
  return { ...build, future };
}

/**
 * The entry context with the flag taken out of what the page hands the browser
 * (`window.__reactRouterContext`): a browser told to use the route-pattern matcher without having
 * loaded it stops hydrating. The page is then the same byte for byte as without the flag.
 */
export function withBrowserMatching(context: EntryContext): EntryContext {
  const handoff = context.serverHandoffString;
  if (!handoff?.includes(`"${FLAG}"`)) return context;
  // Wherever the flag stands among the future flags: after another, before another, or alone.
  return { ...context, serverHandoffString: handoff.replace(new RegExp(`,"${FLAG}":true|"${FLAG}":true,?`), "") };
}
