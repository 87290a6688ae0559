import { Form, redirect } from "react-router";
import type { Route } from "./+types/milestone";
import { servicesContext } from "~/context.ts";
import { milestoneFormSchema } from "~/domain/programmes/forms.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { loadMilestoneEditor } from "~/services/programmes/load-programme-editor.server.ts";
import { removeMilestone } from "~/services/programmes/remove-milestone.server.ts";
import { updateMilestone } from "~/services/programmes/update-milestone.server.ts";
import { Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, MilestoneFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";
import { throwHttpError, translatorOf } from "../proposal-responses.server.ts";
import { invalidForm, refusedForm } from "./responses.server.ts";

/** Correct a milestone's title or date, or remove it (/programmas/:slug/projecten/:nr/mijlpalen/:id). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  try {
    const found = await loadMilestoneEditor(context.get(servicesContext), user, params.slug, Number(params.nr), params.id);
    return {
      ...found,
      values: { title: found.milestone.title, dueOn: found.milestone.dueOn } as FormValues,
      confirming: new URL(request.url).searchParams.has("verwijderen"),
      title: translatorOf(context)("programmes.milestone.editTitle"),
    };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Mijlpaal"} | Technohub` }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const form = formData.get("intent") === "remove" ? ("remove" as const) : ("save" as const);
  const at = { programmeSlug: params.slug, projectPosition: Number(params.nr), milestoneId: params.id };
  const projectUrl = `/programmas/${params.slug}/projecten/${params.nr}`;
  try {
    if (form === "remove") {
      await removeMilestone(services, user, at);
      throw redirect(`${projectUrl}?gemeld=mijlpaal-verwijderd`);
    }
    const parsed = parseForm(milestoneFormSchema, formData);
    if (!parsed.ok) return invalidForm(form, parsed);
    await updateMilestone(services, user, { ...at, ...parsed.data });
    throw redirect(`${projectUrl}?gemeld=mijlpaal-opgeslagen`);
  } catch (error) {
    return refusedForm(form, error, context, formValues(formData));
  }
}

export default function MilestoneEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, project, milestone, confirming } = loaderData;
  const projectUrl = `/programmas/${programme.slug}/projecten/${project.position}`;
  const here = `${projectUrl}/mijlpalen/${milestone.id}`;
  const errors = actionData?.form === "save" ? actionData.errors : undefined;
  const values = actionData?.form === "save" ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={projectUrl}>← {t("programmes.project.heading", { nr: project.position, title: project.title })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
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
