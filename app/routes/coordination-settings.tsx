import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/coordination-settings";
import { requestContext, servicesContext } from "~/context.ts";
import { escalationSettingsSchema } from "~/domain/appointments/escalation-settings.ts";
import { translator } from "~/i18n/index.ts";
import { parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getNetworkSettings } from "~/services/appointments/get-network-settings.server.ts";
import { setEscalationDeadline } from "~/services/appointments/set-escalation-deadline.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { GuestLessonsErrorPage } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

/** /coordinatie/netwerken/:slug/instellingen: the network's deadline for answering a school. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  try {
    const settings = await getNetworkSettings(context.get(servicesContext), user, params.slug);
    return {
      ...settings,
      saved: new URL(request.url).searchParams.has("opgeslagen"),
      title: `${t("networkSettings.title", { name: settings.network.name })} | ${t("app.name")}`,
    };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Instellingen | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const parsed = parseForm(escalationSettingsSchema, await request.formData());
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    await setEscalationDeadline(context.get(servicesContext), user, params.slug, parsed.data);
  } catch (error) {
    throwAsResponse(error, t);
  }
  throw redirect(`/coordinatie/netwerken/${params.slug}/instellingen?opgeslagen`);
}

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
          <Paragraph>{t("networkSettings.saved", { days: loaderData.escalationWorkingDays })}</Paragraph>
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
        {loaderData.isDefault ? <Paragraph className="th-muted">{t("networkSettings.default", { days: loaderData.escalationWorkingDays })}</Paragraph> : null}
        <ButtonGroup>
          <Button type="submit">{t("networkSettings.save")}</Button>
          <Link to="/coordinatie/vragen">{t("networkSettings.back")}</Link>
        </ButtonGroup>
      </Form>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/coordinatie" backLabel={t("nav.coordinator")} />;
}
