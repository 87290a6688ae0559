import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/clock";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { getDevClock } from "~/services/guest-lessons/get-dev-clock.server.ts";
import { updateDevClock } from "~/services/guest-lessons/update-dev-clock.server.ts";
import { Alert, Button, Heading, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { devToolGate } from "~/lib/dev-access.server.ts";

/** Only this machine may move the clock and run the sweeps; others get 404. */
export const middleware: Route.MiddlewareFunction[] = [devToolGate("clock")];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "devClock.title");

/** /dev/klok: the demo's clock (404 in production). */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => getDevClock(context.get(servicesContext), null));

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("advance"), days: z.coerce.number({ error: "form.required" }).int("form.required").min(1, "form.required").max(400, "form.required") }),
  z.object({ intent: z.literal("reset") }),
]);

export const action = routeAction(async ({ context, form }: WithForm<Route.ActionArgs>) => {
  const input = formInput(schema, form);
  const result = await updateDevClock(context.get(servicesContext), null, input.intent === "reset" ? { reset: true } : { days: input.days });
  return { errors: null, report: result.report };
});

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
      {actionData && "report" in actionData && actionData.report ? (
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
