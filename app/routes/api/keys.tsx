import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/keys";
import { requestContext, servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { addDays, amsterdamParts, amsterdamToday, isIsoDate } from "~/domain/common/time.ts";
import { API_KEY_SCOPES, KEY_NAME_MAX } from "~/domain/api/keys.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createApiKey } from "~/services/api/create-api-key.server.ts";
import { listApiKeys } from "~/services/api/list-api-keys.server.ts";
import { revokeApiKey } from "~/services/api/revoke-api-key.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

const when = (at: Date | null) => {
  if (!at) return null;
  const { date, time } = amsterdamParts(at);
  return `${date} ${time}`;
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const result = await listApiKeys(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  return {
    organisation: { slug: result.organisation.slug, name: result.organisation.name },
    keys: result.keys.map((k) => ({
      ...k,
      createdAt: when(k.createdAt)!,
      lastUsedAt: when(k.lastUsedAt),
      revokedAt: when(k.revokedAt),
      // The last day it works: the day before the moment it stops (midnight, Amsterdam).
      lastDay: k.expiresAt ? addDays(amsterdamToday(k.expiresAt), -1) : null,
      expiresAt: undefined,
    })),
    expiry: result.expiry,
    revoked: new URL(request.url).searchParams.has("ingetrokken"),
    title: `${t("api.keys.title", { name: result.organisation.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "API-sleutels | Technohub" }];
}

const keyActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("create"),
      name: z.preprocess(
        (v) => (typeof v === "string" ? v.trim() : v),
        z.string({ error: "api.keys.name.required" }).min(1, "api.keys.name.required").max(KEY_NAME_MAX, "api.keys.name.tooLong"),
      ),
      scopes: z.array(z.enum(API_KEY_SCOPES, { error: "api.keys.scopes.required" }), { error: "api.keys.scopes.required" }).min(1, "api.keys.scopes.required"),
      // Left empty (or not sent by an older client): a year, as the field suggests.
      expiresOn: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "api.keys.expiresOn.required" }).refine(isIsoDate, "api.keys.expiresOn.required").optional()),
    }),
    z.object({ intent: z.literal("revoke"), keyId: z.string().min(1).max(100) }),
  ],
  { error: "error.invalid.body" },
);

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Permission before the form is parsed: who may not manage the keys hears 403, whatever was sent.
  await listApiKeys(services, user, { slug });
  const command = formInput(keyActionSchema, form);
  if (command.intent === "revoke") {
    await revokeApiKey(services, user, { slug, keyId: command.keyId });
    throw redirect(`/organisaties/${slug}/api-sleutels?ingetrokken`);
  }
  // The secret is answered here and only here: it is not stored, so there is nothing to redirect to
  // that could show it again (ADR 029). The page is no-store like every signed-in answer.
  const created = await createApiKey(services, user, { slug, name: command.name, scopes: command.scopes, expiresOn: command.expiresOn });
  return { created: { name: created.name, prefix: created.prefix, token: created.token, scopes: created.scopes, expiresOn: created.expiresOn } };
});

export default function ApiKeys({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisation: org, keys, revoked, expiry } = loaderData;
  const created = actionData && "created" in actionData ? actionData.created : null;
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string | string[] | undefined>;
  // The boxes are sent as `scopes[]`: a refused form ticks again what was ticked.
  const ticked = values["scopes[]"] ?? values.scopes;
  const selectedScopes = Array.isArray(ticked) ? ticked : typeof ticked === "string" && ticked ? [ticked] : [];
  const scopeOptions = API_KEY_SCOPES.map((s) => ({
    value: s,
    label: (
      <>
        <code>{s}</code> — {t(`api.scope.${s}`)}
      </>
    ),
  }));
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/organisaties/${org.slug}`}>← {t("organisations.members.back", { name: org.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("api.keys.title", { name: org.name })}</Heading>
      <Paragraph>{t("api.keys.intro")}</Paragraph>

      {created ? (
        <Alert type="ok" role="status">
          <Heading level={2}>{t("api.keys.created", { name: created.name })}</Heading>
          <Paragraph>{t("api.keys.createdOnce")}</Paragraph>
          <div className="utrecht-form-field utrecht-form-field--text">
            <label className="utrecht-form-label" htmlFor="new-key-secret">
              {t("api.keys.secret")}
            </label>
            <input id="new-key-secret" className="utrecht-textbox utrecht-textbox--html-input th-secret" readOnly value={created.token} spellCheck={false} autoComplete="off" />
          </div>
          <Paragraph>{t("api.keys.createdUntil", { date: created.expiresOn })}</Paragraph>
          <Paragraph>{t("api.keys.howToUse")}</Paragraph>
        </Alert>
      ) : null}
      {revoked && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t("api.keys.revoked")}</Paragraph>
        </Alert>
      ) : null}
      {values.intent === "revoke" ? <ErrorSummary errors={errors} /> : null}

      {keys.length === 0 ? (
        <Paragraph>{t("api.keys.none")}</Paragraph>
      ) : (
        <Table
          caption={t("api.keys.table")}
          stack
          rows={keys}
          rowKey={(k) => k.id}
          columns={[
            { header: t("api.keys.name"), rowHeader: true, cell: (k) => k.name },
            { header: t("api.keys.prefix"), cell: (k) => <code>{k.prefix}…</code> },
            { header: t("api.keys.scopes"), cell: (k) => k.scopes.map((s) => <Badge key={s}>{s}</Badge>) },
            {
              header: t("api.keys.createdAt"),
              cell: (k) => (
                <>
                  {k.createdAt}
                  {k.createdBy ? <span className="th-muted"> · {k.createdBy}</span> : null}
                </>
              ),
            },
            { header: t("api.keys.lastUsedAt"), cell: (k) => k.lastUsedAt ?? t("api.keys.neverUsed") },
            { header: t("api.keys.expiresAt"), cell: (k) => k.lastDay ?? t("api.keys.noExpiry") },
            {
              header: t("api.keys.status"),
              label: false,
              cell: (k) =>
                k.revokedAt ? (
                  t("api.keys.revokedAt", { when: k.revokedAt })
                ) : k.expired ? (
                  <Badge>{t("api.keys.expired")}</Badge>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="keyId" value={k.id} />
                    <Button appearance="secondary" danger>
                      {t("api.keys.revoke", { name: k.name })}
                    </Button>
                  </Form>
                ),
            },
          ]}
        />
      )}

      <section className="th-stack th-narrow" aria-labelledby="nieuwe-sleutel">
        <Heading level={2} id="nieuwe-sleutel">
          {t("api.keys.add")}
        </Heading>
        {values.intent === "create" ? <ErrorSummary errors={errors} labels={{ name: t("api.keys.name"), scopes: t("api.keys.scopes"), expiresOn: t("api.keys.expiresOn") }} /> : null}
        <Form method="post" noValidate className="th-stack" key={JSON.stringify(values)}>
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="name"
            label={t("api.keys.name")}
            description={t("api.keys.nameHint")}
            autoComplete="off"
            maxLength={KEY_NAME_MAX}
            defaultValue={values.intent === "create" && typeof values.name === "string" ? values.name : undefined}
            error={values.intent === "create" ? errors.name : undefined}
          />
          <CheckboxGroup name="scopes" legend={t("api.keys.scopes")} options={scopeOptions} selected={selectedScopes} error={values.intent === "create" ? errors.scopes : undefined} />
          <TextField
            name="expiresOn"
            type="date"
            label={t("api.keys.expiresOn")}
            description={t("api.keys.expiresOnHint")}
            min={expiry.min}
            max={expiry.max}
            defaultValue={values.intent === "create" && typeof values.expiresOn === "string" ? values.expiresOn : expiry.suggested}
            error={values.intent === "create" ? errors.expiresOn : undefined}
          />
          <Button>{t("api.keys.addSubmit")}</Button>
        </Form>
      </section>
    </div>
  );
}
