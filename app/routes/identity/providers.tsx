import { Form, redirect } from "react-router";
import type { Route } from "./+types/providers";
import { requestContext, servicesContext } from "~/context.ts";
import { providerFormSchema } from "~/domain/identity/provider-form.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createIdentityProvider } from "~/services/identity/create-identity-provider.server.ts";
import { listIdentityProviders } from "~/services/identity/list-identity-providers.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { ProviderFields, providerFieldLabels } from "./provider-fields.tsx";

export const ADMIN_PATH = "/beheer/inloggen-met-organisatie";

/** /beheer/inloggen-met-organisatie: the identity providers, and the form to add one (ADR 033). */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const services = context.get(servicesContext);
  const providers = await listIdentityProviders(services, user);
  return {
    providers,
    notice: new URL(request.url).searchParams.has("toegevoegd") ? "identity.admin.created" : null,
    title: `${t("identity.admin.title")} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Inloggen via organisaties | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is parsed: who may not manage providers hears 403, not 400.
  await listIdentityProviders(services, user);
  const { providerId } = await createIdentityProvider(services, user, formInput(providerFormSchema, form));
  throw redirect(`${ADMIN_PATH}/${encodeURIComponent(providerId)}?toegevoegd`);
});

export default function IdentityProviders({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { providers, notice } = loaderData;
  const errors: Record<string, string> = actionData && "errors" in actionData ? (actionData.errors ?? {}) : {};
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string | string[] | undefined>;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to="/beheer">{t("identity.admin.backToAdmin")}</Link>
      </Paragraph>
      <Heading level={1}>{t("identity.admin.title")}</Heading>
      <Paragraph lead>{t("identity.admin.lead")}</Paragraph>
      {notice && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {providers.length === 0 ? (
        <Paragraph>{t("identity.admin.none")}</Paragraph>
      ) : (
        <Table
          caption={t("identity.admin.table")}
          stack
          rows={providers}
          rowKey={(p) => p.providerId}
          columns={[
            { header: t("identity.admin.col.name"), rowHeader: true, cell: (p) => <Link to={`${ADMIN_PATH}/${encodeURIComponent(p.providerId)}`}>{p.name}</Link> },
            { header: t("identity.admin.col.kind"), cell: (p) => `${t(`identity.kind.${p.kind}`)} (${t(`identity.protocol.${p.protocol}`)})` },
            { header: t("identity.admin.col.domains"), cell: (p) => p.domains.join(", ") },
            {
              header: t("identity.admin.col.organisation"),
              cell: (p) => `${p.organisation ? p.organisation.name : t("identity.admin.noOrganisation")} · ${t(`identity.role.${p.defaultRole}`)}`,
            },
            { header: t("identity.admin.col.status"), cell: (p) => <Badge>{t(p.disabled ? "identity.admin.disabled" : "identity.admin.active")}</Badge> },
          ]}
        />
      )}
      <section aria-labelledby="add-provider" className="th-stack">
        <Heading level={2} id="add-provider">
          {t("identity.admin.add")}
        </Heading>
        <ErrorSummary errors={errors} labels={providerFieldLabels(t)} />
        <Form method="post" noValidate className="th-stack">
          <ProviderFields values={values} errors={errors} editing={false} />
          <div>
            <Button>{t("identity.admin.create")}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
