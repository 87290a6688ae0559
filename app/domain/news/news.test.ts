import { describe, expect, it } from "vitest";
import { isBotAgent, newSalt, visitorHash } from "./visitor.ts";
import { markdownToText, renderMarkdown } from "./markdown.ts";
import { atomFeed } from "./feed.ts";

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

describe("visitor hash", () => {
  it("is stable within a day and changes with salt, day, address or agent", () => {
    const base = { salt: "s1", address: "203.0.113.7", userAgent: UA, day: "2024-05-01" };
    const h = visitorHash(base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(visitorHash({ ...base })).toBe(h);
    expect(visitorHash({ ...base, salt: "s2" })).not.toBe(h);
    expect(visitorHash({ ...base, day: "2024-05-02" })).not.toBe(h);
    expect(visitorHash({ ...base, address: "203.0.113.8" })).not.toBe(h);
    expect(visitorHash({ ...base, userAgent: UA + " x" })).not.toBe(h);
  });

  it("contains nothing raw", () => {
    const h = visitorHash({ salt: "s", address: "203.0.113.7", userAgent: UA, day: "2024-05-01" });
    expect(h).not.toContain("203");
  });

  it("makes a fresh random salt each time", () => {
    expect(newSalt()).not.toBe(newSalt());
    expect(newSalt().length).toBeGreaterThanOrEqual(40);
  });

  it("recognises bots and empty agents", () => {
    expect(isBotAgent("Googlebot/2.1 (+http://www.google.com/bot.html)")).toBe(true);
    expect(isBotAgent("curl/8.5.0")).toBe(true);
    expect(isBotAgent("")).toBe(true);
    expect(isBotAgent(null)).toBe(true);
    expect(isBotAgent(UA)).toBe(false);
  });
});

describe("markdown", () => {
  it("keeps a safe subset and drops scripts, handlers and javascript: links", () => {
    const html = renderMarkdown(
      "# Kop\n\nTekst met **vet** en [link](https://example.org).\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[kwaad](javascript:alert(1))",
    );
    expect(html).toContain("<h2>Kop</h2>");
    expect(html).toContain("<strong>vet</strong>");
    expect(html).toContain('href="https://example.org"');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });

  it("gives plain text", () => {
    expect(markdownToText("## Titel\n\nEen *mooie* dag.")).toBe("Titel Een mooie dag.");
  });
});

describe("atom feed", () => {
  it("escapes text and writes absolute links", () => {
    const xml = atomFeed({
      id: "http://x/nieuws.xml",
      title: "Nieuws van A & B",
      selfUrl: "http://x/nieuws.xml",
      pageUrl: "http://x/nieuws",
      updated: new Date("2024-01-02T00:00:00Z"),
      entries: [
        {
          id: "http://x/nieuws/a",
          url: "http://x/nieuws/a",
          title: "<Girlsday>",
          summary: "s",
          contentHtml: "<p>hoi</p>",
          published: new Date("2024-01-01T00:00:00Z"),
          updated: new Date("2024-01-01T00:00:00Z"),
          author: null,
        },
      ],
    });
    expect(xml).toContain("<title>Nieuws van A &amp; B</title>");
    expect(xml).toContain("<title>&lt;Girlsday&gt;</title>");
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://x/nieuws/a"/>');
    expect(xml).toContain("&lt;p&gt;hoi&lt;/p&gt;");
  });
});
