import { Form, redirect } from "react-router";
import type { Route } from "./+types/course-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getCourseForm } from "~/services/courses/get-course-form.server.ts";
import { updateCourse } from "~/services/courses/update-course.server.ts";
import { updateCourseStatus } from "~/services/courses/update-course-status.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Button, Heading, Paragraph } from "~/ui/components.tsx";
import { CourseForm } from "~/ui/course-form.tsx";
import { useT } from "~/ui/use-t.ts";
import { courseFormInput } from "./course-form.server.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const { title, ...form } = await getCourseForm(services, user, { slug: params.slug });
  return { ...form, title: `${t("courses.edit.title")}: ${title} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Cursus bewerken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read: someone who may not manage this course hears 404/403, not a field error.
  await verifyCourseAccess(services, user, { kind: "course", slug: params.slug });
  const intent = form.get("intent");
  if (intent === "archive" || intent === "republish") {
    await updateCourseStatus(services, user, { slug: params.slug, status: intent === "archive" ? "archived" : "published" });
    throw redirect(`/cursussen/${params.slug}?opgeslagen`);
  }
  const { input, publish } = courseFormInput(form);
  await updateCourse(services, user, { slug: params.slug, course: input, publish });
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
