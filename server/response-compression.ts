import zlib from "node:zlib";
import compression from "compression";

/**
 * Brotli's window, as a power of two: 256 KB, where brotli's default is 4 MB (22).
 *
 * Each response compressed with brotli has its own encoder, and Node reports an encoder's memory
 * to V8 as external memory. With the 4 MB default, eight visitors of `/nieuws` (124 KB) at once
 * kept V8 in major garbage collections: half the process's CPU went to marking the heap, and the
 * page cost 20–22 ms of CPU as a browser asks for it (brotli) against 7 ms uncompressed. With a
 * 256 KB window it costs 9.8 ms and compresses to the same bytes, since no page is near that size;
 * a longer answer only finds its repeats within the last 256 KB (ADR 027, amendment of the eighth
 * pass).
 */
export const BROTLI_WINDOW_BITS = 18;

/** Compression of every answer the page cache did not serve: brotli or gzip, as the client accepts. */
export function responseCompression() {
  // The package's quality (4) stays; only the window is ours.
  return compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_LGWIN]: BROTLI_WINDOW_BITS } } });
}
