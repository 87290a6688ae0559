import { useRouteLoaderData } from "react-router";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";

/** The translate function for the visitor's locale (from the root loader). */
export function useT(): Translate {
  return translator(useLocale());
}

export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: Locale } | undefined;
  return data?.locale ?? "nl";
}
