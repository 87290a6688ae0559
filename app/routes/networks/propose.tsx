import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/propose";
import { requestContext, servicesContext } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { formInput, optionalText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { listText, PROFILE_FIELDS, profileSchema, type ProfileField, type ProfileValues } from "~/domain/networks/profile-fields.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getProposalForm } from "~/services/networks/get-proposal-form.server.ts";
import { proposeNetworkChange } from "~/services/networks/propose-network-change.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const t = translator(actor.locale ?? context.get(requestContext).locale);
  const form = await getProposalForm(context.get(servicesContext), actor, { slug: params.slug });
  const search = new URL(request.url).searchParams;
  return {
    ...form,
    sent: search.has("verzonden"),
    // Only for whom a change is taken over: to anyone else the address alone would say something false.
    applied: form.appliesAtOnce && search.has("overgenomen"),
    title: t(form.appliesAtOnce ? "networks.proposals.update.title" : "networks.proposals.propose.title", { name: form.network.name }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Wijziging voorstellen"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Someone who may not propose (an unverified address) hears that before the form is read.
  if (!(await getProposalForm(services, actor, { slug: params.slug })).mayPropose) throw forbidden("networks.proposals.error.unverified");
  const schema = z.intersection(
    profileSchema({ maxYear: services.clock.now().getFullYear() + 1 }),
    // A missing or altered version is no error: the change then waits as a proposal.
    z.object({ note: optionalText(2000), seenAt: z.iso.datetime().optional().catch(undefined) }),
  );
  const { note, seenAt, ...proposed } = formInput(schema, form);
  const { applied } = await proposeNetworkChange(services, actor, { slug: params.slug, proposed: proposed as ProfileValues, note, seenAt: seenAt ? new Date(seenAt) : undefined });
  throw redirect(`/netwerken/${encodeURIComponent(params.slug)}/wijzigen?${applied ? "overgenomen" : "verzonden"}=1`);
});

/** The value a field shows: what was typed (after an error), else the profile as it is. */
function shown(field: ProfileField, current: ProfileValues, values: Record<string, string | string[]> | undefined): string | string[] {
  if (values) {
    if (field.type === "list" && field.options) {
      const typed = values[`${field.name}[]`];
      return Array.isArray(typed) ? typed : typed ? [typed] : [];
    }
    const typed = values[field.name];
    return Array.isArray(typed) ? typed.join("\n") : (typed ?? "");
  }
  const value = current[field.name];
  if (Array.isArray(value)) return field.options ? value : listText(value);
  return value === null ? "" : String(value);
}

export default function NetworkProposePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network, current, mayPropose, sent, applied, appliesAtOnce } = loaderData;
  const profileHref = `/netwerken/${network.slug}`;
  if (applied) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("networks.proposals.update.doneTitle")}</Heading>
        <Alert type="ok">
          <Paragraph>{t("networks.proposals.update.done", { name: network.name })}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to={profileHref}>{t("networks.proposals.update.view", { name: network.name })}</Link>
        </Paragraph>
      </div>
    );
  }
  if (sent) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("networks.proposals.propose.sentTitle")}</Heading>
        <Alert type="ok">
          <Paragraph>{t("networks.proposals.propose.sent", { name: network.name })}</Paragraph>
        </Alert>
        <Paragraph>
          <Link to={profileHref}>{t("networks.proposals.propose.back")}</Link>
        </Paragraph>
      </div>
    );
  }

  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = actionData?.values;
  const labels = Object.fromEntries([...PROFILE_FIELDS.map((f) => [f.name, t(f.label)]), ["note", t("networks.proposals.propose.note")]]);
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      {!mayPropose ? (
        <>
          <Alert type="warning">
            <Paragraph>{t("networks.proposals.error.unverified")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to={profileHref}>{t("networks.proposals.propose.back")}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t(appliesAtOnce ? "networks.proposals.update.intro" : "networks.proposals.propose.intro", { name: network.name })}</Paragraph>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" noValidate className="th-stack">
            {/* After a refusal, still the version the person first saw: their typed values are based on it. */}
            <input type="hidden" name="seenAt" value={typeof values?.seenAt === "string" ? values.seenAt : loaderData.seenAt} />
            {PROFILE_FIELDS.map((field) => (
              <ProfileInput key={field.name} field={field} value={shown(field, current, values)} current={current} error={errors[field.name]} />
            ))}
            <TextArea
              name="note"
              label={t("networks.proposals.propose.note")}
              description={t("networks.proposals.propose.noteHint")}
              defaultValue={typeof values?.note === "string" ? values.note : ""}
              error={errors.note}
              rows={3}
            />
            <Button>{t(appliesAtOnce ? "networks.proposals.update.submit" : "networks.proposals.propose.submit")}</Button>
          </Form>
          <Paragraph>
            <Link to={profileHref}>{t("networks.proposals.propose.back")}</Link>
          </Paragraph>
        </>
      )}
    </div>
  );
}

function ProfileInput({ field, value, current, error }: { field: ProfileField; value: string | string[]; current: ProfileValues; error?: string }) {
  const t = useT();
  const label = (
    <>
      {t(field.label)}
      {field.required ? null : <span className="th-optional"> {t("networks.proposals.optional")}</span>}
    </>
  );
  const description = field.hint ? t(field.hint) : undefined;
  const text = Array.isArray(value) ? value.join("\n") : value;
  switch (field.type) {
    case "longtext":
      return (
        <TextArea
          name={field.name}
          label={label}
          description={description}
          error={error}
          defaultValue={text}
          rows={field.name === "description" ? 10 : 3}
        />
      );
    case "choice": {
      // A value the profile already holds stays selectable, even when the vocabulary does not list it.
      const held = current[field.name];
      const options = [...(field.options ?? [])];
      if (typeof held === "string" && held && !options.includes(held)) options.push(held);
      return (
        <SelectField
          name={field.name}
          label={label}
          description={description}
          error={error}
          defaultValue={text}
          placeholder={t("networks.proposals.choice.none")}
          options={options.map((o) => ({ value: o, label: o }))}
        />
      );
    }
    case "list":
      if (field.options) {
        const held = current[field.name];
        const options = [...field.options];
        if (Array.isArray(held)) for (const item of held) if (!options.includes(item)) options.push(item);
        return (
          <CheckboxGroup
            name={field.name}
            legend={t(field.label)}
            options={options.map((o) => ({ value: o, label: o }))}
            selected={Array.isArray(value) ? value : []}
            error={error}
          />
        );
      }
      return <TextArea name={field.name} label={label} description={description} error={error} defaultValue={text} rows={4} />;
    case "year":
      return (
        <TextField
          name={field.name}
          label={label}
          description={description}
          error={error}
          defaultValue={text}
          inputMode="numeric"
          autoComplete="off"
          className="th-input-year"
        />
      );
    default:
      return (
        <TextField
          name={field.name}
          label={label}
          description={description}
          error={error}
          defaultValue={text}
          type={field.type === "email" ? "email" : field.type === "url" ? "url" : "text"}
          spellCheck={field.type === "email" || field.type === "url" ? false : undefined}
        />
      );
  }
}
