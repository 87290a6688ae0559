import { Form, redirect } from "react-router";
import type { Route } from "./+types/milestone";
import { servicesContext } from "~/context.ts";
import { milestoneFormSchema } from "~/domain/programmes/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getMilestoneEditor } from "~/services/programmes/get-milestone-editor.server.ts";
import { removeMilestone } from "~/services/programmes/remove-milestone.server.ts";
import { updateMilestone } from "~/services/programmes/update-milestone.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, MilestoneFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";

/** Correct a milestone's title or date, or remove it (/programmas/:slug/projecten/:nr/mijlpalen/:id). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const found = await getMilestoneEditor(context.get(servicesContext), user, { programmeSlug: params.slug, projectPosition: Number(params.nr), milestoneId: params.id });
  return {
    ...found,
    values: { title: found.milestone.title, dueOn: found.milestone.dueOn } as FormValues,
    confirming: new URL(request.url).searchParams.has("verwijderen"),
    title: translator(user.locale)("programmes.milestone.editTitle"),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Mijlpaal"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // The team and the coordinators may; anyone else hears 403 (or 404) before the form is read.
  await getMilestoneEditor(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr), milestoneId: params.id });
  const at = { programmeSlug: params.slug, projectPosition: Number(params.nr), milestoneId: params.id };
  const projectUrl = `/programmas/${params.slug}/projecten/${params.nr}`;
  if (form.get("intent") === "remove") {
    await removeMilestone(services, user, at);
    throw redirect(`${projectUrl}?gemeld=mijlpaal-verwijderd`);
  }
  await updateMilestone(services, user, { ...at, ...formInput(milestoneFormSchema, form) });
  throw redirect(`${projectUrl}?gemeld=mijlpaal-opgeslagen`);
});

export default function MilestoneEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, project, milestone, confirming } = loaderData;
  const projectUrl = `/programmas/${programme.slug}/projecten/${project.position}`;
  const here = `${projectUrl}/mijlpalen/${milestone.id}`;
  // Two forms post here; the refused one is known by its `intent`.
  const removing = actionData?.values.intent === "remove";
  const errors = actionData && !removing ? actionData.errors : undefined;
  const removeError = removing ? actionData.errors._form : undefined;
  const values = actionData && !removing ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={projectUrl}>← {t("programmes.project.heading", { nr: project.position, title: project.title })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {removeError ? <Alert type="warning">{t(removeError)}</Alert> : null}
      {confirming ? (
        <ConfirmRemoval
          title={t("programmes.milestone.remove")}
          question={t("programmes.milestone.removeConfirm", { title: milestone.title })}
          confirmLabel={t("programmes.milestone.removeYes")}
          cancelTo={here}
          hidden={{}}
        />
      ) : null}
      <ErrorSummary errors={errors} labels={{ title: t("programmes.milestone.title"), dueOn: t("programmes.milestone.dueOn") }} />
      <Form method="post" noValidate className="th-stack">
        <input type="hidden" name="intent" value="save" />
        <MilestoneFields values={values} errors={errors} />
        <ButtonGroup>
          <Button>{t("programmes.edit.save")}</Button>
          <ButtonLink to={projectUrl} appearance="subtle">
            {t("programmes.edit.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>
      {confirming ? null : <RemovalLink to={`${here}?verwijderen`} label={t("programmes.milestone.remove")} />}
    </div>
  );
}
