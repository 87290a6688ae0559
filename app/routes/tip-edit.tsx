import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/tip-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, optionalText, parseForm, requiredText } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { loadTipForEdit, saveTip } from "~/services/tips/tips.server.ts";
import { Button, ButtonGroup, ButtonLink, Heading } from "~/ui/components.tsx";
import { ErrorSummary, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/** /tips/nieuw and /tips/:slug/bewerken: coordinators and platform admins write tips in Markdown. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  try {
    const values = await loadTipForEdit(context.get(servicesContext), user, params.slug ?? null);
    return { slug: params.slug ?? null, values };
  } catch (error) {
    if (error instanceof DomainError) throw data(translator(user.locale)(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.slug ? "Tip bewerken" : "Nieuwe tip"} | Technohub` }];
}

const tipSchema = z.object({
  title: requiredText(200, "tips.error.title"),
  summary: optionalText(500),
  body: requiredText(50_000, "tips.error.body"),
});

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(tipSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    const saved = await saveTip(context.get(servicesContext), user, params.slug ?? null, { ...parsed.data, summary: parsed.data.summary ?? "" });
    throw redirect(`/tips/${saved.slug}`);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export default function TipEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = (actionData?.values ?? loaderData.values) as Record<string, string>;
  const errors = actionData?.errors;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t(loaderData.slug ? "tips.form.titleEdit" : "tips.form.titleNew")}</Heading>
      <ErrorSummary errors={errors} />
      <Form method="post" className="th-stack">
        <TextField name="title" label={t("tips.form.title")} defaultValue={values.title} error={errors?.title} required />
        <TextArea name="summary" label={t("tips.form.summary")} defaultValue={values.summary} rows={2} />
        <TextArea name="body" label={t("tips.form.body")} description={t("tips.form.bodyHelp")} defaultValue={values.body} error={errors?.body} rows={18} required />
        <ButtonGroup>
          <Button>{t("tips.form.save")}</Button>
          <ButtonLink to={loaderData.slug ? `/tips/${loaderData.slug}` : "/tips"} appearance="subtle">
            {t("tips.form.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>
    </div>
  );
}
