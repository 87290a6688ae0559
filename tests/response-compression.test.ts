import type { AddressInfo } from "node:net";
import { request } from "node:http";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROTLI_WINDOW_BITS, responseCompression } from "../server/response-compression.ts";

// Longer than the window, and not one repeated piece, so a reference can only reach back 256 KB.
const LONG = Array.from({ length: 40_000 }, (_, i) => `<li>Gastles ${i} in ${["Utrecht", "Zwolle", "Delft", "Venlo"][i % 4]}</li>`).join("");
let base = "";
let close = () => {};

beforeAll(async () => {
  const app = express();
  app.use(responseCompression());
  app.get("/lang", (_req, res) => res.type("html").send(LONG));
  await new Promise<void>((resolve) => {
    const server = app.listen(0, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    });
    close = () => server.close();
  });
});

afterAll(() => close());

/** The raw body as sent: fetch would decode it. */
function raw(encoding: string) {
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    request(`${base}/lang`, { headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("response compression", () => {
  it("answers brotli with the smaller window, and an answer longer than it decodes whole", async () => {
    expect(LONG.length).toBeGreaterThan(2 ** BROTLI_WINDOW_BITS * 4);
    const { encoding, body } = await raw("gzip, deflate, br");
    expect(encoding).toBe("br");
    // A brotli stream begins with its window: bit 0 set, then three bits n for a window of 17 + n.
    expect(body[0]! & 0b1111).toBe(1 | ((BROTLI_WINDOW_BITS - 17) << 1));
    expect(zlib.brotliDecompressSync(body).toString()).toBe(LONG);
  });

  it("answers gzip to a client without brotli, and nothing to one that accepts neither", async () => {
    const gzip = await raw("gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(LONG);
    const plain = await raw("identity");
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(LONG);
  });
});
