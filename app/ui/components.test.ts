import { describe, expect, it } from "vitest";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Link as RouterLink, StaticRouter, type LinkProps } from "react-router";
import { ButtonLink, Link } from "./components.tsx";

const render = (element: ReactElement) => renderToStaticMarkup(createElement(StaticRouter, { location: "/netwerken/x" }, element));

const ADDRESSES = [
  "/",
  "/nieuws",
  "/netwerken/techniek-utrecht",
  "/nieuws?netwerk=techniek-utrecht&pagina=2",
  "/organisaties/café-noord#vog",
  "/zoeken?q=a%20b",
  // Not plain: React Router changes these, so they go to its <Link>.
  "/nieuws/",
  "/a//b",
  "/a/./b",
  "/a/../b",
  "/nieuws?",
  "/nieuws#",
  "agenda",
  "../x",
  "https://example.org/x",
];

describe("Link on the server", () => {
  it.each(ADDRESSES)("renders %s as React Router's <Link> does", (to) => {
    const props: LinkProps = { to, className: "utrecht-link x", "aria-current": "page", children: "tekst" };
    expect(render(createElement(Link, { ...props, className: "x" }))).toBe(render(createElement(RouterLink, props)));
  });

  it("renders a button link as React Router's <Link> does", () => {
    expect(render(createElement(ButtonLink, { to: "/evenementen/nieuw", appearance: "secondary", children: "Nieuw" }))).toBe(
      render(createElement(RouterLink, { to: "/evenementen/nieuw", className: "utrecht-button-link utrecht-button-link--secondary-action", children: "Nieuw" })),
    );
  });

  it("leaves a link with a router option to React Router", () => {
    expect(render(createElement(Link, { to: "/nieuws", discover: "none", children: "x" }))).toBe('<a class="utrecht-link" href="/nieuws">x</a>');
  });
});

describe("the server's plain links and the app's base path", () => {
  it("the app has no basename: a plain link's href is the address as given (with one, it would need it in front)", async () => {
    const config = (await import("../../react-router.config.ts")).default as { basename?: string };
    expect(config.basename ?? "/").toBe("/");
  });
});
