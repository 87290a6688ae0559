import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown.ts";
import { atomFeed } from "./feed.ts";


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
