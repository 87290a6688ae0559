import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lowPriorityModulePreloads } from "./module-preloads.server.ts";

async function through(chunks: string[]): Promise<string> {
  const out: Buffer[] = [];
  const stream = Readable.from(chunks.map((c) => Buffer.from(c))).pipe(lowPriorityModulePreloads());
  for await (const chunk of stream) out.push(chunk as Buffer);
  return Buffer.concat(out).toString();
}

const HEAD =
  '<!DOCTYPE html><html><head><link rel="preload" as="style" href="/a.css"/>' +
  '<link rel="modulepreload" href="/entry.js" nonce="n"/><link rel="modulepreload" href="/root.js" nonce="n"/>' +
  '<link rel="stylesheet" href="/a.css"/></head>';
const BODY = '<body><p>Tekst over <link rel="modulepreload"></p></body></html>';
const EXPECTED = HEAD.replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"') + BODY;

describe("lowPriorityModulePreloads", () => {
  it("marks every module preload in the head low priority and leaves the body alone", async () => {
    expect(await through([HEAD + BODY])).toBe(EXPECTED);
  });

  it("gives the same page however the HTML is cut into chunks", async () => {
    const html = HEAD + BODY;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: html.length - 1 }), { maxLength: 12 }), async (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), html.length];
        const chunks = at.slice(1).map((end, i) => html.slice(at[i], end));
        expect(await through(chunks)).toBe(EXPECTED);
      }),
    );
  });

  it("passes a page without a head through unchanged", async () => {
    expect(await through(["<p>alleen ", "tekst</p>"])).toBe("<p>alleen tekst</p>");
  });
});
