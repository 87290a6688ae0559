import { Form, redirect } from "react-router";
import type { Route } from "./+types/request-withdraw";
import { requestContext, servicesContext } from "~/context.ts";
import { WITHDRAW_REASON_MAX, withdrawRequestSchema } from "~/domain/guest-lessons/request-changes.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getEditableRequest } from "~/services/guest-lessons/get-editable-request.server.ts";
import { withdrawRequest } from "~/services/guest-lessons/withdraw-request.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/**
 * /vragen/:id/intrekken: the school withdraws its request, after seeing what that does to the
 * companies that have it (a confirmation page, so it works the same without JavaScript).
 */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const view = await getEditableRequest(context.get(servicesContext), user, { requestId: params.id });
  return {
    id: view.request.id,
    requestTitle: view.request.title,
    plan: view.withdrawal,
    appointments: view.appointments,
    title: `${t("requests.withdraw.title", { title: view.request.title })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag intrekken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the school's own people withdraw it; anyone else hears that (or 404) before the form is read.
  await getEditableRequest(services, user, { requestId: params.id });
  const input = formInput(withdrawRequestSchema, form);
  const { cancelled } = await withdrawRequest(services, user, { ...input, requestId: params.id });
  throw redirect(`/vragen/${params.id}?ingetrokken=${cancelled}`);
});

export default function WithdrawRequest({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { plan, appointments, id } = loaderData;
  const values = actionData?.values ?? {};
  const reason = typeof values.reason === "string" ? values.reason : "";
  const waiting = appointments.filter((a) => plan.ok && plan.cancel.includes(a.id));
  const agreed = appointments.filter((a) => !plan.ok && plan.agreed.includes(a.id));
  const back = (
    <Paragraph>
      <Link to={`/vragen/${id}`}>{t("requests.backToRequest")}</Link>
    </Paragraph>
  );
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("requests.withdraw.title", { title: loaderData.requestTitle })}</Heading>
      {!plan.ok ? (
        <>
          <Alert type="warning">
            <Paragraph>{plan.refusal === "requests.error.agreed" ? t("requests.withdraw.agreedIntro") : t("requests.withdraw.closedIntro")}</Paragraph>
          </Alert>
          {agreed.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {agreed.map((a) => (
                <li key={a.id}>
                  <Link to={`/afspraken/${a.id}`}>{a.offerTitle}</Link> – {a.providerName} ({t(`appointments.state.${a.state}`)}
                  {a.date ? `, ${formatDate(`${a.date}T12:00:00Z`, locale)}` : ""})
                </li>
              ))}
            </ul>
          ) : null}
          {back}
        </>
      ) : (
        <>
          <Paragraph lead>{t("requests.withdraw.intro")}</Paragraph>
          {waiting.length > 0 ? (
            <>
              <Paragraph>{t("requests.withdraw.waiting")}</Paragraph>
              <ul className="utrecht-unordered-list">
                {waiting.map((a) => (
                  <li key={a.id}>
                    {a.offerTitle} – {a.providerName}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <Form method="post" className="th-stack" noValidate>
            <ErrorSummary errors={actionData?.errors} labels={{ reason: t("requests.withdraw.reason") }} />
            <TextArea
              name="reason"
              label={t("requests.withdraw.reason")}
              description={t("requests.withdraw.reasonHint")}
              rows={3}
              maxLength={WITHDRAW_REASON_MAX}
              defaultValue={reason}
              error={actionData?.errors?.reason}
            />
            <ButtonGroup>
              <Button type="submit">{t("requests.withdraw.submit")}</Button>
              <Link to={`/vragen/${id}`}>{t("requests.withdraw.keep")}</Link>
            </ButtonGroup>
          </Form>
        </>
      )}
    </div>
  );
}
