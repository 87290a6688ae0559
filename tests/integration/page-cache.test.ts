/**
 * The page cache for visitors (ADR 018, server/page-cache.ts) against the production build: a
 * visitor's page is shared for PAGE_CACHE_SECONDS, without the nonce of the rendering that made
 * it; a signed-in person never gets it; it expires; languages are kept apart; a form empties it.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type Harness } from "../support/app-harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startApp({ env: { PAGE_CACHE: "1", PAGE_CACHE_SECONDS: "1" } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\ssrc=/.test(m[1]!) && m[2] !== "").map((m) => m[2]!);
const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
const scriptSources = (csp: string) => /script-src ([^;]*)/.exec(csp)![1]!.split(" ");

async function get(path: string, headers: Record<string, string> = {}, role: "visitor" | "teacher" = "visitor") {
  const response = await h.request(role, path, { headers });
  return { status: response.status, cache: response.headers.get("x-page-cache"), csp: response.headers.get("content-security-policy") ?? "", headers: response.headers, html: await response.text() };
}

/** Past any entry of an earlier test (PAGE_CACHE_SECONDS is 1). */
const expireAll = () => new Promise((resolve) => setTimeout(resolve, 1100));

describe("page cache", () => {
  test("a visitor's second request is the first one's page, shared without a nonce and with the hashes of its inline scripts", async () => {
    await expireAll();
    const first = await get("/nieuws");
    const second = await get("/nieuws");
    const plain = await get("/nieuws", { "accept-encoding": "identity" });
    expect([first.status, second.status, plain.status]).toEqual([200, 200, 200]);
    expect([first.cache, second.cache, plain.cache]).toEqual(["miss", "hit", "hit"]);
    // The rendering that filled the entry had its own nonce; later visitors get neither it nor another.
    const nonce = /'nonce-([^']+)'/.exec(first.csp)![1]!;
    expect(second.csp).not.toContain("nonce-");
    expect(second.html).not.toContain("nonce=");
    expect(second.html).not.toContain(nonce);
    expect(second.html).toBe(first.html.replaceAll(` nonce="${nonce}"`, ""));
    expect(plain.html).toBe(second.html);
    expect(second.headers.get("vary")).toBe("Accept-Encoding");
    expect(plain.headers.get("content-encoding")).toBeNull();
    // Exactly the page's own inline scripts may run.
    const scripts = inlineScripts(second.html);
    expect(scripts.length).toBeGreaterThan(0);
    const allowed = scriptSources(second.csp).filter((s) => s.startsWith("'sha256-"));
    expect(allowed.sort()).toEqual([...new Set(scripts.map(sha256))].sort());
    // The rest of the policy is the policy every page has.
    expect(second.csp.replace(/ 'sha256-[^']+'/g, "")).toBe(first.csp.replace(` 'nonce-${nonce}'`, ""));
  });

  test("a signed-in person never gets the shared page, and does not fill it", async () => {
    await expireAll();
    const visitor = await get("/cursussen");
    const teacher = await get("/cursussen", {}, "teacher");
    expect(visitor.cache).toBe("miss");
    expect(teacher.cache).toBeNull();
    expect(teacher.html).toContain("Uitloggen");
    expect(teacher.html).not.toBe(visitor.html);
    expect(teacher.headers.get("cache-control")).toBe("no-store");
    const again = await get("/cursussen");
    expect(again.cache).toBe("hit");
    expect(again.html).not.toContain("Uitloggen");
  });

  test("an entry expires after PAGE_CACHE_SECONDS", async () => {
    await expireAll();
    expect((await get("/aanbod")).cache).toBe("miss");
    expect((await get("/aanbod")).cache).toBe("hit");
    await expireAll();
    const after = await get("/aanbod");
    expect(after.cache).toBe("miss");
    expect(after.csp).toContain("'nonce-");
  });

  test("an expired page is rendered once while visitors keep asking for it", async () => {
    await expireAll();
    await get("/toegankelijkheid");
    await new Promise((resolve) => setTimeout(resolve, 1050));
    const answers = await Promise.all([get("/toegankelijkheid"), get("/toegankelijkheid"), get("/toegankelijkheid"), get("/toegankelijkheid")]);
    // One renders; the others get the page of a moment ago, or the new one if it was quicker.
    expect(answers.filter((a) => a.cache === "miss")).toHaveLength(1);
    expect(answers.every((a) => a.status === 200 && (a.cache === "miss" || !a.html.includes("nonce=")))).toBe(true);
  });

  test("each language has its own entry", async () => {
    await expireAll();
    const dutch = await get("/netwerken");
    const english = await get("/netwerken", { cookie: "lang=en" });
    expect([dutch.cache, english.cache]).toEqual(["miss", "miss"]);
    const dutchAgain = await get("/netwerken");
    const englishAgain = await get("/netwerken", { cookie: "lang=en" });
    expect([dutchAgain.cache, englishAgain.cache]).toEqual(["hit", "hit"]);
    expect(dutchAgain.html).toContain('<html lang="nl"');
    expect(englishAgain.html).toContain('<html lang="en"');
    expect(englishAgain.html).not.toBe(dutchAgain.html);
  });

  test("an error page, a request with another cookie and a query are not answered from another page's entry", async () => {
    await expireAll();
    expect((await get("/bestaat-niet")).status).toBe(404);
    const missing = await get("/bestaat-niet");
    expect([missing.status, missing.cache]).toEqual([404, "miss"]);
    await get("/evenementen");
    expect((await get("/evenementen", { cookie: "something=else" })).cache).toBeNull();
    expect((await get("/evenementen?q=techniek")).cache).toBe("miss");
  });

  test("a form sent through the app empties the cache, so the next visitor sees the change", async () => {
    await expireAll();
    await get("/nieuws");
    expect((await get("/nieuws")).cache).toBe("hit");
    const form = new URLSearchParams({ lang: "en", redirectTo: "/nieuws" });
    const post = await h.request("visitor", "/taal", {
      method: "POST",
      body: form,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: h.baseUrl },
    });
    expect(post.status).toBeLessThan(400);
    expect((await get("/nieuws")).cache).toBe("miss");
  });
});
