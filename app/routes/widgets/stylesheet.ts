import type { Route } from "./+types/stylesheet";
import { parseTheme, themeCss } from "~/domain/widgets/theme.ts";
import base from "~/styles/widget.css?raw";

/**
 * /widget/stijl.css — the widgets' stylesheet with the host's tokens (ADR 030). A file rather than
 * a <style> in the page, so the widget keeps the app's CSP (style-src 'self'); the theme's values
 * are only those parseTheme lets through.
 */
export function loader({ request }: Route.LoaderArgs) {
  const { theme } = parseTheme(new URL(request.url).searchParams);
  return new Response(base + themeCss(theme), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
}
