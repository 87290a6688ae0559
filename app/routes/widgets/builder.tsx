import type { Route } from "./+types/builder";
import { requestContext, servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { THEME_PARAMS } from "~/domain/widgets/theme.ts";
import { DEFAULT_ITEMS, KIND_PATH, kindFromPath, MAX_ITEMS, parseWidgetQuery, widgetPath, widgetSnippet, type WidgetChoice } from "~/domain/widgets/widget.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getWidgetBuilder } from "~/services/widgets/get-widget-builder.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/**
 * /netwerken/:slug/widget and /organisaties/:slug/widget: the snippet builder. A GET form, so the
 * choice is in the address and the page works without JavaScript; the answer is the snippet and a
 * preview, which is the widget itself in an iframe (ADR 030).
 */
export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const url = new URL(request.url);
  const type = url.pathname.startsWith("/netwerken/") ? "network" : "organisation";
  const services = context.get(servicesContext);
  const { owner, kinds } = await getWidgetBuilder(services, user, { owner: { type, slug: slugParam(params.slug) } });
  const query = parseWidgetQuery(url.searchParams);
  const kind = kindFromPath(url.searchParams.get("soort") ?? undefined);
  const choice: WidgetChoice = { kind: kind && kinds.includes(kind) ? kind : kinds[0]!, limit: query.limit, locale: query.locale, theme: query.theme };
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const path = widgetPath(owner, choice);
  const frameTitle = translator(choice.locale)("widgets.builder.frameTitle", { kind: translator(choice.locale)(`widgets.kind.${choice.kind}`), name: owner.name });
  return {
    owner,
    kinds,
    choice,
    // What was typed, shown again as typed (a refused colour too), beside its message.
    values: Object.fromEntries([...THEME_PARAMS, "aantal"].map((name) => [name, url.searchParams.get(name) ?? ""])),
    errors: query.errors,
    previewPath: path,
    snippet: widgetSnippet({ origin: new URL(baseUrl(services.env)).origin, path, title: frameTitle }),
    title: `${t("widgets.builder.title", { name: owner.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Widget | Technohub" }];
}

export default function WidgetBuilderPage({ loaderData }: Route.ComponentProps) {
  const { owner, kinds, choice, values, errors, previewPath, snippet } = loaderData;
  const t = useT();
  const back = owner.type === "network" ? `/netwerken/${owner.slug}` : `/organisaties/${owner.slug}`;
  const errorText = (name: keyof typeof errors) => (errors[name] ? t(errors[name]!, { max: MAX_ITEMS }) : null);
  const refused = Object.keys(errors).length > 0;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={back}>← {t("widgets.builder.back", { name: owner.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("widgets.builder.title", { name: owner.name })}</Heading>
      <Paragraph>{t("widgets.builder.intro", { name: owner.name })}</Paragraph>
      {refused ? (
        <Alert type="error" role="alert">
          {t("widgets.builder.invalid")}
        </Alert>
      ) : null}
      <form method="get" className="th-stack" noValidate>
        <Heading level={2}>{t("widgets.builder.choose")}</Heading>
        <SelectField
          name="soort"
          label={t("widgets.builder.kind")}
          options={kinds.map((k) => ({ value: KIND_PATH[k], label: t(`widgets.kind.${k}`) }))}
          defaultValue={KIND_PATH[choice.kind]}
        />
        <TextField
          name="aantal"
          label={t("widgets.builder.limit")}
          description={t("widgets.builder.limitHelp", { max: MAX_ITEMS })}
          error={errorText("aantal")}
          inputMode="numeric"
          defaultValue={values.aantal || String(DEFAULT_ITEMS)}
        />
        <SelectField
          name="taal"
          label={t("widgets.builder.language")}
          options={(["nl", "en"] as const).map((l) => ({ value: l, label: t(`widgets.builder.language.${l}`) }))}
          defaultValue={choice.locale}
        />
        <fieldset className="utrecht-form-fieldset th-stack">
          <legend className="utrecht-form-fieldset__legend">{t("widgets.builder.look")}</legend>
          <Paragraph>{t("widgets.builder.lookHelp")}</Paragraph>
          {THEME_PARAMS.map((name) => (
            <TextField key={name} name={name} label={t(`widgets.builder.theme.${name}`)} error={errorText(name)} defaultValue={values[name]} autoComplete="off" />
          ))}
        </fieldset>
        <div>
          <Button type="submit">{t("widgets.builder.submit")}</Button>
        </div>
      </form>
      <section className="th-stack" aria-labelledby="snippet">
        <Heading level={2} id="snippet">
          {t("widgets.builder.snippet")}
        </Heading>
        <TextArea key={snippet} name="snippet" label={t("widgets.builder.snippet")} description={t("widgets.builder.snippetHelp")} defaultValue={snippet} readOnly rows={6} />
      </section>
      <section className="th-stack" aria-labelledby="preview">
        <Heading level={2} id="preview">
          {t("widgets.builder.preview")}
        </Heading>
        <iframe key={previewPath} src={previewPath} title={t("widgets.builder.previewFrame")} className="th-widget-preview" data-technohub-widget="" />
        <script src="/widget.js" async />
      </section>
    </div>
  );
}
