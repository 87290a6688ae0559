import { Form, redirect } from "react-router";
import type { Route } from "./+types/network-settings";
import { requestContext, servicesContext } from "~/context.ts";
import { escalationSettingsSchema } from "~/domain/guest-lessons/escalation-settings.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getNetworkSettings } from "~/services/guest-lessons/get-network-settings.server.ts";
import { updateEscalationDeadline } from "~/services/guest-lessons/update-escalation-deadline.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/** /coordinatie/netwerken/:slug/instellingen: the network's deadline for answering a school. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const settings = await getNetworkSettings(context.get(servicesContext), user, { slug: params.slug });
  return {
    ...settings,
    saved: new URL(request.url).searchParams.has("opgeslagen"),
    title: `${t("networkSettings.title", { name: settings.network.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Instellingen | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the network's coordinators (and platform admins) get as far as the form.
  await getNetworkSettings(services, user, { slug: params.slug });
  const input = formInput(escalationSettingsSchema, form);
  await updateEscalationDeadline(services, user, { ...input, slug: params.slug });
  throw redirect(`/coordinatie/netwerken/${encodeURIComponent(params.slug)}/instellingen?opgeslagen`);
});

export default function CoordinationSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const typed = actionData?.values?.escalationWorkingDays;
  const value = typeof typed === "string" ? typed : String(loaderData.escalationWorkingDays);
  const label = t("networkSettings.days");
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to="/coordinatie/vragen">{t("coordinationRequests.title")}</Link>
      </Paragraph>
      <Heading level={1}>{t("networkSettings.title", { name: loaderData.network.name })}</Heading>
      {loaderData.saved ? (
        <Alert type="ok">
          <Paragraph>{t("networkSettings.saved", { count: loaderData.escalationWorkingDays })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t("networkSettings.intro")}</Paragraph>
      <Form method="post" className="th-stack" noValidate>
        <ErrorSummary errors={actionData?.errors} labels={{ escalationWorkingDays: label }} />
        <TextField
          name="escalationWorkingDays"
          label={label}
          description={t("networkSettings.daysHint")}
          inputMode="numeric"
          defaultValue={value}
          error={actionData?.errors?.escalationWorkingDays}
          key={value}
        />
        {loaderData.isDefault ? <Paragraph className="th-muted">{t("networkSettings.default", { count: loaderData.escalationWorkingDays })}</Paragraph> : null}
        <ButtonGroup>
          <Button type="submit">{t("networkSettings.save")}</Button>
          <Link to="/coordinatie/vragen">{t("networkSettings.back")}</Link>
        </ButtonGroup>
      </Form>
    </div>
  );
}
