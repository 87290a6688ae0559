import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/reset-password";
import { servicesContext } from "~/context.ts";
import { parseForm } from "~/lib/forms.ts";
import { getResetTokenValidity } from "~/services/account/get-reset-token-validity.server.ts";
import { resetPassword } from "~/services/account/reset-password.server.ts";
import { Button, ButtonLink, Heading, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { resetPasswordSchema } from "./forms.ts";
// From the rules, not ./forms.ts: importing a value from there would bring Zod into the browser.
import { PASSWORD_MIN_LENGTH } from "~/domain/account/password-rules.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.reset.title");

/** The token sits in the address; it must not travel on to other sites. */
export const headers = () => ({ "Referrer-Policy": "no-referrer" });

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const valid = await getResetTokenValidity(context.get(servicesContext), null, { token: params.token });
  return data({ valid }, { status: valid ? 200 : 400 });
});

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = parseForm(resetPasswordSchema, form);
  if (!parsed.ok) return data({ tokenInvalid: false, errors: parsed.errors }, { status: 400 });
  const result = await resetPassword(context.get(servicesContext), null, { token: params.token, password: parsed.data.password, headers: request.headers });
  if (result.ok) throw redirect("/inloggen?wachtwoord=hersteld");
  if (result.reason === "weak_password") return data({ tokenInvalid: false, errors: { password: "account.password.tooShort" } }, { status: 400 });
  if (result.reason === "common_password") return data({ tokenInvalid: false, errors: { password: "account.password.common" } }, { status: 400 });
  return data({ tokenInvalid: true, errors: {} }, { status: 400 });
});

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> = actionData?.errors ?? {};
  if (!loaderData.valid || (actionData && "tokenInvalid" in actionData && actionData.tokenInvalid)) {
    return (
      <div className="th-narrow th-stack">
        <Heading level={1}>{t("account.reset.invalidTitle")}</Heading>
        <Paragraph lead>{t("account.reset.invalid")}</Paragraph>
        <ButtonLink to="/wachtwoord-vergeten">{t("account.reset.requestNew")}</ButtonLink>
      </div>
    );
  }
  const labels = { password: t("account.field.newPassword"), passwordRepeat: t("account.field.passwordRepeat") };
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.reset.title")}</Heading>
      <Paragraph lead>{t("account.reset.intro")}</Paragraph>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate className="th-stack">
        <TextField
          name="password"
          type="password"
          label={labels.password}
          autoComplete="new-password"
          description={t("account.field.newPassword.hint", { min: PASSWORD_MIN_LENGTH })}
          error={errors.password}
        />
        <TextField name="passwordRepeat" type="password" label={labels.passwordRepeat} autoComplete="new-password" error={errors.passwordRepeat} />
        <Button>{t("account.reset.submit")}</Button>
      </Form>
    </div>
  );
}
