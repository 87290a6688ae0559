import { PassThrough, Readable } from "node:stream";
import { setImmediate as tick } from "node:timers/promises";
import { createElement, Suspense, use } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { labelOf, translator } from "./index.ts";
import { pageMessagesElement, recordMessages, withPageMessages } from "./page-messages.server.ts";

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** What withPageMessages makes of a page that arrives in these pieces. */
async function through(pieces: string[], used: ReturnType<typeof recordMessages>["used"]): Promise<string> {
  return text(Readable.from(pieces.map((p) => Buffer.from(p))).pipe(withPageMessages(used)));
}

const pageData = (html: string) => JSON.parse(/<script type="application\/json" id="th-messages"[^>]*>(.*?)<\/script>/.exec(html)![1]!);

describe("the texts a page carries", () => {
  it("are those its render translated, in the language it used, with their plural forms", () => {
    const { used } = recordMessages(() => {
      const t = translator("en");
      t("nav.home");
      t("account.signIn.throttled", { count: 3 });
    });
    const data = pageData(pageMessagesElement(used));
    expect(data.nl).toBeUndefined();
    expect(data.en).toEqual({
      "nav.home": "Home",
      "account.signIn.throttled": "Too many failed attempts for this account. Please try again later.",
      "account.signIn.throttled.one": "Too many failed attempts for this account. Please try again in 1 minute.",
      "account.signIn.throttled.other": "Too many failed attempts for this account. Please try again in {count} minutes.",
    });
  });

  it("name the keys that have no text, and note nothing outside a render", () => {
    translator("nl")("nav.news");
    const { used } = recordMessages(() => {
      const t = translator("nl");
      expect(labelOf(t, "networks.tag.praktijklokaal", "praktijklokaal")).toBe("praktijklokaal");
      t("no.such.key");
    });
    const data = pageData(pageMessagesElement(used));
    expect(data.nl).toEqual({});
    expect(data.absent.sort()).toEqual(["networks.tag.praktijklokaal", "no.such.key"]);
    expect(used.nl.has("nav.news")).toBe(false);
  });

  it("carry the page's nonce, like every inline script element", () => {
    const { used } = recordMessages(() => translator("nl")("nav.home"));
    expect(pageMessagesElement(used, "abc123")).toMatch(/^<script type="application\/json" id="th-messages" nonce="abc123">/);
  });

  it("cannot close their own element, whatever a text holds", () => {
    const { used } = recordMessages(() => translator("nl")("</script><b>"));
    const element = pageMessagesElement(used);
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    expect(pageData(element).absent).toEqual(["</script><b>"]);
  });
});

describe("withPageMessages", () => {
  const used = () => recordMessages(() => translator("nl")("nav.home")).used;

  it("puts the texts just before </body>, also when </body> is split over two chunks", async () => {
    const page = "<!DOCTYPE html><html><body><main>" + "x".repeat(5000) + "</main></body></html>";
    for (const cut of [page.length - 10, page.length - 14, page.length - 3, 100]) {
      const html = await through([page.slice(0, cut), page.slice(cut)], used());
      expect(html).toBe(page.replace("</body>", `${pageMessagesElement(used())}</body>`));
    }
  });

  it("passes what React writes in one go on as one piece, and a later piece as soon as it comes", async () => {
    const stream = withPageMessages(used());
    const pieces: string[] = [];
    stream.on("data", (chunk: Buffer) => pieces.push(chunk.toString()));
    const ended = new Promise((resolve) => stream.on("end", resolve));
    const shell = "<!DOCTYPE html><html><body>" + "a".repeat(3000);
    for (let at = 0; at < shell.length; at += 500) stream.write(shell.slice(at, at + 500));
    await tick();
    await tick();
    // All but the last 64 bytes, held back in case `</body>` is among them.
    expect(pieces).toEqual([shell.slice(0, -64)]);
    stream.write("<p>later</p>");
    await tick();
    await tick();
    // Its own piece at once: the 12 bytes now ahead of the last 64.
    expect(pieces).toEqual([shell.slice(0, -64), shell.slice(-64, -52)]);
    stream.end("</body></html>");
    await ended;
    expect(pieces.join("")).toBe(`${shell}<p>later</p>${pageMessagesElement(used())}</body></html>`);
  });

  it("passes a page without </body> (a render cut short) through unchanged", async () => {
    const pieces = ["<!DOCTYPE html><html><body>", "y".repeat(100), "<p>half"];
    expect(await through(pieces, used())).toBe(pieces.join(""));
  });

  it("carries the keys of a real React render, those rendered after a suspension included", async () => {
    let resolve!: (v: string) => void;
    const later = new Promise<string>((r) => (resolve = r));
    function Late() {
      const t = translator("nl");
      return createElement("p", null, t(use(later)));
    }
    function Page() {
      const t = translator("nl");
      return createElement(
        "html",
        null,
        createElement("body", null, createElement("h1", null, t("nav.home")), createElement(Suspense, { fallback: "…" }, createElement(Late))),
      );
    }
    const out = new PassThrough();
    const done = text(out);
    const { result, used: noted } = recordMessages(() => renderToPipeableStream(createElement(Page), { onShellReady: () => result.pipe(withPageMessages(noted)).pipe(out) }));
    setTimeout(() => resolve("nav.news"), 20);
    const html = await done;
    expect(html).toContain("<h1>Home</h1>");
    expect(pageData(html).nl).toEqual({ "nav.home": "Home", "nav.news": "Nieuws" });
    expect(html.indexOf('id="th-messages"')).toBeGreaterThan(html.indexOf("Nieuws"));
  });
});
