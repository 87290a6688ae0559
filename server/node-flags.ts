/**
 * The V8 flags the server runs with wherever it is started for real: `npm start`, `npm run serve`,
 * the systemd unit and the benches that measure it. Memory per instance is a target (at most
 * 300 MB RSS, issue 13), and these flags are what keeps an instance under it (ADR 027):
 *
 * - `--max-semi-space-size=8`: V8's young generation otherwise grows to 128 MB of short-lived
 *   garbage (importing drizzle-orm and better-auth alone makes ~150 MB) that the process keeps.
 *   8 rather than 4: more of a page's garbage dies young instead of being promoted, 3–9% less
 *   CPU per page at the same peak RSS (274 MB under the pages bench; ADR 027, last amendment).
 * - `--heap-growing-percent=50`: after each full collection V8 lets the old generation grow to
 *   1.5× what survived, not to a factor it picks itself (up to 4×). With a small young generation,
 *   the data of 16 requests in flight is promoted and dies old; under load the old generation grew
 *   to ~250 MB for ~90 MB live, and the instance to 400–420 MB. A heap limit (`--max-old-space-size`)
 *   would do the same by crashing on a large result instead.
 * - `--liftoff-only`: PGlite's PostgreSQL is WebAssembly. V8 recompiles a function it finds hot
 *   with its optimising compiler, and one function of PostgreSQL's (a 105 KB body) takes ~600 MB
 *   and 15 s of CPU to optimise, seconds after the first requests. The baseline compiler's code
 *   costs about a third more CPU per query but never that spike. Without WebAssembly (PostgreSQL
 *   server) the flag changes nothing.
 *
 * All are V8 flags on the command line: Node refuses `--liftoff-only` in NODE_OPTIONS.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=8", "--heap-growing-percent=50", "--liftoff-only"];

/** The arguments after `node` that start the server (or `script`, for a probe) as production does. */
export function serverNodeArgs(script = "server.ts"): string[] {
  return [...SERVER_NODE_FLAGS, script];
}

/**
 * glibc's allocator settings of every production start, in the environment because glibc reads
 * them before Node's first line: `npm start`, `npm run serve`, the systemd unit's `Environment=`
 * and the benches. What V8 does not keep in its own heap (zlib's and PGlite's buffers, the pg
 * driver's sockets, the answers' Buffers) is glibc's: by default each of Node's threads may get an
 * arena of its own, and a freed block stays in whichever arena it came from, so memory freed
 * after a burst stays resident. At most two arenas, and blocks of 128 KB or more mapped on their
 * own (returned to the system when freed), cut the peak under load by 13–30 MB (ADR 027, amendment
 * "glibc's tunables on every production start"; no CPU cost per request showed at a load of 4–8).
 * A `GLIBC_TUNABLES` already in the environment wins with `npm start`.
 */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = {
  GLIBC_TUNABLES: "glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072",
};
