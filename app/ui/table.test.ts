import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Table, type TableColumn } from "./components.tsx";

type Row = { id: number; name: string; place: string | null };
const rows: Row[] = [
  { id: 1, name: "Kiremko", place: "Montfoort" },
  { id: 2, name: "Wavin", place: null },
];
const columns: (TableColumn<Row> | false)[] = [
  { header: "Naam", rowHeader: true, cell: (r) => r.name },
  { header: "Plaats", cell: (r) => r.place ?? "–" },
  false,
  { header: "Aantal", numeric: true, cell: (r) => r.id },
];

function render(props: Partial<Parameters<typeof Table<Row>>[0]> = {}) {
  const html = renderToStaticMarkup(createElement(Table<Row>, { caption: "Bedrijven", rows, rowKey: (r) => r.id, columns, ...props }));
  return new Rendered(html);
}

/** The markup and its matches: small and ours, so a regular expression reads it without a DOM. */
class Rendered {
  constructor(readonly html: string) {}
  all(re: RegExp) {
    return [...this.html.matchAll(re)].map((m) => m[0]);
  }
}

describe("Table", () => {
  it("names the table by a caption and the scroll region by referring to it", () => {
    const { html } = render();
    const caption = html.match(/<caption class="utrecht-table__caption" id="([^"]+)">Bedrijven<\/caption>/);
    expect(caption).not.toBeNull();
    expect(html).toMatch(new RegExp(`^<div class="th-table-scroll" tabindex="0" role="region" aria-labelledby="${caption![1]}">`));
    // The region's name is a reference, never a second copy of the text.
    expect(html).not.toContain("aria-label=");
    expect(html.match(/Bedrijven/g)).toHaveLength(1);
  });

  it("hides the caption from eyes only when asked, keeping it for screen readers", () => {
    const { html } = render({ captionHidden: true });
    expect(html).toMatch(/<caption class="utrecht-table__caption th-visually-hidden" id="[^"]+">Bedrijven<\/caption>/);
  });

  it("writes column headers with scope=col, the row's name with scope=row, and leaves out a false column", () => {
    const page = render();
    expect(page.all(/<th scope="col"[^>]*>[^<]*<\/th>/g)).toEqual([
      '<th scope="col" class="utrecht-table__header-cell">Naam</th>',
      '<th scope="col" class="utrecht-table__header-cell">Plaats</th>',
      '<th scope="col" class="utrecht-table__header-cell utrecht-table__header-cell--numeric">Aantal</th>',
    ]);
    expect(page.all(/<th scope="row"[^>]*>[^<]*<\/th>/g)).toEqual([
      '<th scope="row" class="utrecht-table__header-cell">Kiremko</th>',
      '<th scope="row" class="utrecht-table__header-cell">Wavin</th>',
    ]);
    expect(page.all(/<td[^>]*>[^<]*<\/td>/g)).toEqual([
      '<td class="utrecht-table__cell">Montfoort</td>',
      '<td class="utrecht-table__cell utrecht-table__cell--numeric">1</td>',
      '<td class="utrecht-table__cell">–</td>',
      '<td class="utrecht-table__cell utrecht-table__cell--numeric">2</td>',
    ]);
    expect(page.html).toContain('<table class="utrecht-table utrecht-table--html-table">');
    expect(page.html).toContain('<thead class="utrecht-table__header"><tr class="utrecht-table__row">');
    expect(page.html).toContain('<tbody class="utrecht-table__body"><tr class="utrecht-table__row">');
  });

  it("labels stacked cells by their column on a phone, except the first, which heads the card", () => {
    const page = render({ stack: true, rowProps: (r) => ({ id: `rij-${r.id}`, className: r.place ? undefined : "th-row-error" }) });
    expect(page.html).toContain('class="utrecht-table utrecht-table--html-table th-table--stack"');
    expect(page.html).toContain('<th scope="row" class="utrecht-table__header-cell" role="rowheader">Kiremko</th><td class="utrecht-table__cell" role="cell" data-label="Plaats">Montfoort</td>');
    expect(page.html).toContain('<tr id="rij-2" class="utrecht-table__row th-row-error" role="row">');
  });

  it("keeps a stacked table a table for assistive technology: every part says its role, since display:block drops them", () => {
    const page = render({ stack: true });
    expect(page.html).toContain('th-table--stack" role="table">');
    expect(page.all(/<(thead|tbody)[^>]*>/g)).toEqual(['<thead class="utrecht-table__header" role="rowgroup">', '<tbody class="utrecht-table__body" role="rowgroup">']);
    expect(page.all(/<tr[^>]*>/g).every((tr) => tr.includes('role="row"'))).toBe(true);
    expect(page.all(/<th scope="col"[^>]*>/g).every((th) => th.includes('role="columnheader"'))).toBe(true);
    expect(page.all(/<th scope="row"[^>]*>/g).every((th) => th.includes('role="rowheader"'))).toBe(true);
    expect(page.all(/<td[^>]*>/g).every((td) => td.includes('role="cell"'))).toBe(true);
    // A table that keeps table layout needs none of it.
    expect(render().html).not.toContain("role=\"row\"");
  });

  it("keeps a hidden header in the markup for a column whose cells name themselves", () => {
    const { html } = render({ columns: [{ header: "Kiezen", headerHidden: true, cell: (r) => r.name }] });
    expect(html).toContain('<th scope="col" class="utrecht-table__header-cell"><span class="th-visually-hidden">Kiezen</span></th>');
  });
});
