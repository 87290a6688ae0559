import { translator, type Locale, type Translate } from "~/i18n/index.ts";

/** The translator for a route's meta(), in the visitor's language (taken from the root loader). */
export function metaTranslator(matches: readonly unknown[]): Translate {
  const root = matches.find((m): m is { id: string; loaderData?: { locale?: Locale } } => !!m && (m as { id?: string }).id === "root");
  return translator(root?.loaderData?.locale ?? "nl");
}

/** "<page> | Technohub" in the visitor's language. */
export function pageTitle(matches: readonly unknown[], key: string) {
  const t = metaTranslator(matches);
  return [{ title: `${t(key)} | ${t("app.name")}` }];
}

/** The title of a page that shows a refused form: "Fout: <title>" (PageMeta applies it to every page). */
export function refusedTitle(title: string, t: Translate): string {
  const prefix = t("form.errorTitle");
  return title.startsWith(prefix) ? title : `${prefix}${title}`;
}
