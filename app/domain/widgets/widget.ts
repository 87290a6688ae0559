import { parseTheme, THEME_PARAMS, type Theme, type ThemeParam } from "./theme.ts";

/**
 * What a widget is: whose it is (a network or an organisation), what it shows, how many, in which
 * language and in which colours. All of it lives in the widget's address (ADR 030): the host's
 * page holds the choice, so Technohub keeps no widget settings and a widget page depends on
 * nothing but its URL.
 */
export const WIDGET_KINDS = ["offers", "events", "courses", "news", "request"] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];
export type OwnerType = "network" | "organisation";
export type WidgetOwner = { type: OwnerType; slug: string };

/** The Dutch path word of each kind, as in the rest of the app's addresses. */
export const KIND_PATH: Record<WidgetKind, string> = {
  offers: "aanbod",
  events: "evenementen",
  courses: "cursussen",
  news: "nieuws",
  request: "gastles",
};
export const OWNER_PATH: Record<OwnerType, string> = { network: "netwerken", organisation: "organisaties" };

/** An organisation has no events or news of its own: those belong to networks. */
export const KINDS_OF: Record<OwnerType, readonly WidgetKind[]> = {
  network: WIDGET_KINDS,
  organisation: ["offers", "courses", "request"],
};

export const DEFAULT_ITEMS = 5;
/** A widget is a teaser on someone else's page; the full list is one click away on Technohub. */
export const MAX_ITEMS = 20;

/** Every widget page lives under this path: the edge lets only these be framed. */
export const WIDGET_PREFIX = "/widget/";
/**
 * A path of a widget page or its stylesheet, and nothing else: only these may be framed and skip
 * the session. Exactly the routes' shapes, so neither an error page below /widget/ nor a dot
 * segment the router would resolve elsewhere (`/widget/../netwerken`) gets a widget's rights.
 */
const WIDGET_PATH = /^\/widget\/(?:stijl\.css|(?:netwerken|organisaties)\/[a-z0-9-]+\/[a-z]+)$/;
export const isWidgetPath = (path: string) => WIDGET_PATH.test(path);

export type Locale = "nl" | "en";
export type WidgetChoice = { kind: WidgetKind; limit: number; locale: Locale; theme: Theme };

export function kindFromPath(word: string | undefined): WidgetKind | null {
  return WIDGET_KINDS.find((k) => KIND_PATH[k] === word) ?? null;
}

/** `aantal`, bounded; what cannot be read is the default (a widget on someone's page never fails on it). */
export function parseLimit(raw: string | null): { limit: number; error?: string } {
  if (raw === null || raw.trim() === "") return { limit: DEFAULT_ITEMS };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_ITEMS) return { limit: DEFAULT_ITEMS, error: "widgets.error.limit" };
  return { limit: n };
}

/** The widget's options from its query string: `aantal`, `taal` and the theme parameters. */
export function parseWidgetQuery(params: URLSearchParams) {
  const { limit, error: limitError } = parseLimit(params.get("aantal"));
  const { theme, errors } = parseTheme(params);
  return {
    limit,
    locale: (params.get("taal") === "en" ? "en" : "nl") as Locale,
    theme,
    errors: { ...(limitError ? { aantal: limitError } : {}), ...errors } as Partial<Record<ThemeParam | "aantal", string>>,
  };
}

/** The query string that carries a choice; defaults are left out, so a plain widget has a plain address. */
export function widgetQuery(choice: Omit<WidgetChoice, "kind">): string {
  const params = new URLSearchParams();
  if (choice.limit !== DEFAULT_ITEMS) params.set("aantal", String(choice.limit));
  if (choice.locale !== "nl") params.set("taal", choice.locale);
  for (const name of THEME_PARAMS) if (choice.theme[name]) params.set(name, choice.theme[name]!);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The widget page's path (with its query), relative to Technohub's origin. */
export function widgetPath(owner: WidgetOwner, choice: WidgetChoice): string {
  return `${WIDGET_PREFIX}${OWNER_PATH[owner.type]}/${encodeURIComponent(owner.slug)}/${KIND_PATH[choice.kind]}${widgetQuery(choice)}`;
}

/** The stylesheet of a widget with this theme: the same address for every widget that looks the same. */
export function widgetStylesheetPath(theme: Theme): string {
  const params = new URLSearchParams();
  for (const name of THEME_PARAMS) if (theme[name]) params.set(name, theme[name]!);
  const query = params.toString();
  return `${WIDGET_PREFIX}stijl.css${query ? `?${query}` : ""}`;
}

/** The message type the widget posts its height with, and the resize script checks for. */
export const HEIGHT_MESSAGE = "technohub-widget-height";
/**
 * What /widget.js sends a widget when it starts: the widget may have reported its height before
 * the host's script (loaded async) listened, so it reports again.
 */
export const PING_MESSAGE = "technohub-widget-ping";
/** The iframe's height before (or without) the resize script: room for a few items, then it scrolls. */
export const DEFAULT_HEIGHT_PX = 480;

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * What the host pastes into their page: the iframe (which works on its own, scrolling at a
 * default height) and the script that sizes it to its content.
 */
export function widgetSnippet(input: { origin: string; path: string; title: string }): string {
  const src = `${input.origin}${input.path}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" data-technohub-widget loading="lazy" style="width:100%;height:${DEFAULT_HEIGHT_PX}px;border:0"></iframe>`,
    `<script src="${escapeAttribute(`${input.origin}/widget.js`)}" async></script>`,
  ].join("\n");
}

/**
 * The widget page's own script: tells the page around it how tall the widget is, each time that
 * changes. Only a number goes out, to any origin (the host is not known, and the number is no
 * secret); /widget.js on the host decides whether to believe it. A ping from the parent (the
 * host's script starting late) makes it report again; nothing else it receives does anything. Inline, with the page's CSP
 * nonce (a hash once the page cache shares the page), so it needs no request of its own.
 */
export const RESIZE_SENDER = `(function(){if(window.parent===window)return;var last=0;function send(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({type:${JSON.stringify(HEIGHT_MESSAGE)},height:h},"*")}}send();addEventListener("load",send);addEventListener("message",function(e){if(e.source===window.parent&&e.data&&e.data.type===${JSON.stringify(PING_MESSAGE)}){last=0;send()}});if(window.ResizeObserver)new ResizeObserver(send).observe(document.body);else addEventListener("resize",send)})();`;
