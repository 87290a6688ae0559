import { Form, redirect } from "react-router";
import type { Route } from "./+types/import";
import { requestContext, servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { invalid } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type FormRefusalData, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createOnboardingImport } from "~/services/onboarding/create-onboarding-import.server.ts";
import { getOnboardingNetwork } from "~/services/onboarding/get-onboarding-network.server.ts";
import { Alert, Button, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { SpreadsheetField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const network = await getOnboardingNetwork(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  return { network, title: `${t("onboarding.import.title", { name: network.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisaties importeren | Technohub" }];
}

/** The upload: the file is read and kept, and the coordinator goes on to its preview. */
export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Who may not import hears 403 (a visitor: the sign-in page) before anything sent is read.
  await getOnboardingNetwork(services, user, { slug });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw invalid("onboarding.import.fileRequired", "file");
  const { id } = await createOnboardingImport(services, user, { slug, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
  throw redirect(`/netwerken/${slug}/organisaties-importeren/${id}`);
});

export default function OnboardingImport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network } = loaderData;
  const fileError = (actionData as Partial<FormRefusalData> | undefined)?.errors?.file;
  const base = `/netwerken/${network.slug}/organisaties-importeren`;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/netwerken/${network.slug}`}>← {network.name}</Link>
      </Paragraph>
      <Heading level={1}>{t("onboarding.import.title", { name: network.name })}</Heading>
      {fileError ? (
        <Alert type="error">
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href="#f-file">
              {t(fileError)}
            </a>
          </p>
        </Alert>
      ) : null}
      <Paragraph>{t("onboarding.import.intro")}</Paragraph>
      <Heading level={2}>{t("onboarding.import.templateHeading")}</Heading>
      <UnorderedList>
        <li>
          <a className="utrecht-link" href={`${base}/sjabloon/xlsx`} download>
            {t("onboarding.import.templateXlsx")}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={`${base}/sjabloon/csv`} download>
            {t("onboarding.import.templateCsv")}
          </a>
        </li>
      </UnorderedList>
      <Paragraph className="th-muted">{t("onboarding.import.columns")}</Paragraph>
      <Paragraph className="th-muted">{t("onboarding.import.itemsXlsxOnly")}</Paragraph>
      <Form method="post" encType="multipart/form-data" className="th-stack th-narrow">
        <SpreadsheetField name="file" label={t("onboarding.import.file")} error={fileError} />
        <Button>{t("onboarding.import.submit")}</Button>
      </Form>
      <Paragraph>
        <Link to={`/netwerken/${network.slug}/uitnodigingen`}>{t("onboarding.import.invitationsLink")}</Link>
      </Paragraph>
    </div>
  );
}
