import { jsonLdText } from "~/domain/common/json-ld.ts";

/**
 * schema.org JSON-LD in the page. The text is escaped so nothing in it (a hostile title) can end
 * the element; it is a data block the browser never runs, so the CSP needs no nonce for it.
 */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
