import { redirect } from "react-router";
import type { Route } from "./+types/request-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { requestFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getEditableRequest } from "~/services/guest-lessons/get-editable-request.server.ts";
import { updateRequest } from "~/services/guest-lessons/update-request.server.ts";
import { Alert, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { RequestForm, type FormValues } from "~/ui/guest-lessons.tsx";
import { useT } from "~/ui/use-t.ts";

/** /vragen/:id/bewerken: the school changes its own open request (same fields and checks as a new one). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const services = context.get(servicesContext);
  const { topics, ...view } = await getEditableRequest(services, user, { requestId: params.id });
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
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag bewerken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the school's own people change it; anyone else hears that (or 404) before the form is read.
  await getEditableRequest(services, user, { requestId: params.id });
  const input = formInput(requestFormSchema, form);
  // A refusal that belongs to the whole form (already agreed, withdrawn) comes back above it, values kept.
  await updateRequest(services, user, { requestId: params.id, request: input });
  throw redirect(`/vragen/${params.id}?gewijzigd`);
});

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
              <Paragraph>{t("requestForm.editWaiting", { count: loaderData.waiting })}</Paragraph>
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
