import { useContext } from "react";
import { UNSAFE_FrameworkContext } from "react-router";

/**
 * A preload of the root stylesheet, placed before the page's module preloads (ADR 025).
 *
 * React puts every `<link rel="modulepreload">` that <Scripts> renders into the head ahead of the
 * head's own `<link rel="stylesheet">`, so a browser asked for a dozen scripts first and the one
 * file the first paint waits for last; over HTTP/1.1 (six connections) the stylesheet waited for a
 * connection. A preload link is hoisted in render order like the module preloads, and this one
 * renders before them. In a production page the module preloads leave the head altogether
 * (app/lib/scripts-after-paint.server.ts); this stays for a page whose scripts keep them.
 */
export function StylesheetFirst() {
  const framework = useContext(UNSAFE_FrameworkContext);
  const hrefs = framework?.manifest.routes["root"]?.css ?? [];
  return hrefs.map((href) => <link key={href} rel="preload" as="style" href={href} />);
}
