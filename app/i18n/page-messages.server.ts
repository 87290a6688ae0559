/**
 * The texts a page needs in the browser, written into the page itself (ADR 025). While React
 * renders a page, every key translator() looks up is noted for that request; when the render is
 * done, the texts of those keys go into a `<script type="application/json">` just before
 * `</body>`. The browser's i18n module reads it before hydrating, so hydration renders the same
 * words as the server without downloading the page's whole language.
 *
 * The texts are known only once the whole page has rendered, and React writes `</body></html>`
 * last, so the last bytes of the stream are held back until the end and the texts go in there.
 * A data block is not a script to the browser: the Content-Security-Policy does not apply to it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { Transform } from "node:stream";
import { messagesFor, PAGE_MESSAGES_ID, setMessageRecorder, type UsedMessages as Used } from "./index.ts";

const rendering = new AsyncLocalStorage<Used>();
setMessageRecorder(() => rendering.getStore());

/**
 * Runs `render` (which starts React's render) so that every key translated by it, and by the
 * work React schedules from it, is noted; returns what was noted, filled as the render goes.
 */
export function recordMessages<T>(render: () => T): { result: T; used: Used } {
  const used: Used = { nl: new Set(), en: new Set(), absent: new Set() };
  return { result: rendering.run(used, render), used };
}

/**
 * The data block for the noted keys. `<` is escaped, so no text can close the element. It carries
 * the page's nonce like every other inline script element, although the browser never runs it.
 */
export function pageMessagesElement(used: Used, nonce?: string): string {
  const json = JSON.stringify(messagesFor(used)).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${PAGE_MESSAGES_ID}"${nonce ? ` nonce="${nonce}"` : ""}>${json}</script>`;
}

const END_OF_BODY = Buffer.from("</body>");
/** Room for `</body></html>` and whatever React may write after it, whichever chunks they came in. */
const TAIL = 64;

/**
 * A stream that passes React's HTML through and, at its end, puts the page's texts before the
 * last `</body>`. Without one (a render cut short) it adds nothing, and the browser loads the
 * whole language instead.
 *
 * It also gathers what React writes in one go (it writes a page in pieces of 2 KB) and passes it
 * on as one piece when that turn of the event loop is over. Each piece would otherwise be its own
 * read through React Router's response stream, its own write to the socket (a system call, ~8%
 * of a page's CPU) and, behind compression, its own flush of the compressor. What React writes
 * later (a boundary that waited for its data) still leaves as soon as it comes.
 */
export function withPageMessages(used: Used, nonce?: string): Transform {
  let tail = Buffer.alloc(0);
  let pending: Buffer[] = [];
  let scheduled = false;
  let ended = false;
  /** Everything received so far, but for the last TAIL bytes. */
  const release = (stream: Transform) => {
    scheduled = false;
    if (ended || pending.length === 0) return;
    const all = Buffer.concat([tail, ...pending]);
    pending = [];
    const cut = Math.max(0, all.length - TAIL);
    tail = all.subarray(cut);
    if (cut > 0) stream.push(all.subarray(0, cut));
  };
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      pending.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      if (!scheduled) {
        scheduled = true;
        setImmediate(release, this);
      }
      callback();
    },
    flush(callback) {
      ended = true;
      const all = Buffer.concat([tail, ...pending]);
      pending = [];
      // Only the last TAIL bytes are searched, as ever: a `</body>` before them is not the page's end.
      const at = all.lastIndexOf(END_OF_BODY);
      if (at < Math.max(0, all.length - TAIL)) return callback(null, all);
      callback(null, Buffer.concat([all.subarray(0, at), Buffer.from(pageMessagesElement(used, nonce)), all.subarray(at)]));
    },
  });
}
