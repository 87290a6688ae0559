import { useSyncExternalStore } from "react";
import { useRouteLoaderData } from "react-router";
import { messagesVersion, subscribeMessages, translator, type Locale, type Translate } from "~/i18n/index.ts";

/**
 * The translate function for the visitor's locale (from the root loader). It re-renders its
 * component when the rest of the language's texts arrive in the browser (ADR 025), for a text the
 * server's render of the page did not use.
 */
export function useT(): Translate {
  useSyncExternalStore(subscribeMessages, messagesVersion, messagesVersion);
  return translator(useLocale());
}

export function useLocale(): Locale {
  const data = useRouteLoaderData("root") as { locale?: Locale } | undefined;
  return data?.locale ?? "nl";
}
