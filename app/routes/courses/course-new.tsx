import { redirect } from "react-router";
import type { Route } from "./+types/course-new";
import { requestContext, servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createCourse } from "~/services/courses/create-course.server.ts";
import { getNewCourseForm } from "~/services/courses/get-new-course-form.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Alert, Heading, Paragraph } from "~/ui/components.tsx";
import { CourseForm } from "~/ui/course-form.tsx";
import { useT } from "~/ui/use-t.ts";
import { courseFormInput } from "./course-form.server.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  // "Maak een conceptcursus" on the demand view sends the chosen needs here.
  const needIds = new URL(request.url).searchParams.getAll("behoefte");
  const form = await getNewCourseForm(services, user, { needIds });
  return { ...form, title: `${t("courses.new.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Cursus toevoegen | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only a provider's people add courses: the others hear so even for an empty form.
  await verifyCourseAccess(services, user, { kind: "provider" });
  const { input, publish, originNeedIds } = courseFormInput(form);
  const created = await createCourse(services, user, { course: input, publish, originNeedIds });
  throw redirect(`/cursussen/${created.slug}/sessies?${publish ? "gepubliceerd" : "opgeslagen"}`);
});

export default function NewCourse({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.new.title")}</Heading>
      <Paragraph lead>{t("courses.new.intro")}</Paragraph>
      {loaderData.fromNeeds ? <Alert type="info">{t("courses.new.fromNeeds", { count: loaderData.fromNeeds })}</Alert> : null}
      <CourseForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        providers={loaderData.providers}
        networks={loaderData.networks}
        cancelTo="/opleider"
        published={false}
      />
    </div>
  );
}
