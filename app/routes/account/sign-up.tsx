import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/sign-up";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { parseForm } from "~/lib/forms.ts";
import { signUp } from "~/services/account/sign-up.server.ts";
import { Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { signUpSchema } from "./forms.ts";
// From the rules, not ./forms.ts: importing a value from there would bring Zod into the browser.
import { PASSWORD_MIN_LENGTH } from "~/domain/account/password-rules.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";
import { safeRedirectPath, SIGNED_IN_HOME } from "~/domain/account/safe-redirect-path.ts";

/** Where to go back after confirming the address (an invitation, say): a path on this site, or none. */
function returnPath(value: unknown): string | null {
  const path = safeRedirectPath(value, SIGNED_IN_HOME);
  return path === SIGNED_IN_HOME ? null : path;
}

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.signUp.title");

export function loader({ request, context }: Route.LoaderArgs) {
  const redirectTo = returnPath(new URL(request.url).searchParams.get("redirectTo"));
  if (context.get(userContext)) throw redirect(redirectTo ?? SIGNED_IN_HOME);
  return { redirectTo };
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = parseForm(signUpSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const services = context.get(servicesContext);
  const { locale } = context.get(requestContext);
  const { passwordRepeat: _, redirectTo, ...input } = parsed.data;
  const returnTo = returnPath(redirectTo);
  const result = await signUp(services, null, { ...input, returnTo, locale, headers: request.headers });
  if (result.ok) return redirect("/registreren/verstuurd");
  const values = { name: input.name, email: input.email, redirectTo: returnTo ?? undefined };
  switch (result.reason) {
    case "email_taken":
      return data({ errors: { email: "account.signUp.emailTaken" }, values }, { status: 409 });
    case "weak_password":
      return data({ errors: { password: "account.password.tooShort" }, values }, { status: 400 });
    case "common_password":
      return data({ errors: { password: "account.password.common" }, values }, { status: 400 });
    case "rate_limited":
      return data({ errors: { _form: "account.rateLimited" }, values }, { status: 429 });
    default:
      return data({ errors: { _form: "account.signUp.failed" }, values }, { status: 500 });
  }
});

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const redirectTo = values.redirectTo ?? loaderData.redirectTo;
  const labels = {
    name: t("account.field.name"),
    email: t("account.field.email"),
    password: t("account.field.newPassword"),
    passwordRepeat: t("account.field.passwordRepeat"),
  };
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.signUp.title")}</Heading>
      <Paragraph lead>{t("account.signUp.intro")}</Paragraph>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate className="th-stack">
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <TextField name="name" label={labels.name} autoComplete="name" defaultValue={values.name} error={errors.name} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          description={t("account.field.email.signUpHint")}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={labels.password}
          autoComplete="new-password"
          description={t("account.field.newPassword.hint", { min: PASSWORD_MIN_LENGTH })}
          error={errors.password}
        />
        <TextField name="passwordRepeat" type="password" label={labels.passwordRepeat} autoComplete="new-password" error={errors.passwordRepeat} />
        <Button>{t("account.signUp.submit")}</Button>
      </Form>
      <Paragraph>
        {t("account.signUp.haveAccount")}{" "}
        <Link to={redirectTo ? `/inloggen?redirectTo=${encodeURIComponent(redirectTo)}` : "/inloggen"}>{t("account.signIn.link")}</Link>
      </Paragraph>
    </div>
  );
}
