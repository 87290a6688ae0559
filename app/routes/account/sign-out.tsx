import { data, redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import { servicesContext, userContext } from "~/context.ts";
import { SIGNED_OUT_PATH } from "~/domain/account/federated-sign-out.ts";
import { signOut } from "~/services/account/sign-out.server.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";
import { ContinueElsewhere } from "~/ui/continue-elsewhere.tsx";
import { Button, Heading } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "nav.signOut");

/**
 * The header's sign-out button posts here; a GET changes nothing. After a federated sign-in the
 * person goes on to the identity provider's end-session page (ADR 033), otherwise to /inloggen.
 */
export const action = routeAction(async ({ request, context }: WithForm<Route.ActionArgs>) => {
  const { cookies, redirectTo } = await signOut(context.get(servicesContext), context.get(userContext), { headers: request.headers });
  if (redirectTo === SIGNED_OUT_PATH) return redirect(redirectTo, { headers: cookies });
  return data({ continueTo: redirectTo }, { headers: cookies });
});

/**
 * A GET changes nothing: a visitor goes home, a signed-in person sees the sign-out button. After
 * the action (the session still in this request's context) the page says where they go next.
 */
export function loader({ context }: Route.LoaderArgs) {
  if (!context.get(userContext)) throw redirect("/");
  return null;
}

export default function SignOut({ actionData }: Route.ComponentProps) {
  const t = useT();
  if (actionData && "continueTo" in actionData) {
    return <ContinueElsewhere url={actionData.continueTo} title={t("identity.continue.signOut.title")} text={t("identity.continue.signOut.text")} link={t("identity.continue.signOut.link")} />;
  }
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("nav.signOut")}</Heading>
      <form method="post">
        <Button>{t("nav.signOut")}</Button>
      </form>
    </div>
  );
}
