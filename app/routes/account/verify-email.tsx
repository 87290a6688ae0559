import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/verify-email";
import { servicesContext } from "~/context.ts";
import { verifyEmail } from "~/services/account/verify-email.server.ts";
import { Button, Heading, Paragraph } from "~/ui/components.tsx";
import { TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { safeRedirectPath } from "~/domain/account/safe-redirect-path.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.verify.failedTitle");

/** The token sits in the address; it must not travel on to other sites. */
export const headers = () => ({ "Referrer-Policy": "no-referrer" });

/** The link in the verification mail lands here: confirm, sign in, go to the account (or back to the page the person signed up from). */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const params = new URL(request.url).searchParams;
  const token = params.get("token")?.trim();
  const back = params.has("redirectTo") ? safeRedirectPath(params.get("redirectTo"), "/account") : null;
  if (!token) return data({ reason: "invalid" as const }, { status: 400 });
  const result = await verifyEmail(context.get(servicesContext), null, { token, headers: request.headers });
  if (!result.ok) return data({ reason: result.reason }, { status: 400 });
  if (result.signedIn) throw redirect(back ?? "/account?bevestigd=1", { headers: result.cookies });
  throw redirect(back ? `/inloggen?bevestigd=1&redirectTo=${encodeURIComponent(back)}` : "/inloggen?bevestigd=1");
});

export default function VerifyEmail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.verify.failedTitle")}</Heading>
      <Paragraph lead>{t(loaderData.reason === "expired" ? "account.verify.expired" : "account.verify.invalid")}</Paragraph>
      <Heading level={2}>{t("account.resend.title")}</Heading>
      <Paragraph>{t("account.resend.intro")}</Paragraph>
      <Form method="post" action="/email-bevestigen/opnieuw" noValidate className="th-stack">
        <TextField name="email" type="email" label={t("account.field.email")} autoComplete="email" inputMode="email" spellCheck={false} />
        <Button>{t("account.resend.submit")}</Button>
      </Form>
    </div>
  );
}
