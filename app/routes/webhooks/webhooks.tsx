import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/webhooks";
import { requestContext, servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { WEBHOOK_EVENT_TYPES } from "~/domain/webhooks/events.ts";
import { MAX_URL_LENGTH } from "~/domain/webhooks/target-url.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createWebhook } from "~/services/webhooks/create-webhook.server.ts";
import { listWebhooks } from "~/services/webhooks/list-webhooks.server.ts";
import { removeWebhook } from "~/services/webhooks/remove-webhook.server.ts";
import { resetWebhookSecret } from "~/services/webhooks/reset-webhook-secret.server.ts";
import { updateWebhookStatus } from "~/services/webhooks/update-webhook-status.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table, UnorderedList } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = {
  gepauzeerd: "webhooks.notice.paused",
  hervat: "webhooks.notice.resumed",
  verwijderd: "webhooks.notice.removed",
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const result = await listWebhooks(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const notice = Object.keys(NOTICES).find((key) => new URL(request.url).searchParams.has(key));
  return {
    organisation: { slug: result.organisation.slug, name: result.organisation.name },
    subscriptions: result.subscriptions.map((s) => ({ ...s, failingSince: s.failingSince?.toISOString() ?? null, createdAt: s.createdAt.toISOString() })),
    deliveries: result.deliveries.map((d) => ({
      ...d,
      lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
      nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
      createdAt: d.createdAt.toISOString(),
    })),
    notice: notice ? NOTICES[notice]! : null,
    title: `${t("webhooks.title", { name: result.organisation.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Webhooks | Technohub" }];
}

const subscriptionId = z.string().min(1).max(100);
const webhookActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("add"),
      url: z.preprocess(
        (v) => (typeof v === "string" ? v.trim() : v),
        z.string({ error: "webhooks.url.required" }).min(1, "webhooks.url.required").max(MAX_URL_LENGTH, "webhooks.url.invalid"),
      ),
      eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES, { error: "webhooks.events.required" }), { error: "webhooks.events.required" }).min(1, "webhooks.events.required"),
    }),
    z.object({ intent: z.literal("pause"), id: subscriptionId }),
    z.object({ intent: z.literal("resume"), id: subscriptionId }),
    z.object({ intent: z.literal("roll"), id: subscriptionId }),
    z.object({ intent: z.literal("remove"), id: subscriptionId }),
  ],
  { error: "error.invalid.body" },
);

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Permission before the form is parsed: who may not manage the webhooks hears 403, not 400.
  await listWebhooks(services, user, { slug });
  // Without a box ticked the form sends no eventTypes at all: an empty choice, told beside the boxes.
  const command = formInput(webhookActionSchema, form.has("eventTypes[]") || form.get("intent") !== "add" ? form : withEmptyChoice(form));
  const base = `/organisaties/${slug}/webhooks`;
  switch (command.intent) {
    case "add": {
      const created = await createWebhook(services, user, { slug, url: command.url, eventTypes: command.eventTypes });
      // The secret is shown in this answer only, never stored in plain text: no redirect here.
      return { secret: { id: created.id, url: command.url, value: created.secret, rolled: false } };
    }
    case "roll": {
      const rolled = await resetWebhookSecret(services, user, { slug, id: command.id });
      return { secret: { id: rolled.id, url: null, value: rolled.secret, rolled: true } };
    }
    case "pause":
    case "resume":
      await updateWebhookStatus(services, user, { slug, id: command.id, status: command.intent === "pause" ? "paused" : "active" });
      throw redirect(`${base}?${command.intent === "pause" ? "gepauzeerd" : "hervat"}`);
    case "remove":
      await removeWebhook(services, user, { slug, id: command.id });
      throw redirect(`${base}?verwijderd`);
  }
});

function withEmptyChoice(form: FormData): FormData {
  const copy = new FormData();
  for (const [key, value] of form) copy.append(key, value);
  copy.append("eventTypes", "");
  return copy;
}

export default function Webhooks({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { organisation: org, subscriptions, deliveries, notice } = loaderData;
  const secret = actionData && "secret" in actionData ? actionData.secret : null;
  const errors: Record<string, string> = actionData && "errors" in actionData ? (actionData.errors ?? {}) : {};
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string | string[] | undefined>;
  const addErrors = values.intent === "add" ? errors : {};
  const when = (iso: string | null) => (iso ? formatDate(iso, locale, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const urlOf = (id: string) => subscriptions.find((s) => s.id === id)?.url ?? "";
  const chosen = Array.isArray(values["eventTypes[]"]) ? values["eventTypes[]"] : values["eventTypes[]"] ? [values["eventTypes[]"]] : [];
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/organisaties/${org.slug}`}>← {t("webhooks.back", { name: org.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("webhooks.title", { name: org.name })}</Heading>
      <Paragraph>{t("webhooks.intro")}</Paragraph>
      {notice && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {secret ? (
        <Alert type="warning" role="status">
          <Heading level={2}>{t("webhooks.secret.title")}</Heading>
          <Paragraph>{t("webhooks.secret.once")}</Paragraph>
          {secret.rolled ? <Paragraph>{t("webhooks.secret.overlap")}</Paragraph> : null}
          <TextField name="secret" label={t("webhooks.secret.label", { url: secret.url ?? urlOf(secret.id) })} defaultValue={secret.value} readOnly spellCheck={false} autoComplete="off" className="th-secret" key={secret.value} />
        </Alert>
      ) : null}
      {values.intent !== "add" ? <ErrorSummary errors={errors} /> : null}

      {subscriptions.length === 0 ? (
        <Paragraph>{t("webhooks.none")}</Paragraph>
      ) : (
        <Table
          caption={t("webhooks.table")}
          stack
          rows={subscriptions}
          rowKey={(s) => s.id}
          columns={[
            { header: t("webhooks.col.url"), rowHeader: true, label: true, className: "th-break", cell: (s) => s.url },
            {
              header: t("webhooks.col.events"),
              cell: (s) => (
                <UnorderedList>
                  {s.eventTypes.map((e) => (
                    <li key={e}>{t(`webhooks.event.${e}`)}</li>
                  ))}
                </UnorderedList>
              ),
            },
            {
              header: t("webhooks.col.status"),
              cell: (s) => (
                <>
                  <Badge>
                    {s.status === "active"
                      ? t("webhooks.status.active")
                      : s.pausedReason === "failing" && s.failingSince
                        ? t("webhooks.status.pausedFailing", { date: when(s.failingSince) })
                        : t("webhooks.status.paused")}
                  </Badge>
                  {s.status === "active" && s.failingSince ? <Paragraph>{t("webhooks.status.failingSince", { date: when(s.failingSince) })}</Paragraph> : null}
                </>
              ),
            },
            {
              header: t("webhooks.col.actions"),
              cell: (s) => (
                <div className="th-member-actions">
                  <Form method="post">
                    <input type="hidden" name="intent" value={s.status === "active" ? "pause" : "resume"} />
                    <input type="hidden" name="id" value={s.id} />
                    <Button appearance="secondary" aria-label={t(s.status === "active" ? "webhooks.pauseNamed" : "webhooks.resumeNamed", { url: s.url })}>
                      {t(s.status === "active" ? "webhooks.pause" : "webhooks.resume")}
                    </Button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="roll" />
                    <input type="hidden" name="id" value={s.id} />
                    <Button appearance="secondary" aria-label={t("webhooks.rollNamed", { url: s.url })}>
                      {t("webhooks.roll")}
                    </Button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={s.id} />
                    <Button appearance="secondary" danger aria-label={t("webhooks.removeNamed", { url: s.url })}>
                      {t("webhooks.remove")}
                    </Button>
                  </Form>
                </div>
              ),
            },
          ]}
        />
      )}

      <section className="th-stack th-narrow" aria-labelledby="toevoegen">
        <Heading level={2} id="toevoegen">
          {t("webhooks.add")}
        </Heading>
        <ErrorSummary errors={addErrors} labels={{ url: t("webhooks.add.url"), eventTypes: t("webhooks.add.events") }} />
        <Form method="post" noValidate className="th-stack" key={secret?.value ?? JSON.stringify(values)}>
          <input type="hidden" name="intent" value="add" />
          <TextField
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            label={t("webhooks.add.url")}
            description={t("webhooks.add.urlHint")}
            defaultValue={values.intent === "add" ? (values.url as string | undefined) : undefined}
            error={addErrors.url}
          />
          <CheckboxGroup
            name="eventTypes"
            legend={t("webhooks.add.events")}
            options={WEBHOOK_EVENT_TYPES.map((e) => ({ value: e, label: t(`webhooks.event.${e}`) }))}
            selected={values.intent === "add" ? chosen : []}
            error={addErrors.eventTypes}
          />
          <Button>{t("webhooks.add.submit")}</Button>
        </Form>
      </section>

      <section className="th-stack" aria-labelledby="berichten">
        <Heading level={2} id="berichten">
          {t("webhooks.deliveries")}
        </Heading>
        {deliveries.length === 0 ? (
          <Paragraph>{t("webhooks.deliveries.none")}</Paragraph>
        ) : (
          <Table
            caption={t("webhooks.deliveries.table")}
            stack
            rows={deliveries}
            rowKey={(d) => d.id}
            columns={[
              { header: t("webhooks.deliveries.when"), label: true, cell: (d) => when(d.createdAt) },
              { header: t("webhooks.deliveries.event"), cell: (d) => t(`webhooks.event.${d.eventType}`) },
              { header: t("webhooks.deliveries.url"), className: "th-break", cell: (d) => d.url },
              { header: t("webhooks.deliveries.status"), cell: (d) => t(`webhooks.delivery.${d.status}`) },
              { header: t("webhooks.deliveries.code"), cell: (d) => d.lastStatusCode ?? "—" },
              { header: t("webhooks.deliveries.attempts"), cell: (d) => d.attempts },
              { header: t("webhooks.deliveries.next"), cell: (d) => (d.status === "pending" ? when(d.nextAttemptAt) : "—") },
              { header: t("webhooks.deliveries.error"), className: "th-break", cell: (d) => d.lastError ?? "—" },
            ]}
          />
        )}
      </section>
    </div>
  );
}
