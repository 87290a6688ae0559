/** An Atom 1.0 feed (RFC 4287) of published articles, with absolute URLs. */
export type FeedEntry = { id: string; url: string; title: string; summary: string; contentHtml: string; published: Date; updated: Date; author: string | null };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function atomFeed(feed: { id: string; title: string; selfUrl: string; pageUrl: string; updated: Date; entries: FeedEntry[] }): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <author><name>Technohub</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <published>${e.published.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      ...(e.author ? [`    <author><name>${escapeXml(e.author)}</name></author>`] : []),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
