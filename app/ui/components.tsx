/**
 * Thin React components over the NL Design System (Utrecht) CSS components.
 * The Utrecht React package cannot be installed from the registry here (see
 * docs/decisions/004-nl-design-system.md), so we render its class names.
 */
import { useId, type AnchorHTMLAttributes, type ButtonHTMLAttributes, type HTMLAttributes, type ReactNode } from "react";
import { Link as RouterLink, type LinkProps } from "react-router";

function cx(...names: (string | false | null | undefined)[]) {
  return names.filter(Boolean).join(" ");
}
export { cx };

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { level: 1 | 2 | 3 | 4; appearance?: 1 | 2 | 3 | 4 };
export function Heading({ level, appearance, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag className={cx(`utrecht-heading-${appearance ?? level}`, className)} {...rest} />;
}

export function Paragraph({ lead, className, ...rest }: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  return <p className={cx("utrecht-paragraph", lead && "utrecht-paragraph--lead", className)} {...rest} />;
}

type Appearance = "primary" | "secondary" | "subtle";
const buttonClass = (appearance: Appearance, danger?: boolean) =>
  cx("utrecht-button", `utrecht-button--${appearance === "subtle" ? "subtle" : `${appearance}-action`}`, danger && "utrecht-button--danger");

export function Button({
  appearance = "primary",
  danger,
  className,
  type = "submit",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: Appearance; danger?: boolean }) {
  return <button type={type} className={cx(buttonClass(appearance, danger), className)} {...rest} />;
}

/**
 * An address within the site that React Router's <Link> passes through unchanged: absolute, no
 * empty, "." or ".." segment, no trailing slash, no white space, a query or fragment only when not
 * empty. (It normalises the rest; components.test.ts compares the two.)
 */
const PLAIN_PATH = /^\/(?:[^/?#.\s][^/?#\s]*(?:\/[^/?#.\s][^/?#\s]*)*)?(?:\?[^#\s]+)?(?:#\S+)?$/;
const ROUTER_ONLY = ["discover", "prefetch", "relative", "reloadDocument", "replace", "mask", "state", "preventScrollReset", "viewTransition", "defaultShouldRevalidate", "onClick", "target"] as const;

/**
 * On the server, the HTML React Router's <Link> renders for a plain address, without the link.
 * Its hooks (resolving the path against the matched routes, the click handler, prefetching) cost
 * ~40 µs per link on the server, where nothing can be clicked: 4–6% of a page with a hundred links
 * (a network's members). In the browser the real <Link> hydrates this same <a> and navigates as
 * before. Anything else (an object, a relative path, a router option) goes to <Link> itself.
 */
function serverAnchor({ to, ...rest }: LinkProps) {
  if (typeof document !== "undefined" || typeof to !== "string" || !PLAIN_PATH.test(to)) return null;
  for (const key of ROUTER_ONLY) if (key in rest) return null;
  // The attributes in <Link>'s order: its own props, then href, then data-discover.
  return <a {...(rest as AnchorHTMLAttributes<HTMLAnchorElement>)} href={to} data-discover="true" />;
}

/** A link that looks like a button: for navigation, never for actions. */
export function ButtonLink({ appearance = "primary", className, ...rest }: LinkProps & { appearance?: Appearance }) {
  const props = { className: cx("utrecht-button-link", `utrecht-button-link--${appearance === "subtle" ? "subtle" : `${appearance}-action`}`, className), ...rest };
  return serverAnchor(props) ?? <RouterLink {...props} />;
}

export function Link({ className, ...rest }: LinkProps) {
  const props = { className: cx("utrecht-link", className), ...rest };
  return serverAnchor(props) ?? <RouterLink {...props} />;
}

export function ExternalLink({ className, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a className={cx("utrecht-link", "utrecht-link--external", className)} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}

export function Alert({ type = "info", children, role }: { type?: "info" | "ok" | "warning" | "error"; children: ReactNode; role?: string }) {
  return (
    <div className={cx("utrecht-alert", `utrecht-alert--${type}`)} role={role ?? (type === "error" ? "alert" : "status")}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

export function UnorderedList({ className, ...rest }: HTMLAttributes<HTMLUListElement>) {
  return <ul className={cx("utrecht-unordered-list", className)} {...rest} />;
}

/** One column of a `Table`: its header, and what each row shows under it. */
export type TableColumn<Row> = {
  /** The `<th scope="col">`; on a phone (`stack`) also the label before each cell. */
  header: string;
  /** A header screen readers need but eyes do not (a column of checkboxes whose every box says what it picks). */
  headerHidden?: boolean;
  cell: (row: Row, index: number) => ReactNode;
  /** This column's cell names its row: it becomes `<th scope="row">`, read before every other cell of the row. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** Whether a stacked cell says its column on a phone: every cell does but the first, which heads the card. */
  label?: boolean;
  className?: string;
};

type TableProps<Row> = {
  caption: string;
  /** Only when the heading right above says the same words: see the rule below. */
  captionHidden?: boolean;
  /** `false`/`null` leave a column out, so a column shown to some people is written inline. */
  columns: readonly (TableColumn<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** An anchor (`id`) or a state class (`th-row-error`) of one row. */
  rowProps?: (row: Row) => { id?: string; className?: string };
  /** Each row becomes a small card on a phone (cells say their column) instead of a table to scroll sideways. */
  stack?: boolean;
  className?: string;
};

/**
 * Every table of the app: a `<caption>`, headers as `<th scope="col">`, the cell that names a row as
 * `<th scope="row">`, the Utrecht table classes, and a scroll box for a phone.
 *
 * The rule for names (ADR 016): every table has a caption, because screen readers list tables by
 * it (WCAG 1.3.1). It is visible, unless the heading right above says the same words: then
 * `captionHidden` keeps it for screen readers only, so eyes do not read it twice. The scroll box is
 * a focusable region (WCAG 2.1.1: a keyboard can scroll what overflows) named by *referring* to the
 * caption (`aria-labelledby`), never by a second copy of the text, so a translation or a count
 * changes in one place and every engine finds the same name on the region and the table.
 *
 * A stacked table is laid out with `display: block` on a phone, and a browser that sees a table
 * without table layout stops telling assistive technology it is one (Chrome and Safari drop the
 * table, row and cell roles). So a stacked table says its roles itself: `table`, `rowgroup`, `row`,
 * `columnheader`, `rowheader` and `cell`; redundant on a wide screen, needed on a phone.
 */
export function Table<Row>({ caption, captionHidden, columns, rows, rowKey, rowProps, stack, className }: TableProps<Row>) {
  const captionId = useId();
  const shown = columns.filter((c): c is TableColumn<Row> => Boolean(c));
  const role = (name: string) => (stack ? name : undefined);
  return (
    <div className="th-table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={cx("utrecht-table", "utrecht-table--html-table", stack && "th-table--stack", className)} role={role("table")}>
        <caption className={cx("utrecht-table__caption", captionHidden && "th-visually-hidden")} id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header" role={role("rowgroup")}>
          <tr className="utrecht-table__row" role={role("row")}>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={cx("utrecht-table__header-cell", c.numeric && "utrecht-table__header-cell--numeric")} role={role("columnheader")}>
                {c.headerHidden ? <span className="th-visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body" role={role("rowgroup")}>
          {rows.map((row, r) => {
            const extra = rowProps?.(row);
            return (
              <tr key={rowKey(row, r)} id={extra?.id} className={cx("utrecht-table__row", extra?.className)} role={role("row")}>
                {shown.map((c, i) => {
                  const label = stack && !c.headerHidden && (c.label ?? i > 0) ? c.header : undefined;
                  const content = c.cell(row, r);
                  return c.rowHeader ? (
                    <th key={i} scope="row" className={cx("utrecht-table__header-cell", c.numeric && "utrecht-table__header-cell--numeric", c.className)} role={role("rowheader")} data-label={label}>
                      {content}
                    </th>
                  ) : (
                    <td key={i} className={cx("utrecht-table__cell", c.numeric && "utrecht-table__cell--numeric", c.className)} role={role("cell")} data-label={label}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A definition list for profile facts (label → value). */
export function DataList({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="utrecht-data-list th-data-list">
      {items.map((item, i) => (
        <div className="utrecht-data-list__item" key={i}>
          <dt className="utrecht-data-list__item-key">{item.label}</dt>
          <dd className="utrecht-data-list__item-value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Badge({ children }: { children: ReactNode }) {
  return <span className="utrecht-data-badge">{children}</span>;
}
