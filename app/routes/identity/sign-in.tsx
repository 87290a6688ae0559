import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/sign-in";
import { servicesContext, userContext } from "~/context.ts";
import { safeRedirectPath, SIGNED_IN_HOME } from "~/domain/account/safe-redirect-path.ts";
import { federatedSignInSchema, federationSignInSchema } from "~/domain/identity/provider-form.ts";
import { refusalMessage } from "~/domain/identity/refusals.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { listSignInFederations } from "~/services/identity/list-sign-in-federations.server.ts";
import { requestFederatedSignIn } from "~/services/identity/request-federated-sign-in.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { ContinueElsewhere } from "~/ui/continue-elsewhere.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "identity.signIn.title");

/**
 * /inloggen/organisatie: sign in with the school's or company's own account. The form posts an
 * address; the action finds its provider and sends the browser there (no JavaScript needed). better-auth
 * sends a refused sign-in back here with `?error=<code>`, shown as one of our messages.
 */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const params = new URL(request.url).searchParams;
  const redirectTo = safeRedirectPath(params.get("redirectTo"), SIGNED_IN_HOME);
  if (context.get(userContext)) throw redirect(redirectTo);
  const federations = await listSignInFederations(context.get(servicesContext), context.get(userContext));
  return { redirectTo, refusal: refusalMessage(params.get("error")), federations };
});

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  if (context.get(userContext)) throw redirect(SIGNED_IN_HOME);
  // A federation picked from the list, or an address typed: the same use-case either way.
  const { redirectTo, ...by } = form.has("federation") ? formInput(federationSignInSchema, form) : formInput(federatedSignInSchema, form);
  const started = await requestFederatedSignIn(context.get(servicesContext), context.get(userContext), {
    ...by,
    redirectTo: safeRedirectPath(redirectTo ?? null, SIGNED_IN_HOME),
    headers: request.headers,
  });
  // The state cookie better-auth set goes with this answer; the provider's page is next (see ContinueElsewhere).
  return data({ continueTo: started.url }, { headers: started.cookies });
});

export default function FederatedSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  if (actionData && "continueTo" in actionData) {
    return <ContinueElsewhere url={actionData.continueTo} title={t("identity.continue.signIn.title")} text={t("identity.continue.signIn.text")} link={t("identity.continue.signIn.link")} />;
  }
  const errors: Record<string, string> = actionData && "errors" in actionData ? (actionData.errors ?? {}) : {};
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string | undefined>;
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("identity.signIn.title")}</Heading>
      {loaderData.refusal && !actionData ? (
        <Alert type="error" role="alert">
          <Heading level={2}>{t("identity.refused.title")}</Heading>
          <Paragraph>{t(loaderData.refusal)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("identity.signIn.lead")}</Paragraph>
      <ErrorSummary errors={errors} labels={{ email: t("identity.signIn.email"), federation: t("identity.signIn.federations") }} />
      <Form method="post" noValidate className="th-stack">
        <input type="hidden" name="redirectTo" value={values.redirectTo ?? loaderData.redirectTo} />
        <TextField name="email" type="email" label={t("identity.signIn.email")} autoComplete="email" inputMode="email" spellCheck={false} defaultValue={values.email} error={errors.email} required />
        <div>
          <Button>{t("identity.signIn.submit")}</Button>
        </div>
      </Form>
      {loaderData.federations.length > 0 ? (
        <section aria-labelledby="federations" className="th-stack">
          <Heading level={2} id="federations">
            {t("identity.signIn.federations")}
          </Heading>
          <Paragraph>{t("identity.signIn.federationsLead")}</Paragraph>
          <Form method="post" noValidate className="th-stack">
            <input type="hidden" name="redirectTo" value={values.redirectTo ?? loaderData.redirectTo} />
            <ul className="th-result-list th-stack">
              {loaderData.federations.map((federation, i) => (
                <li key={federation.providerId}>
                  {/* The error summary's link for this form lands on the first button. */}
                  <Button name="federation" value={federation.providerId} appearance="secondary" id={i === 0 ? "f-federation" : undefined}>
                    {t("identity.signIn.via", { name: federation.name })}
                  </Button>
                </li>
              ))}
            </ul>
          </Form>
        </section>
      ) : null}
      <Paragraph>
        {t("identity.signIn.password")}{" "}
        <Link to="/inloggen">{t("identity.signIn.passwordLink")}</Link>
      </Paragraph>
    </div>
  );
}
