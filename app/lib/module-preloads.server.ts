import { Transform } from "node:stream";

const MARKER = Buffer.from('<link rel="modulepreload"');
const LOW = Buffer.from('<link rel="modulepreload" fetchpriority="low"');
const END_OF_HEAD = Buffer.from("</head>");

/**
 * A stream that passes React's HTML through and asks the browser to fetch the page's module
 * preloads at low priority, so the stylesheet and the HTML itself come first (ADR 025, amendment).
 *
 * Every page is complete without JavaScript; the scripts only hydrate it. At high priority (what
 * a `modulepreload` gets by default) the ~110 KB of scripts shared a slow phone connection with
 * the 16 KB stylesheet the first paint waits for, and Lighthouse counts high-priority scripts as
 * render-blocking: first paint came at 2.0 s on simulated slow 4G. React Router's <Scripts> has no
 * way to set `fetchpriority` on the preloads it renders, and React hoists them into the head, so
 * the attribute is added here, in the head only; what follows `</head>` passes untouched.
 */
export function lowPriorityModulePreloads(): Transform {
  let pending = Buffer.alloc(0);
  let inHead = true;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      if (!inHead) return callback(null, data);
      const all = Buffer.concat([pending, data]);
      const headEnd = all.indexOf(END_OF_HEAD);
      if (headEnd >= 0) {
        inHead = false;
        pending = Buffer.alloc(0);
        const cut = headEnd + END_OF_HEAD.length;
        return callback(null, Buffer.concat([rewrite(all.subarray(0, cut)), all.subarray(cut)]));
      }
      // Hold back a marker or the head's end cut between two chunks.
      const keep = Math.max(partialAtEnd(all, MARKER), partialAtEnd(all, END_OF_HEAD));
      pending = all.subarray(all.length - keep);
      const ready = all.subarray(0, all.length - keep);
      callback(null, ready.length > 0 ? rewrite(ready) : undefined);
    },
    flush(callback) {
      callback(null, pending.length > 0 ? (inHead ? rewrite(pending) : pending) : undefined);
    },
  });
}

function rewrite(head: Buffer): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = head.indexOf(MARKER); at >= 0; at = head.indexOf(MARKER, from)) {
    parts.push(head.subarray(from, at), LOW);
    from = at + MARKER.length;
  }
  if (from === 0) return head;
  parts.push(head.subarray(from));
  return Buffer.concat(parts);
}

/** The length of the longest end of `data` that is the start of `word`, but not all of it. */
function partialAtEnd(data: Buffer, word: Buffer): number {
  for (let n = Math.min(data.length, word.length - 1); n > 0; n--) {
    if (data.subarray(data.length - n).equals(word.subarray(0, n))) return n;
  }
  return 0;
}
