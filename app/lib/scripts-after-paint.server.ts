import { Transform } from "node:stream";

const END_OF_HEAD = Buffer.from("</head>");
const MODULE_SCRIPT = Buffer.from(' type="module" async="">');
const END_OF_SCRIPT = Buffer.from("</script>");
const PRELOAD = /<link rel="modulepreload"[^>]*?\shref="([^"]+)"[^>]*>/g;
/** A static import as React Router writes it: `import * as route0 from "/assets/root-….js";` or `import "….js";`. */
const STATIC_IMPORT = /^[ \t]*import\s+(?:\*\s+as\s+([A-Za-z_$][\w$]*)\s+from\s+)?("[^"\\\n]+");?[ \t]*$/gm;

/**
 * A stream between React and the response that lets the browser fetch the page's scripts only
 * after it has painted the page (ADR 025, second amendment).
 *
 * Every page is complete without JavaScript; the scripts (~110 KB) only hydrate it. React Router's
 * `<Scripts>` renders a `modulepreload` per module, which React hoists into the head, and one
 * inline module script whose static imports start the same fetches. Both make a browser download
 * the scripts alongside the stylesheet the first paint waits for: on a phone's connection they
 * share its bandwidth, and Lighthouse counts every request that ended before the paint as part of
 * the largest paint. Here the preloads leave the head, and the module script, still the element
 * React hydrates against, waits for the first frame to be painted, then adds the same preloads and
 * imports the same modules in the same order. The rest of the page passes through untouched.
 *
 * Nothing is changed unless the script has the shape React Router gives it (static imports, the
 * route module table, a dynamic import of the entry): a page of another shape is passed on as it
 * came, preloads included. The whole page up to the end of that script is held back, which costs
 * no time: React writes the shell, scripts included, in one go.
 */
export function scriptsAfterFirstPaint(): Transform {
  const held: Buffer[] = [];
  let heldBytes = 0;
  // The last bytes of what is held, searched again with the next chunk: a marker may be cut in two.
  let tail: Buffer = Buffer.alloc(0);
  let scriptStart = -1;
  let done = false;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      if (done) return callback(null, data);
      const windowStart = heldBytes - tail.length;
      const window = tail.length > 0 ? Buffer.concat([tail, data]) : data;
      held.push(data);
      heldBytes += data.length;
      if (scriptStart < 0) {
        const at = window.indexOf(MODULE_SCRIPT);
        if (at >= 0) scriptStart = windowStart + at;
      }
      if (scriptStart >= 0) {
        const at = window.indexOf(END_OF_SCRIPT, Math.max(0, scriptStart + MODULE_SCRIPT.length - windowStart));
        if (at >= 0) {
          done = true;
          const page = Buffer.concat(held, heldBytes);
          held.length = 0;
          return callback(null, deferScripts(page, scriptStart, windowStart + at));
        }
      }
      tail = window.subarray(Math.max(0, window.length - MODULE_SCRIPT.length));
      callback();
    },
    flush(callback) {
      callback(null, held.length > 0 ? Buffer.concat(held, heldBytes) : undefined);
    },
  });
}

/** The page with the scripts started after the first paint, or as it came if its shape is not known. */
function deferScripts(page: Buffer, scriptStart: number, scriptEnd: number): Buffer {
  const headEnd = page.indexOf(END_OF_HEAD);
  if (headEnd < 0 || headEnd > scriptStart) return page;
  const contentStart = scriptStart + MODULE_SCRIPT.length;
  const script = afterFirstPaint(page.subarray(contentStart, scriptEnd).toString("utf8"), preloadsOf(page.subarray(0, headEnd).toString("utf8")));
  if (script === null) return page;
  const head = page.subarray(0, headEnd).toString("utf8").replace(PRELOAD, "");
  return Buffer.concat([Buffer.from(head), page.subarray(headEnd, contentStart), Buffer.from(script), page.subarray(scriptEnd)]);
}

function preloadsOf(head: string): string[] {
  return [...head.matchAll(PRELOAD)].map((m) => m[1]!.replaceAll("&amp;", "&"));
}

/**
 * React Router's module script, rewritten to wait for the first contentful paint (reported after
 * the frame was shown), the document's end and one more frame, then to preload every module and
 * import the static imports in order. A browser without paint entries waits for the frame only; one
 * that lists them but keeps them to itself (a privacy mode) hydrates after 3 s at the latest.
 * Null when the script is not of the known shape.
 */
export function afterFirstPaint(script: string, preloads: string[]): string | null {
  const imports = [...script.matchAll(STATIC_IMPORT)].map((m) => ({ name: m[1], url: m[2]! }));
  const rest = script.replace(STATIC_IMPORT, "");
  if (imports.length === 0 || !rest.includes("__reactRouterRouteModules") || /\bimport\s*[*{"']|\bimport\s+\w/.test(rest)) return null;
  const wait = `await new Promise((r) => {
  const frame = () => requestAnimationFrame(() => setTimeout(r, 0));
  const parsed = () => (document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", frame, { once: true }) : frame());
  const observes = typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes?.includes("paint");
  if (!observes || performance.getEntriesByName("first-contentful-paint").length > 0) return parsed();
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    parsed();
  }).observe({ type: "paint" });
  setTimeout(parsed, 3000);
});`;
  const preload = `for (const href of ${JSON.stringify(preloads).replace(/</g, "\\u003c")}) { const link = document.createElement("link"); link.rel = "modulepreload"; link.href = href; document.head.append(link); }`;
  // One after the other, as static imports are evaluated; the preloads have started every fetch.
  const load = imports.map((i) => (i.name ? `const ${i.name} = await import(${i.url});` : `await import(${i.url});`)).join("\n");
  return `\n${wait}\n${preload}\n${load}\n${rest.replace(/^;?\s*\n/, "")}`;
}
