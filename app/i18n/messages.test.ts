import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Message files are plain object literals, where a repeated key silently wins over the first and
 * a key repeated across areas silently wins over the other area's text. Read them as text.
 */
const dir = path.join(import.meta.dirname, "messages");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

/** Keys per locale; a file may hold several `{ nl: {…}, en: {…} }` objects (networks.ts holds two). */
function keysOf(source: string): { nl: string[]; en: string[] } {
  const found: { nl: string[]; en: string[] } = { nl: [], en: [] };
  let locale: "nl" | "en" | null = null;
  for (const line of source.split("\n")) {
    const start = /^ {2}(nl|en): \{/.exec(line);
    if (start) locale = start[1] as "nl" | "en";
    const key = /^\s+"([^"]+)":/.exec(line);
    if (locale && key) found[locale].push(key[1]!);
  }
  return found;
}

const repeated = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe("message files", () => {
  it("define each key once per locale within a file", () => {
    for (const file of files) {
      const { nl, en } = keysOf(fs.readFileSync(path.join(dir, file), "utf8"));
      expect(repeated(nl), `${file} (nl)`).toEqual([]);
      expect(repeated(en), `${file} (en)`).toEqual([]);
    }
  });

  it("define each key in one area only", () => {
    const all = files.flatMap((file) => keysOf(fs.readFileSync(path.join(dir, file), "utf8")).nl.map((key) => ({ key, file })));
    const clashes = all.filter((a, i) => all.findIndex((b) => b.key === a.key) !== i).map((a) => `${a.key} in ${a.file}`);
    expect(clashes).toEqual([]);
  });
});
