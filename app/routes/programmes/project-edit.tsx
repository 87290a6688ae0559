import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/project-edit";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { projectFormSchema } from "~/domain/programmes/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createProject } from "~/services/programmes/create-project.server.ts";
import { getProgrammeEditor } from "~/services/programmes/get-programme-editor.server.ts";
import { getProjectEditor } from "~/services/programmes/get-project-editor.server.ts";
import { removeProject } from "~/services/programmes/remove-project.server.ts";
import { updateProject } from "~/services/programmes/update-project.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, ProjectFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";

const removeSchema = z.object({ projectId: z.uuid() });

/** A new project (/programmas/:slug/projecten/nieuw) or an existing one (…/projecten/:nr/bewerken), with its removal. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale);
  const services = context.get(servicesContext);
  if (!params.nr) {
    const p = await getProgrammeEditor(services, user, { slug: params.slug });
    const programme = { slug: p.slug, name: p.name, goals: p.goals.map((g) => ({ id: g.id, position: g.position, title: g.title })) };
    return { programme, project: null, values: {} as FormValues, confirming: false, title: t("programmes.project.newTitle", { name: p.name }) };
  }
  const { programme: p, project } = await getProjectEditor(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr) });
  const goalIds = p.goals.filter((g) => project.goalPositions.includes(g.position)).map((g) => g.id);
  return {
    programme: { slug: p.slug, name: p.name, goals: p.goals.map((g) => ({ id: g.id, position: g.position, title: g.title })) },
    project: { id: project.id, position: project.position, title: project.title },
    values: { title: project.title, description: project.description, goals: goalIds } as FormValues,
    confirming: new URL(request.url).searchParams.has("verwijderen"),
    title: t("programmes.project.editTitle", { nr: project.position }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Project"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only those who run the programme; others hear 403 (an unknown project 404) before the form is read.
  if (params.nr) await getProjectEditor(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr) });
  else await getProgrammeEditor(services, user, { slug: params.slug });
  const programmeUrl = `/programmas/${params.slug}`;
  if (form.get("intent") === "remove") {
    const remove = removeSchema.safeParse({ projectId: form.get("projectId") });
    if (!remove.success) throw notFound("programmes.project.notFound");
    await removeProject(services, user, { slug: params.slug, projectId: remove.data.projectId });
    throw redirect(`${programmeUrl}/bewerken?gemeld=project-verwijderd#projecten`);
  }
  const input = formInput(projectFormSchema, form);
  if (!params.nr) {
    const { position } = await createProject(services, user, { slug: params.slug, ...input });
    throw redirect(`${programmeUrl}/projecten/${position}/team?gemeld=aangemaakt`);
  }
  const { position } = await updateProject(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr), ...input });
  throw redirect(`${programmeUrl}/projecten/${position}?gemeld=opgeslagen`);
});

export default function ProjectEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, project, confirming } = loaderData;
  const base = `/programmas/${programme.slug}`;
  const cancelTo = project ? `${base}/projecten/${project.position}` : `${base}/bewerken#projecten`;
  // Two forms post here; the refused one is known by its `intent`.
  const removing = actionData?.values.intent === "remove";
  const errors = actionData && !removing ? actionData.errors : undefined;
  const removeError = removing ? actionData.errors._form : undefined;
  const values = actionData && !removing ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={cancelTo}>
          ← {project ? t("programmes.project.heading", { nr: project.position, title: project.title }) : t("programmes.edit.back", { name: programme.name })}
        </Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {removeError ? <Alert type="warning">{t(removeError)}</Alert> : null}
      {project && confirming ? (
        <ConfirmRemoval
          title={t("programmes.project.remove")}
          question={t("programmes.project.removeConfirm", { nr: project.position, title: project.title })}
          confirmLabel={t("programmes.project.removeYes")}
          cancelTo={`${base}/projecten/${project.position}/bewerken`}
          hidden={{ projectId: project.id }}
        />
      ) : null}
      {programme.goals.length === 0 ? (
        <Paragraph>
          {t("programmes.projects.needGoal")} <Link to={`${base}/bewerken#doelen`}>{t("programmes.goal.add")}</Link>
        </Paragraph>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={{ title: t("programmes.project.title"), description: t("programmes.project.description"), goals: t("programmes.project.goalsShort") }} />
          <Form method="post" noValidate className="th-stack">
            <input type="hidden" name="intent" value="save" />
            <ProjectFields values={values} errors={errors} goals={programme.goals} />
            <ButtonGroup>
              <Button>{project ? t("programmes.edit.save") : t("programmes.project.add")}</Button>
              <ButtonLink to={cancelTo} appearance="subtle">
                {t("programmes.edit.cancel")}
              </ButtonLink>
            </ButtonGroup>
          </Form>
        </>
      )}
      {project && !confirming ? <RemovalLink to={`${base}/projecten/${project.position}/bewerken?verwijderen`} label={t("programmes.project.remove")} /> : null}
    </div>
  );
}
