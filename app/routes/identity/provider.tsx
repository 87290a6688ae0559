import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/provider";
import { requestContext, servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { providerFormSchema } from "~/domain/identity/provider-form.ts";
import { serviceProviderEntityId } from "~/domain/identity/saml-settings.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { SIGNED_OUT_PATH } from "~/domain/account/federated-sign-out.ts";
import { getIdentityProvider } from "~/services/identity/get-identity-provider.server.ts";
import { updateIdentityProviderStatus } from "~/services/identity/update-identity-provider-status.server.ts";
import { updateIdentityProvider } from "~/services/identity/update-identity-provider.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { ProviderFields, providerFieldLabels } from "./provider-fields.tsx";
import { ADMIN_PATH } from "./providers.tsx";

const NOTICES: Record<string, string> = {
  toegevoegd: "identity.admin.created",
  opgeslagen: "identity.admin.saved",
  uitgeschakeld: "identity.admin.disabledNotice",
  ingeschakeld: "identity.admin.enabledNotice",
};

/** A provider id as better-auth's callback address carries it; anything else cannot be one (404). */
function providerIdParam(value: string | undefined): string {
  if (!value || !/^[a-z0-9-]{1,100}$/.test(value)) throw notFound();
  return value;
}

/** /beheer/inloggen-met-organisatie/:providerId: change a provider, switch it off or on. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const services = context.get(servicesContext);
  const provider = await getIdentityProvider(services, user, { providerId: providerIdParam(params.providerId) });
  const base = baseUrl(services.env);
  const notice = Object.keys(NOTICES).find((key) => new URL(request.url).searchParams.has(key));
  return {
    provider,
    callbackUrl: `${base}/api/auth/sso/callback/${encodeURIComponent(provider.providerId)}`,
    spMetadataUrl: provider.protocol === "saml" ? serviceProviderEntityId(base, provider.providerId) : null,
    logoutUrl: new URL(SIGNED_OUT_PATH, base).toString(),
    notice: notice ? NOTICES[notice]! : null,
    title: `${t("identity.admin.editTitle", { name: provider.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Identiteitsaanbieder | Technohub" }];
}

const statusSchema = z.object({ intent: z.enum(["disable", "enable"], { error: "error.invalid.body" }) });

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const providerId = providerIdParam(params.providerId);
  // Permission (and existence) before the form is parsed: 403 or 404, not 400.
  await getIdentityProvider(services, user, { providerId });
  const base = `${ADMIN_PATH}/${encodeURIComponent(providerId)}`;
  if (form.get("intent") === "disable" || form.get("intent") === "enable") {
    const { intent } = formInput(statusSchema, form);
    await updateIdentityProviderStatus(services, user, { providerId, disabled: intent === "disable" });
    throw redirect(`${base}?${intent === "disable" ? "uitgeschakeld" : "ingeschakeld"}`);
  }
  await updateIdentityProvider(services, user, { ...formInput(providerFormSchema, form), providerId });
  throw redirect(`${base}?opgeslagen`);
});

export default function IdentityProvider({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { provider, notice, callbackUrl, logoutUrl, spMetadataUrl } = loaderData;
  const errors: Record<string, string> = actionData && "errors" in actionData ? (actionData.errors ?? {}) : {};
  const posted = actionData && "values" in actionData ? (actionData.values as Record<string, string | string[] | undefined>) : null;
  const values = posted ?? {
    ...provider,
    organisation: provider.organisation?.slug ?? "",
    scopes: provider.scopes.join(" "),
    trustedForLinking: provider.trustedForLinking ? "1" : "",
  };
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={ADMIN_PATH}>{t("identity.admin.back")}</Link>
      </Paragraph>
      <Heading level={1}>{t("identity.admin.editTitle", { name: provider.name })}</Heading>
      {notice && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {spMetadataUrl ? null : <Paragraph className="th-break">{t("identity.admin.callback", { url: callbackUrl, logout: logoutUrl })}</Paragraph>}
      {provider.signsOutAtProvider ? <Paragraph>{t("identity.admin.signsOut")}</Paragraph> : null}
      <ErrorSummary errors={errors} labels={providerFieldLabels(t)} />
      <Form method="post" noValidate className="th-stack">
        <ProviderFields values={values as Record<string, string | string[] | null | undefined>} errors={errors} editing spMetadataUrl={spMetadataUrl} />
        <div>
          <Button>{t("identity.admin.save")}</Button>
        </div>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value={provider.disabled ? "enable" : "disable"} />
        <Button appearance="secondary">{t(provider.disabled ? "identity.admin.enable" : "identity.admin.disable")}</Button>
      </Form>
    </div>
  );
}
