import { z } from "zod";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/goal";
import { servicesContext } from "~/context.ts";
import { goalFormSchema } from "~/domain/programmes/forms.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { loadProgrammeEditor } from "~/services/programmes/load-programme-editor.server.ts";
import { removeGoal } from "~/services/programmes/remove-goal.server.ts";
import { updateGoal } from "~/services/programmes/update-goal.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, GoalFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";
import { throwHttpError, translatorOf } from "../proposal-responses.server.ts";
import { invalidForm, refusedForm } from "./responses.server.ts";

const goalId = z.object({ goalId: z.uuid() });

/** One goal of a programme: change its title, indicator and target, or remove it (/programmas/:slug/doelen/:nr). */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translatorOf(context);
  try {
    const p = await loadProgrammeEditor(context.get(servicesContext), user, params.slug);
    const goal = p.goals.find((g) => g.position === Number(params.nr));
    if (!goal) throw data(t("programmes.goal.notFound"), { status: 404 });
    return {
      programme: { slug: p.slug, name: p.name },
      goal: { id: goal.id, position: goal.position, title: goal.title, projects: goal.projects.map((pr) => ({ position: pr.position, title: pr.title })).sort((a, b) => a.position - b.position) },
      values: { title: goal.title, indicator: goal.indicator ?? "", target: goal.target ?? "" } as FormValues,
      confirming: new URL(request.url).searchParams.has("verwijderen"),
      title: t("programmes.goal.editTitle", { nr: goal.position }),
    };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Doel"} | Technohub` }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const form = formData.get("intent") === "remove" ? ("remove" as const) : ("save" as const);
  const back = `/programmas/${params.slug}/bewerken`;
  try {
    const id = parseForm(goalId, formData);
    if (!id.ok) throw data(translatorOf(context)("programmes.goal.notFound"), { status: 404 });
    if (form === "remove") {
      await removeGoal(services, user, params.slug, id.data.goalId);
      throw redirect(`${back}?gemeld=doel-verwijderd#doelen`);
    }
    const parsed = parseForm(goalFormSchema, formData);
    if (!parsed.ok) return invalidForm(form, parsed);
    await updateGoal(services, user, params.slug, id.data.goalId, parsed.data);
    throw redirect(`${back}?gemeld=doel-opgeslagen#doelen`);
  } catch (error) {
    return refusedForm(form, error, context, formValues(formData));
  }
}

export default function GoalEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, goal, confirming } = loaderData;
  const here = `/programmas/${programme.slug}/doelen/${goal.position}`;
  const back = `/programmas/${programme.slug}/bewerken#doelen`;
  const errors = actionData?.form === "save" ? actionData.errors : undefined;
  const removeError = actionData?.form === "remove" ? actionData.errors._form : undefined;
  const values = actionData?.form === "save" ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={back}>← {t("programmes.edit.back", { name: programme.name })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {removeError ? <Alert type="warning">{t(removeError)}</Alert> : null}
      {confirming && !removeError ? (
        <ConfirmRemoval
          title={t("programmes.goal.remove")}
          question={t("programmes.goal.removeConfirm", { nr: goal.position, title: goal.title })}
          confirmLabel={t("programmes.goal.removeYes")}
          cancelTo={here}
          hidden={{ goalId: goal.id }}
        />
      ) : null}
      <ErrorSummary errors={errors} labels={{ title: t("programmes.goal.title"), indicator: t("programmes.goal.indicator"), target: t("programmes.goal.target") }} />
      <Form method="post" noValidate className="th-stack">
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="goalId" value={goal.id} />
        <GoalFields values={values} errors={errors} />
        <ButtonGroup>
          <Button>{t("programmes.edit.save")}</Button>
          <ButtonLink to={back} appearance="subtle">
            {t("programmes.edit.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>

      <section className="th-stack" aria-labelledby="projecten-onder-doel">
        <Heading level={2} id="projecten-onder-doel">
          {t("programmes.goal.projectsUnder")}
        </Heading>
        {goal.projects.length === 0 ? (
          <Paragraph>{t("programmes.goal.noProjects")}</Paragraph>
        ) : (
          <UnorderedList>
            {goal.projects.map((pr) => (
              <li key={pr.position} className="utrecht-unordered-list__item">
                <Link to={`/programmas/${programme.slug}/projecten/${pr.position}/bewerken`}>{t("programmes.project.heading", { nr: pr.position, title: pr.title })}</Link>
              </li>
            ))}
          </UnorderedList>
        )}
      </section>
      {confirming ? null : <RemovalLink to={`${here}?verwijderen`} label={t("programmes.goal.remove")} />}
    </div>
  );
}
