import { data, redirect } from "react-router";
import type { Route } from "./+types/request-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { requestFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getEditableRequest } from "~/services/guest-lessons/get-editable-request.server.ts";
import { loadTopics } from "~/services/guest-lessons/support.server.ts";
import { updateRequest } from "~/services/guest-lessons/update-request.server.ts";
import { Alert, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { GuestLessonsErrorPage, RequestForm, type FormValues } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

/** /vragen/:id/bewerken: the school changes its own open request (same fields and checks as a new one). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const services = context.get(servicesContext);
  try {
    const [view, topics] = await Promise.all([getEditableRequest(services, user, params.id), loadTopics(services.db)]);
    const r = view.request;
    const values: FormValues = {
      schoolOrganisationId: r.schoolOrganisationId,
      mode: r.mode,
      directOfferId: r.directOfferId ?? "",
      kind: r.kind,
      title: r.title,
      "topics[]": r.topics,
      freeText: r.freeText,
      level: r.level,
      pupils: String(r.pupils),
      groups: String(r.groups),
      periodFrom: r.periodFrom ?? "",
      periodUntil: r.periodUntil ?? "",
      place: r.place,
      // The school's own place is what an empty field means; show only a place the teacher typed.
      placeName: r.placeName && r.placeName !== view.schoolPlace ? r.placeName : "",
      maxTravelKm: r.maxTravelKm === null ? "" : String(r.maxTravelKm),
      notes: r.notes,
    };
    r.dateOptions.forEach((o, i) => {
      values[`date${i + 1}`] = o.date;
      values[`time${i + 1}`] = o.startTime ?? "";
    });
    return {
      id: r.id,
      requestTitle: r.title,
      direct: r.mode === "direct" && r.directOfferId ? { id: r.directOfferId } : null,
      schools: [{ id: r.schoolOrganisationId, name: view.schoolName }],
      topics: topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
      values,
      refusal: view.editRefusal,
      waiting: view.appointments.filter((a) => a.state === "requested").length,
      title: `${t("requestForm.editTitle", { title: r.title })} | ${t("app.name")}`,
    };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag bewerken | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(requestFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    await updateRequest(context.get(servicesContext), user, params.id, parsed.data);
  } catch (error) {
    // A refusal that belongs to the whole form (already agreed, withdrawn) is shown above it, values kept.
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: STATUS[error.kind] });
    }
    throwAsResponse(error, t);
  }
  throw redirect(`/vragen/${params.id}?gewijzigd`);
}

export default function EditRequest({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("requestForm.editTitle", { title: loaderData.requestTitle })}</Heading>
      {loaderData.refusal ? (
        <>
          <Alert type="warning">
            <Paragraph>{t(loaderData.refusal)}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to={`/vragen/${loaderData.id}`}>{t("requests.backToRequest")}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t("requestForm.editIntro")}</Paragraph>
          {loaderData.waiting > 0 ? (
            <Alert type="info">
              <Paragraph>{loaderData.waiting === 1 ? t("requestForm.editWaitingOne") : t("requestForm.editWaitingMany", { count: loaderData.waiting })}</Paragraph>
            </Alert>
          ) : null}
          <RequestForm
            key={JSON.stringify(values)}
            values={values}
            errors={actionData?.errors}
            schools={loaderData.schools}
            topics={loaderData.topics}
            direct={loaderData.direct}
            cancelTo={`/vragen/${loaderData.id}`}
            submitLabel={t("requestForm.save")}
          />
        </>
      )}
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/vragen" backLabel={t("requests.backToList")} />;
}
