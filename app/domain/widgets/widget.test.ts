import { describe, expect, it } from "vitest";
import { DEFAULT_ITEMS, isWidgetPath, kindFromPath, MAX_ITEMS, parseWidgetQuery, RESIZE_SENDER, HEIGHT_MESSAGE, PING_MESSAGE, widgetPath, widgetSnippet, widgetStylesheetPath } from "./widget.ts";

describe("a widget's address", () => {
  it("reads the number bounded, the language and the theme", () => {
    expect(parseWidgetQuery(new URLSearchParams("aantal=3&taal=en&link=%23123456"))).toEqual({ limit: 3, locale: "en", theme: { link: "#123456" }, errors: {} });
    expect(parseWidgetQuery(new URLSearchParams("")).limit).toBe(DEFAULT_ITEMS);
    for (const bad of ["0", "-1", String(MAX_ITEMS + 1), "2.5", "veel", "1e9"]) {
      const query = parseWidgetQuery(new URLSearchParams({ aantal: bad }));
      expect(query.limit, bad).toBe(DEFAULT_ITEMS);
      expect(query.errors.aantal, bad).toBe("widgets.error.limit");
    }
    expect(parseWidgetQuery(new URLSearchParams("taal=de")).locale).toBe("nl");
  });

  it("writes the choice into the path, defaults left out", () => {
    const owner = { type: "network" as const, slug: "technet-utrecht" };
    expect(widgetPath(owner, { kind: "events", limit: DEFAULT_ITEMS, locale: "nl", theme: {} })).toBe("/widget/netwerken/technet-utrecht/evenementen");
    expect(widgetPath({ type: "organisation", slug: "kiremko" }, { kind: "offers", limit: 3, locale: "en", theme: { knop: "#000" } })).toBe(
      "/widget/organisaties/kiremko/aanbod?aantal=3&taal=en&knop=%23000",
    );
    expect(kindFromPath("gastles")).toBe("request");
    expect(kindFromPath("toString")).toBeNull();
    expect(widgetStylesheetPath({ tekst: "rgb(1 2 3)" })).toBe("/widget/stijl.css?tekst=rgb%281+2+3%29");
  });

  it("frames only widget paths, not a dot segment that resolves elsewhere", () => {
    expect(isWidgetPath("/widget/netwerken/a/nieuws")).toBe(true);
    expect(isWidgetPath("/widget.js")).toBe(false);
    expect(isWidgetPath("/netwerken")).toBe(false);
    expect(isWidgetPath("/widget/../netwerken")).toBe(false);
    expect(isWidgetPath("/widget/%2E%2E/netwerken")).toBe(false);
    expect(isWidgetPath("/widget/netwerken/a/nieuws/extra")).toBe(false);
    expect(isWidgetPath("/widget/stijl.css")).toBe(true);
  });

  it("makes a snippet of an iframe that works alone and the script that sizes it, escaped", () => {
    const snippet = widgetSnippet({ origin: "https://technohub.example", path: "/widget/netwerken/a/nieuws?aantal=3&taal=en", title: 'Nieuws van "A" & B' });
    expect(snippet).toContain('src="https://technohub.example/widget/netwerken/a/nieuws?aantal=3&amp;taal=en"');
    expect(snippet).toContain('title="Nieuws van &quot;A&quot; &amp; B"');
    expect(snippet).toMatch(/height:\d+px/);
    expect(snippet).toContain('<script src="https://technohub.example/widget.js" async></script>');
  });

  it("posts only its height, with the message type the host script checks", () => {
    expect(RESIZE_SENDER).toContain(JSON.stringify(HEIGHT_MESSAGE));
    expect(RESIZE_SENDER).toContain("postMessage({type:");
    expect(RESIZE_SENDER).toContain(JSON.stringify(PING_MESSAGE));
  });
});
