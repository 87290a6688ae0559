import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/settings";
import { servicesContext } from "~/context.ts";
import { formInput } from "~/lib/forms.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { getInboxSetting } from "~/services/inbox/get-inbox-setting.server.ts";
import { updateInboxSetting } from "~/services/inbox/update-inbox-setting.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "inbox.settings.title");

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const setting = await getInboxSetting(context.get(servicesContext), user);
  return { ...setting, saved: new URL(request.url).searchParams.has("opgeslagen") };
});

const settingSchema = z.object({ mode: z.enum(["direct", "daily"], { error: "inbox.error.mode" }) });

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const { mode } = formInput(settingSchema, form);
  await updateInboxSetting(context.get(servicesContext), user, { dailyDigest: mode === "daily" });
  return redirect("/inbox/instellingen?opgeslagen=1");
});

const MODES = [
  { value: "direct", label: "inbox.settings.immediate", hint: "inbox.settings.immediateHint" },
  { value: "daily", label: "inbox.settings.digest", hint: "inbox.settings.digestHint" },
] as const;

/** "Direct per e-mail" or "Eén dagelijkse samenvatting". */
export default function InboxSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors = actionData?.errors ?? null;
  const chosen = loaderData.dailyDigest ? "daily" : "direct";
  return (
    <div className="th-stack">
      <Heading level={1}>{t("inbox.settings.title")}</Heading>
      {loaderData.saved && !actionData ? (
        <Alert type="ok" role="status">
          <Paragraph>{t("inbox.settings.saved")}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} labels={{ mode: t("inbox.settings.legend") }} />
      <Form method="post" className="th-stack" noValidate>
        <fieldset
          className={errors?.mode ? "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--invalid" : "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset"}
          aria-describedby={errors?.mode ? "f-mode-error" : undefined}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("inbox.settings.legend")}</legend>
          {errors?.mode ? (
            <div className="utrecht-form-field-error-message" id="f-mode-error">
              {t(errors.mode)}
            </div>
          ) : null}
          {MODES.map((mode, i) => (
            <div className="utrecht-form-field utrecht-form-field--radio" key={mode.value}>
              <input
                className="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                id={i === 0 ? "f-mode" : `f-mode-${mode.value}`}
                name="mode"
                value={mode.value}
                defaultChecked={chosen === mode.value}
                aria-describedby={`f-mode-${mode.value}-hint`}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={i === 0 ? "f-mode" : `f-mode-${mode.value}`}>
                {t(mode.label)}
              </label>
              <div className="utrecht-form-field-description" id={`f-mode-${mode.value}-hint`}>
                {t(mode.hint)}
              </div>
            </div>
          ))}
        </fieldset>
        <Paragraph>{t("inbox.settings.always")}</Paragraph>
        <div>
          <Button>{t("inbox.settings.submit")}</Button>
        </div>
      </Form>
      <Paragraph>
        <Link to="/inbox">{t("inbox.settings.back")}</Link>
      </Paragraph>
    </div>
  );
}
