import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/tip-edit";
import { servicesContext } from "~/context.ts";
import { formInput, optionalText, requiredText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createTip } from "~/services/guest-lessons/create-tip.server.ts";
import { getEditableTip } from "~/services/guest-lessons/get-editable-tip.server.ts";
import { updateTip } from "~/services/guest-lessons/update-tip.server.ts";
import { Button, ButtonGroup, ButtonLink, Heading } from "~/ui/components.tsx";
import { ErrorSummary, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/** /tips/nieuw and /tips/:slug/bewerken: coordinators and platform admins write tips in Markdown. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const values = await getEditableTip(context.get(servicesContext), user, { slug: params.slug ?? null });
  return { slug: params.slug ?? null, values };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.slug ? "Tip bewerken" : "Nieuwe tip"} | Technohub` }];
}

const tipSchema = z.object({
  title: requiredText(200, "tips.error.title"),
  summary: optionalText(500),
  body: requiredText(50_000, "tips.error.body"),
});

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only those who may write this tip get as far as the form.
  await getEditableTip(services, user, { slug: params.slug ?? null });
  const input = formInput(tipSchema, form);
  const tip = { ...input, summary: input.summary ?? "" };
  const saved = params.slug ? await updateTip(services, user, { ...tip, slug: params.slug }) : await createTip(services, user, tip);
  throw redirect(`/tips/${saved.slug}`);
});

export default function TipEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = (actionData?.values ?? loaderData.values) as Record<string, string>;
  const errors = actionData?.errors;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t(loaderData.slug ? "tips.form.titleEdit" : "tips.form.titleNew")}</Heading>
      <ErrorSummary errors={errors} />
      <Form method="post" className="th-stack" noValidate>
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
