import { translator, type Locale } from "~/i18n/index.ts";

/** "<page> | Technohub" in the visitor's language (taken from the root loader). */
export function pageTitle(matches: readonly unknown[], key: string) {
  const root = matches.find((m): m is { id: string; loaderData?: { locale?: Locale } } => !!m && (m as { id?: string }).id === "root");
  const t = translator(root?.loaderData?.locale ?? "nl");
  return [{ title: `${t(key)} | ${t("app.name")}` }];
}
