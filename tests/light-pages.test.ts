/**
 * The build steps and the static file serving behind light pages (ADR 020): unused design tokens
 * pruned, precompressed variants written, and the right variant sent with the right headers.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import express from "express";
import postcss from "postcss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneCustomProperties } from "../vite/unused-custom-properties.ts";
import { compressFile } from "../vite/precompress.ts";
import { acceptedEncodings, precompressedStatic } from "../server/static-files.ts";

describe("pruneCustomProperties", () => {
  it("keeps what var() reaches, also through other properties, and drops the rest", () => {
    const root = postcss.parse(
      ".theme{--a:1px;--b:var(--c);--c:red;--unused:blue;--chain:var(--unused2)}" +
        "@media (width>=35em){.theme{--only-here:2px}}" +
        ".x{color:var(--b);margin:var(--a)}",
    );
    const removed = pruneCustomProperties([root]);
    expect(root.toString()).toBe(".theme{--a:1px;--b:var(--c);--c:red}.x{color:var(--b);margin:var(--a)}");
    expect(removed).toBe(3);
  });

  it("keeps a property that only JavaScript or another sheet reads", () => {
    const tokens = postcss.parse(".theme{--from-js:1;--from-sheet:2;--none:3}");
    const other = postcss.parse(".y{padding:var(--from-sheet)}");
    pruneCustomProperties([tokens, other], new Set(["--from-js"]));
    expect(tokens.toString()).toBe(".theme{--from-js:1;--from-sheet:2}");
  });
});

describe("acceptedEncodings", () => {
  it("follows the browser's Accept-Encoding, q=0 refusing", () => {
    expect(acceptedEncodings("gzip, deflate, br, zstd").map((e) => e.name)).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("gzip").map((e) => e.name)).toEqual(["gzip"]);
    expect(acceptedEncodings("br;q=0, gzip;q=0.5").map((e) => e.name)).toEqual(["gzip"]);
    expect(acceptedEncodings("*").map((e) => e.name)).toEqual(["br", "gzip"]);
    expect(acceptedEncodings("identity")).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

describe("precompressedStatic", () => {
  let dir: string;
  let base: string;
  let close: () => void;
  const css = ".a{color:red}\n".repeat(400);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "light-static-"));
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "assets/app.css"), css);
    fs.writeFileSync(path.join(dir, "plain.txt"), "not compressed");
    compressFile(path.join(dir, "assets/app.css"));
    const app = express();
    app.use("/assets", ...precompressedStatic(path.join(dir, "assets"), { maxAge: "1y", immutable: true }));
    app.use(...precompressedStatic(dir, { maxAge: "1h" }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, encoding: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      // node:http, not fetch: fetch would decompress and hide the encoding on the wire.
      import("node:http").then(({ get }) =>
        get(url, { headers: { "accept-encoding": encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });

  it("sends brotli to a browser that takes it, with the file's type and Vary", async () => {
    const { headers, body } = await get(`${base}/assets/app.css`, "gzip, br");
    expect(headers["content-encoding"]).toBe("br");
    expect(headers["content-type"]).toMatch(/^text\/css/);
    expect(headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(headers["cache-control"]).toContain("immutable");
    expect(Number(headers["content-length"])).toBe(body.length);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(css);
  });

  it("sends gzip when brotli is not taken, and the file itself when nothing is", async () => {
    const gz = await get(`${base}/assets/app.css`, "gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(css);
    const plain = await get(`${base}/assets/app.css`, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(plain.body.toString()).toBe(css);
  });

  it("serves a file without variants as before, and never a variant by its own name's type", async () => {
    const plain = await get(`${base}/plain.txt`, "br");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("not compressed");
  });

  it("looks only for the files there at start: a page's address goes on to the app without a look at the disk", async () => {
    fs.writeFileSync(path.join(dir, "later.txt"), "written after start");
    expect((await get(`${base}/later.txt`, "identity")).body.toString()).not.toBe("written after start");
    expect((await get(`${base}/plain.txt`, "identity")).body.toString()).toBe("not compressed");
  });
});
