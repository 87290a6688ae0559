import { translator, type Locale, type Translate } from "~/i18n/index.ts";

/** "<page> | Technohub" in the visitor's language (taken from the root loader). */
export function pageTitle(matches: readonly unknown[], key: string) {
  const root = matches.find((m): m is { id: string; loaderData?: { locale?: Locale } } => !!m && (m as { id?: string }).id === "root");
  const t = translator(root?.loaderData?.locale ?? "nl");
  return [{ title: `${t(key)} | ${t("app.name")}` }];
}

/** The title of a page that shows a refused form: "Fout: <title>" (PageMeta applies it to every page). */
export function refusedTitle(title: string, t: Translate): string {
  const prefix = t("form.errorTitle");
  return title.startsWith(prefix) ? title : `${prefix}${title}`;
}
