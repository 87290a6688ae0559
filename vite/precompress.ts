/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the client build (ADR 020),
 * once at build time at the strongest settings, so the server sends static files compressed
 * without compressing them again on each request (server/static-files.ts picks the variant).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Plugin } from "vite";

export const COMPRESSIBLE = /\.(js|mjs|css|svg|json|html|txt|xml|map|webmanifest)$/;
/** Below this the compression frame costs about what it saves. */
const MIN_BYTES = 512;

export function compressFile(file: string): void {
  const raw = fs.readFileSync(file);
  const br = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  const gz = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
  // A variant no smaller than the file is never chosen over it: leave it out.
  if (br.length < raw.length) fs.writeFileSync(`${file}.br`, br);
  if (gz.length < raw.length) fs.writeFileSync(`${file}.gz`, gz);
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(file);
    else yield file;
  }
}

export function precompress(): Plugin {
  return {
    name: "technohub:precompress",
    apply: "build",
    applyToEnvironment: (environment) => environment.name === "client",
    writeBundle(options) {
      if (!options.dir) return;
      for (const file of filesUnder(options.dir)) {
        if (COMPRESSIBLE.test(file) && !file.includes(`${path.sep}.vite${path.sep}`) && fs.statSync(file).size >= MIN_BYTES) compressFile(file);
      }
    },
  };
}
