import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Message files are plain object literals, where a repeated key silently wins over the first and
 * a key repeated across areas silently wins over the other area's text. Read them as text.
 */
const dir = path.join(import.meta.dirname, "messages");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

function keysOf(source: string): { nl: string[]; en: string[] } {
  const at = source.search(/\n {2}en: \{/);
  const keys = (block: string) => [...block.matchAll(/^\s+"([^"]+)":/gm)].map((m) => m[1]!);
  return { nl: keys(source.slice(0, at)), en: keys(source.slice(at)) };
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
