import { z } from "zod";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/project-edit";
import { servicesContext } from "~/context.ts";
import { projectFormSchema } from "~/domain/programmes/forms.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { addProject } from "~/services/programmes/add-project.server.ts";
import { loadProgrammeEditor } from "~/services/programmes/load-programme-editor.server.ts";
import { removeProject } from "~/services/programmes/remove-project.server.ts";
import { updateProject } from "~/services/programmes/update-project.server.ts";
import { Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, ProjectFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";
import { throwHttpError, translatorOf } from "../proposal-responses.server.ts";
import { invalidForm, refusedForm } from "./responses.server.ts";

const removeSchema = z.object({ projectId: z.uuid() });

/** A new project (/programmas/:slug/projecten/nieuw) or an existing one (…/projecten/:nr/bewerken), with its removal. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translatorOf(context);
  try {
    const p = await loadProgrammeEditor(context.get(servicesContext), user, params.slug);
    const programme = { slug: p.slug, name: p.name, goals: p.goals.map((g) => ({ id: g.id, position: g.position, title: g.title })) };
    if (!params.nr) return { programme, project: null, values: {} as FormValues, confirming: false, title: t("programmes.project.newTitle", { name: p.name }) };
    const project = p.projects.find((pr) => pr.position === Number(params.nr));
    if (!project) throw data(t("programmes.project.notFound"), { status: 404 });
    const goalIds = p.goals.filter((g) => project.goalPositions.includes(g.position)).map((g) => g.id);
    return {
      programme,
      project: { id: project.id, position: project.position, title: project.title },
      values: { title: project.title, description: project.description, goals: goalIds } as FormValues,
      confirming: new URL(request.url).searchParams.has("verwijderen"),
      title: t("programmes.project.editTitle", { nr: project.position }),
    };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Project"} | Technohub` }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const form = formData.get("intent") === "remove" ? ("remove" as const) : ("save" as const);
  const programmeUrl = `/programmas/${params.slug}`;
  try {
    if (form === "remove") {
      const parsed = parseForm(removeSchema, formData);
      if (!parsed.ok) throw data(translatorOf(context)("programmes.project.notFound"), { status: 404 });
      await removeProject(services, user, params.slug, parsed.data.projectId);
      throw redirect(`${programmeUrl}/bewerken?gemeld=project-verwijderd#projecten`);
    }
    const parsed = parseForm(projectFormSchema, formData);
    if (!parsed.ok) return invalidForm(form, parsed);
    if (!params.nr) {
      const { position } = await addProject(services, user, params.slug, parsed.data);
      throw redirect(`${programmeUrl}/projecten/${position}/team?gemeld=aangemaakt`);
    }
    const { position } = await updateProject(services, user, params.slug, Number(params.nr), parsed.data);
    throw redirect(`${programmeUrl}/projecten/${position}?gemeld=opgeslagen`);
  } catch (error) {
    return refusedForm(form, error, context, formValues(formData));
  }
}

export default function ProjectEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, project, confirming } = loaderData;
  const base = `/programmas/${programme.slug}`;
  const cancelTo = project ? `${base}/projecten/${project.position}` : `${base}/bewerken#projecten`;
  const errors = actionData?.form === "save" ? actionData.errors : undefined;
  const values = actionData?.form === "save" ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={cancelTo}>
          ← {project ? t("programmes.project.heading", { nr: project.position, title: project.title }) : t("programmes.edit.back", { name: programme.name })}
        </Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
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
