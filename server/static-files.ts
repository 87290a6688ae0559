/**
 * Static files of the client build, sent precompressed (ADR 020): the build writes `.br` and
 * `.gz` beside each compressible file (vite/precompress.ts); this sends the variant the browser
 * accepts, with the original's Content-Type, and says `Vary: Accept-Encoding` so a cache keeps the
 * variants apart. Files without a variant, and browsers that accept none, get express.static.
 */
import fs from "node:fs";
import path from "node:path";
import express from "express";

type Encoding = { name: "br" | "gzip"; suffix: ".br" | ".gz" };
const ENCODINGS: Encoding[] = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];

/** The encodings an Accept-Encoding header allows (q=0 refuses one), best first in our order. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const allowed = new Map<string, number>();
  for (const part of header.toLowerCase().split(",")) {
    const [token, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    allowed.set(token!.trim(), q ? Number(q.slice(2)) : 1);
  }
  const star = allowed.get("*");
  return ENCODINGS.filter((e) => (allowed.get(e.name) ?? star ?? 0) > 0);
}

/** Every file under `root` (as a request path), and the precompressed variants beside each. */
function filesUnder(root: string): { files: Set<string>; variants: Map<string, Set<string>> } {
  const files = new Set<string>();
  const variants = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.add("/" + path.relative(root, file).split(path.sep).join("/"));
      const encoding = ENCODINGS.find((e) => entry.name.endsWith(e.suffix));
      if (!encoding) continue;
      const original = "/" + path.relative(root, file.slice(0, -encoding.suffix.length)).split(path.sep).join("/");
      variants.set(original, (variants.get(original) ?? new Set()).add(encoding.suffix));
    }
  };
  walk(root);
  return { files, variants };
}

const decoded = (pathname: string) => {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
};

/**
 * express.static for `root`, preferring the precompressed variants found there at start. Only
 * the files found at start are looked for: the build does not change while the server runs, and
 * every page request (`/`, `/nieuws`) otherwise cost express.static a stat or two to find nothing.
 */
export function precompressedStatic(root: string, options: { maxAge: string; immutable?: boolean }): express.RequestHandler[] {
  const { files, variants } = filesUnder(root);
  const serveStatic = express.static(root, options);
  const precompressed: express.RequestHandler = (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const available = variants.get(req.path);
    if (!available) return next();
    res.vary("Accept-Encoding");
    const encoding = acceptedEncodings(req.headers["accept-encoding"]).find((e) => available.has(e.suffix));
    if (!encoding) return next();
    res.type(path.extname(req.path));
    res.setHeader("Content-Encoding", encoding.name);
    res.sendFile(req.path + encoding.suffix, { root, maxAge: options.maxAge, immutable: options.immutable ?? false, dotfiles: "deny" }, (error) => {
      if (error) next(error);
    });
  };
  const known: express.RequestHandler = (req, res, next) => (files.has(decoded(req.path)) ? serveStatic(req, res, next) : next());
  return [precompressed, known];
}
