import { courseFormSchema, type CourseInput } from "~/domain/courses/forms.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { formInput } from "~/lib/forms.ts";

/** The course form as the use-case's input; a refused form throws (the route wrapper shows it beside the fields). */
export function courseFormInput(form: FormData) {
  const { price, intent, ...rest } = formInput(courseFormSchema, form);
  const input: CourseInput = { ...rest, priceCents: price };
  // Checked again against the needs this person may see before they are linked (see course-new).
  const originNeedIds = form.getAll("originNeedIds[]").filter(isUuid).slice(0, 50);
  return { input, publish: intent === "publish", originNeedIds };
}
