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

/**
 * A table; `stack` turns each row into a small card on a phone (cells say their column through
 * `data-label`) instead of a table to scroll sideways.
 */
export function Table({ caption, children, className, stack }: { caption?: ReactNode; children: ReactNode; className?: string; stack?: boolean }) {
  const captionId = useId();
  // A table wider than a phone scrolls sideways: keyboard users must be able to reach it (WCAG
  // 2.1.1), so the scroll box takes focus and is named by the caption.
  const scrollable = caption ? { tabIndex: 0, role: "region", "aria-labelledby": captionId } : {};
  return (
    <div className="th-table-scroll" {...scrollable}>
      <table className={cx("utrecht-table", "utrecht-table--html-table", stack && "th-table--stack", className)}>
        {caption ? (
          <caption className="utrecht-table__caption" id={captionId}>
            {caption}
          </caption>
        ) : null}
        {children}
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
