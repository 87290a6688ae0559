import { Form, redirect } from "react-router";
import type { Route } from "./+types/edit";
import { servicesContext } from "~/context.ts";
import { articleFormSchema } from "~/domain/news/article-form.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createArticle } from "~/services/news/create-article.server.ts";
import { getArticleEditor } from "~/services/news/get-article-editor.server.ts";
import { updateArticle } from "~/services/news/update-article.server.ts";
import { Button, ButtonGroup, ButtonLink, Heading } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/** One editor for a new article (/nieuws/nieuw) and an existing one (/nieuws/:slug/bewerken). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale);
  const services = context.get(servicesContext);
  const { networks, article: a } = await getArticleEditor(services, user, { slug: params.slug });
  if (!a) {
    // Only a network the writer may write for is preselected; anything else in the address is ignored.
    const asked = new URL(request.url).searchParams.get("netwerk");
    const preset = networks.find((n) => n.slug === asked)?.slug ?? (networks.length === 1 ? networks[0]!.slug : "");
    return { slug: null, networks: networks.map(({ slug, name }) => ({ slug, name })), values: { network: preset, title: "", summary: "", body: "", imageUrl: "", imageAlt: "", status: "draft" }, title: t("news.form.titleNew") };
  }
  return {
    slug: a.slug,
    networks: networks.map(({ slug, name }) => ({ slug, name })),
    values: { network: a.networkSlug, title: a.title, summary: a.summary, body: a.body, imageUrl: a.imageUrl ?? "", imageAlt: a.imageAlt ?? "", status: a.status },
    title: t("news.form.titleEdit"),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Artikel"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only coordinators of a network write its news: others hear 403 before the form is read.
  await getArticleEditor(services, user, { slug: params.slug });
  const input = formInput(articleFormSchema, form);
  const result = params.slug ? await updateArticle(services, user, { slug: params.slug, values: input }) : await createArticle(services, user, input);
  throw redirect(`/nieuws/${result.slug}?opgeslagen`);
});

export default function ArticleEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = (actionData?.values ?? loaderData.values) as Record<string, string>;
  const errors = actionData?.errors;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      {/* Each message after its field's name: three bare "Dit veld is verplicht." said nothing. */}
      <ErrorSummary
        errors={errors}
        labels={{
          network: t("news.form.network"),
          title: t("news.form.title"),
          summary: t("news.form.summary"),
          body: t("news.form.body"),
          imageUrl: t("news.form.imageUrl"),
          imageAlt: t("news.form.imageAlt"),
          status: t("news.form.status"),
        }}
      />
      <Form method="post" className="th-stack" noValidate key={JSON.stringify(values)}>
        <SelectField
          name="network"
          label={t("news.form.network")}
          options={loaderData.networks.map((n) => ({ value: n.slug, label: n.name }))}
          placeholder={t("news.form.networkChoose")}
          defaultValue={values.network}
          error={errors?.network}
          required
        />
        <TextField name="title" label={t("news.form.title")} defaultValue={values.title} error={errors?.title} required />
        <TextArea name="summary" label={t("news.form.summary")} description={t("news.form.summaryHelp")} defaultValue={values.summary} error={errors?.summary} rows={3} required />
        <TextArea name="body" label={t("news.form.body")} description={t("news.form.bodyHelp")} defaultValue={values.body} error={errors?.body} rows={14} required />
        <TextField name="imageUrl" type="url" label={t("news.form.imageUrl")} defaultValue={values.imageUrl} error={errors?.imageUrl} />
        <TextField name="imageAlt" label={t("news.form.imageAlt")} description={t("news.form.imageAltHelp")} defaultValue={values.imageAlt} error={errors?.imageAlt} />
        <SelectField
          name="status"
          label={t("news.form.status")}
          options={[
            { value: "draft", label: t("news.form.status.draft") },
            { value: "published", label: t("news.form.status.published") },
          ]}
          defaultValue={values.status}
          error={errors?.status}
        />
        <ButtonGroup>
          <Button>{t("news.form.save")}</Button>
          <ButtonLink to={loaderData.slug ? `/nieuws/${loaderData.slug}` : "/nieuws"} appearance="subtle">
            {t("news.form.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>
    </div>
  );
}
