import type * as Markdown from "~/domain/news/markdown.ts";

let markdown: Promise<typeof Markdown> | undefined;

/**
 * The article renderer (domain/news/markdown.ts), loaded when the first article, tip or feed is
 * rendered rather than when the server starts: with marked, sanitize-html and the HTML parser and
 * PostCSS it brings it is ~0.4 MB of source that the lists, the homes and the search never run
 * (ADR 027, amendment "the SAML stack on first use").
 */
export function loadMarkdown(): Promise<typeof Markdown> {
  return (markdown ??= import("~/domain/news/markdown.ts"));
}
