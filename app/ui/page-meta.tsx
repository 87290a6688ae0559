import { useContext } from "react";
import { Meta, UNSAFE_DataRouterDataContext, UNSAFE_FrameworkContext, type MetaDescriptor } from "react-router";
import { translator, type Locale } from "~/i18n/index.ts";
import { refusedTitle } from "~/ui/page-title.ts";

/** A route's answer to a form it refused: `{ errors }` with at least one message (app/lib/route.server.ts). */
export function isRefusal(actionData: unknown): boolean {
  if (!actionData || typeof actionData !== "object" || !("errors" in actionData)) return false;
  const errors = (actionData as { errors: unknown }).errors;
  return !!errors && typeof errors === "object" && Object.keys(errors).length > 0;
}

/** True while the page shows a form the server refused, on the server's render and the browser's. */
export function useFormRefused(): boolean {
  const data = useContext(UNSAFE_DataRouterDataContext);
  return Object.values(data?.actionData ?? {}).some(isRefusal);
}

/**
 * React Router's <Meta>, with the page title starting "Fout: " / "Error: " while the page shows a
 * refused form (WCAG 3.3.1: the title is the first thing a screen reader announces of the page
 * that came back). Done here, once, so that every route's own meta function stays as it is and
 * every form in the app gets it, with and without JavaScript: each title descriptor a route's
 * meta returns is rewritten on its way to <Meta>.
 */
export function PageMeta({ locale }: { locale: Locale }) {
  const framework = useContext(UNSAFE_FrameworkContext);
  const refused = useFormRefused();
  if (!refused || !framework) return <Meta />;
  const t = translator(locale);
  const routeModules = Object.fromEntries(
    Object.entries(framework.routeModules).map(([id, module]) => {
      const meta = module?.meta;
      if (typeof meta !== "function") return [id, module];
      const prefixed: typeof meta = (args) =>
        meta(args)?.map((d: MetaDescriptor) => (d && "title" in d && typeof d.title === "string" ? { ...d, title: refusedTitle(d.title, t) } : d));
      return [id, { ...module, meta: prefixed }];
    }),
  );
  return (
    <UNSAFE_FrameworkContext.Provider value={{ ...framework, routeModules }}>
      <Meta />
    </UNSAFE_FrameworkContext.Provider>
  );
}
