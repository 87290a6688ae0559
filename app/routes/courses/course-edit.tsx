import { Form, redirect } from "react-router";
import type { Route } from "./+types/course-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { findManagedCourse } from "~/services/courses/find-managed-course.server.ts";
import { networksOfProviders, organisationsOf } from "~/services/courses/scope.server.ts";
import { setCourseStatus, updateCourse } from "~/services/courses/update-course.server.ts";
import { Button, Heading, Paragraph } from "~/ui/components.tsx";
import { CourseForm } from "~/ui/course-form.tsx";
import { useT } from "~/ui/use-t.ts";
import { courseFormInput } from "./course-form.server.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const c = await findManagedCourse(services.db, user, params.slug);
  const providers = await organisationsOf(services.db, user, "provider");
  const networks = await networksOfProviders(services.db, [...new Set([c.providerId, ...providers.map((p) => p.id)])]);
  const values = {
    providerId: c.providerId,
    networkId: c.networkId ?? "",
    title: c.title,
    summary: c.summary,
    description: c.description,
    topics: c.topics,
    targetGroups: c.targetGroups,
    level: c.level,
    format: c.format,
    duration: c.duration,
    price: c.priceCents ? (c.priceCents / 100).toFixed(2).replace(".", ",") : "0",
    leadsTo: c.leadsTo,
  };
  return { slug: c.slug, status: c.status, providers, networks, values, title: `${t("courses.edit.title")}: ${c.title} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Cursus bewerken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read: someone who may not manage this course hears 404/403, not a field error.
  await findManagedCourse(services.db, user, params.slug);
  const intent = form.get("intent");
  if (intent === "archive" || intent === "republish") {
    await setCourseStatus(services, user, params.slug, intent === "archive" ? "archived" : "published");
    throw redirect(`/cursussen/${params.slug}?opgeslagen`);
  }
  const { input, publish } = courseFormInput(form);
  await updateCourse(services, user, params.slug, input, { publish });
  throw redirect(`/cursussen/${params.slug}?${publish ? "gepubliceerd" : "opgeslagen"}`);
});

export default function EditCourse({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.edit.title")}</Heading>
      <Paragraph>{t(`courses.page.status.${loaderData.status}`)}</Paragraph>
      <CourseForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        providers={loaderData.providers}
        networks={loaderData.networks}
        cancelTo={`/cursussen/${loaderData.slug}`}
        published={loaderData.status === "published"}
      />
      {loaderData.status !== "draft" ? (
        <Form method="post">
          <input type="hidden" name="intent" value={loaderData.status === "published" ? "archive" : "republish"} />
          <Button appearance="secondary">{loaderData.status === "published" ? t("courses.edit.archive") : t("courses.edit.republish")}</Button>
        </Form>
      ) : null}
    </div>
  );
}
