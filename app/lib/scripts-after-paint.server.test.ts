import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { afterFirstPaint, scriptsAfterFirstPaint } from "./scripts-after-paint.server.ts";

async function through(chunks: string[]): Promise<string> {
  const out: Buffer[] = [];
  const stream = Readable.from(chunks.map((c) => Buffer.from(c))).pipe(scriptsAfterFirstPaint());
  for await (const chunk of stream) out.push(chunk as Buffer);
  return Buffer.concat(out).toString();
}

// The shape React Router 8's <Scripts> gives a page, with React's hoisted preloads in the head.
const HEAD =
  '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><link rel="preload" as="style" href="/assets/root.css"/>' +
  '<link rel="modulepreload" href="/assets/entry.client.js" nonce="n"/><link rel="modulepreload" href="/assets/root.js" nonce="n"/>' +
  '<link rel="modulepreload" href="/assets/home.js" nonce="n"/><link rel="stylesheet" href="/assets/root.css"/><title>Technohub</title></head>';
const MODULE =
  ';\nimport * as route0 from "/assets/root.js";\nimport * as route1 from "/assets/home.js";\n' +
  '  window.__reactRouterManifest = {"entry":{"module":"/assets/entry.client.js","imports":["/assets/jsx.js"]},"url":"/assets/manifest.js"};\n' +
  '  window.__reactRouterRouteModules = {"root":route0,"routes/home":route1};\n\nimport("/assets/entry.client.js");';
const BODY_BEFORE = '<body><main><h1>Welkom</h1><p>Tekst over <link rel="modulepreload" href="/niet.js"> en import * as x from "y";</p></main>';
const SCRIPTS =
  '<script nonce="n">window.__reactRouterContext = {};</script>' + `<script nonce="n" type="module" async="">${MODULE}</script>`;
const BODY_AFTER = '<script nonce="n">window.__reactRouterContext.streamController.close();</script></body></html>';
const PAGE = HEAD + BODY_BEFORE + SCRIPTS + BODY_AFTER;

describe("scriptsAfterFirstPaint", () => {
  it("takes the module preloads out of the head and leaves the rest of the head and the body's text alone", async () => {
    const out = await through([PAGE]);
    const head = out.slice(0, out.indexOf("</head>"));
    expect(head).not.toContain("modulepreload");
    expect(head).toContain('<link rel="stylesheet" href="/assets/root.css"/><title>Technohub</title>');
    expect(out).toContain(BODY_BEFORE);
    expect(out.endsWith(BODY_AFTER)).toBe(true);
  });

  it("makes the module script wait for the first paint, then preload every module and import the routes in order", async () => {
    const out = await through([PAGE]);
    const script = /<script nonce="n" type="module" async="">([\s\S]*?)<\/script>/.exec(out)![1]!;
    expect(script).not.toMatch(/^\s*import\s/m);
    const wait = script.indexOf("first-contentful-paint");
    const preload = script.indexOf('["/assets/entry.client.js","/assets/root.js","/assets/home.js"]');
    const route0 = script.indexOf('const route0 = await import("/assets/root.js");');
    const route1 = script.indexOf('const route1 = await import("/assets/home.js");');
    const table = script.indexOf("window.__reactRouterRouteModules");
    const entry = script.indexOf('import("/assets/entry.client.js");', table);
    expect([wait, preload, route0, route1, table, entry].every((at) => at >= 0)).toBe(true);
    expect([wait, preload, route0, route1, table, entry]).toEqual([wait, preload, route0, route1, table, entry].sort((a, b) => a - b));
  });

  it("gives the same page however the HTML is cut into chunks", async () => {
    const expected = await through([PAGE]);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: PAGE.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), PAGE.length];
        expect(await through(at.slice(1).map((end, i) => PAGE.slice(at[i], end)))).toBe(expected);
      }),
    );
  });

  it("passes a page of another shape through unchanged, preloads included", async () => {
    const other = HEAD + BODY_BEFORE + '<script type="module" async="">import { x } from "/assets/a.js"; window.__reactRouterRouteModules = {};</script>' + BODY_AFTER;
    expect(await through([other])).toBe(other);
    const withoutScripts = HEAD + BODY_BEFORE + "</body></html>";
    expect(await through([withoutScripts])).toBe(withoutScripts);
    expect(await through(["<p>alleen ", "tekst</p>"])).toBe("<p>alleen tekst</p>");
  });

  it("leaves what React streams after the script untouched", async () => {
    const later = '<div hidden id="S:0"><p>later</p></div><script nonce="n">$RC("B:0","S:0")</script>';
    const out = await through([HEAD + BODY_BEFORE + SCRIPTS, later, BODY_AFTER]);
    expect(out.endsWith(later + BODY_AFTER)).toBe(true);
  });
});

describe("afterFirstPaint", () => {
  it("refuses a script without static imports or without the route module table", () => {
    expect(afterFirstPaint('import("/a.js");', [])).toBeNull();
    expect(afterFirstPaint('import * as a from "/a.js";\nconsole.log(a);', [])).toBeNull();
  });

  it("keeps a preload address from closing the script", () => {
    const script = afterFirstPaint('import "/a.js";\nwindow.__reactRouterRouteModules = {};', ["/a.js?</script>"])!;
    expect(script).not.toContain("</script>");
    expect(script).toContain('await import("/a.js");');
  });
});
