import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Article bodies are Markdown written by coordinators. The HTML is always
 * sanitised: a safe subset of tags, links only to http(s)/mailto, no
 * scripts, styles or event handlers.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["h2", "h3", "h4", "p", "br", "hr", "strong", "em", "b", "i", "a", "ul", "ol", "li", "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "img"],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "title"], th: ["scope"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https", "http"] },
  // One h1 per page: the article's title. Headings in the body start at h2.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer" } }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html, OPTIONS);
}

/** Plain text of a Markdown body, for summaries and feeds. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(renderMarkdown(markdown), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
