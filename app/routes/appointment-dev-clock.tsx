import { data, Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appointment-dev-clock";
import { servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { formatDate } from "~/i18n/index.ts";
import { parseForm } from "~/lib/forms.ts";
import { advanceDevClock, readDevClock } from "~/services/appointments/dev-clock.server.ts";
import { Alert, Button, Heading, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "./auth/forms.ts";
import { devToolGate } from "~/lib/dev-access.server.ts";

/** Only this machine may move the clock and run the sweeps; others get 404. */
export const middleware: Route.MiddlewareFunction[] = [devToolGate("clock")];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "devClock.title");

/** /dev/klok: the demo's clock (404 in production). */
export async function loader({ context }: Route.LoaderArgs) {
  try {
    return readDevClock(context.get(servicesContext));
  } catch (error) {
    if (error instanceof DomainError) throw data("Niet gevonden", { status: STATUS[error.kind] });
    throw error;
  }
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("advance"), days: z.coerce.number({ error: "form.required" }).int("form.required").min(1, "form.required").max(400, "form.required") }),
  z.object({ intent: z.literal("reset") }),
]);

export async function action({ request, context }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, report: null }, { status: 400 });
  try {
    const result = await advanceDevClock(context.get(servicesContext), parsed.data.intent === "reset" ? { reset: true } : { days: parsed.data.days });
    return { errors: null, report: result.report };
  } catch (error) {
    if (error instanceof DomainError) throw data("Niet gevonden", { status: STATUS[error.kind] });
    throw error;
  }
}

export default function DevClock({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("devClock.title")}</Heading>
      <Paragraph>{t("devClock.intro")}</Paragraph>
      <Paragraph>
        {t("devClock.now")}: <strong data-testid="dev-clock-now">{formatDate(loaderData.now, locale, { dateStyle: "full", timeStyle: "short" })}</strong>
      </Paragraph>
      {actionData?.report ? (
        <Alert type="ok">{t("devClock.sweep", { reminded: actionData.report.reminded + actionData.report.dateReminders, escalated: actionData.report.escalated + actionData.report.requestsEscalated })}</Alert>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <Form method="post" className="th-stack">
        <input type="hidden" name="intent" value="advance" />
        <TextField name="days" type="number" min={1} max={400} label={t("devClock.days")} defaultValue="7" error={actionData?.errors?.days} />
        <Button>{t("devClock.advance")}</Button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="reset" />
        <Button appearance="secondary">{t("devClock.reset")}</Button>
      </Form>
    </div>
  );
}
