import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/request-withdraw";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { WITHDRAW_REASON_MAX, withdrawRequestSchema } from "~/domain/guest-lessons/request-changes.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getEditableRequest } from "~/services/guest-lessons/get-editable-request.server.ts";
import { withdrawRequest } from "~/services/guest-lessons/withdraw-request.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { GuestLessonsErrorPage } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/**
 * /vragen/:id/intrekken: the school withdraws its request, after seeing what that does to the
 * companies that have it (a confirmation page, so it works the same without JavaScript).
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  try {
    const view = await getEditableRequest(context.get(servicesContext), user, params.id);
    return {
      id: view.request.id,
      requestTitle: view.request.title,
      plan: view.withdrawal,
      appointments: view.appointments,
      title: `${t("requests.withdraw.title", { title: view.request.title })} | ${t("app.name")}`,
    };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag intrekken | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(withdrawRequestSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  let cancelled = 0;
  try {
    ({ cancelled } = await withdrawRequest(context.get(servicesContext), user, params.id, parsed.data));
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: STATUS[error.kind] });
    }
    throwAsResponse(error, t);
  }
  throw redirect(`/vragen/${params.id}?ingetrokken=${cancelled}`);
}

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

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/vragen" backLabel={t("requests.backToList")} />;
}
