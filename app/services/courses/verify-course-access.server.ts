import type { Actor, AppServices } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { findManagedCourse } from "./helpers/managed-course.server.ts";
import { findNeed } from "./helpers/need-access.server.ts";
import { organisationsOf } from "./helpers/organisation-scope.server.ts";
import { findAccessibleRegistration } from "./helpers/registration-access.server.ts";

/** What a courses form acts on; the actor must be allowed to use it before the form is read. */
export type CourseAccess =
  /** Adding a course: the actor works for a provider. */
  | { kind: "provider" }
  /** Stating a need: the actor works for a company. */
  | { kind: "company" }
  /** Changing a course, its sessions or its participants: the actor manages the course. */
  | { kind: "course"; slug: string }
  /** Cancelling or accepting a registration: its participant, employer or provider (else not found). */
  | { kind: "registration"; registrationId: string; token: string | null }
  /** Changing a need: its company's people (others who may see it: forbidden; anyone else: not found). */
  | { kind: "need"; id: string };

/**
 * Checks, before a route reads its form, that the actor may use it, so that
 * someone without the right hears 403 or 404 rather than a field error.
 */
export async function verifyCourseAccess(services: AppServices, actor: Actor, input: CourseAccess): Promise<void> {
  switch (input.kind) {
    case "provider":
      if ((await organisationsOf(services.db, actor, "provider")).length === 0) throw forbidden("courses.new.noProvider");
      return;
    case "company":
      if ((await organisationsOf(services.db, actor, "company")).length === 0) throw forbidden("courses.needs.list.noCompany");
      return;
    case "course":
      await findManagedCourse(services.db, actor, input.slug);
      return;
    case "registration":
      await findAccessibleRegistration(services.db, actor, { registrationId: input.registrationId, token: input.token });
      return;
    case "need":
      if (!(await findNeed(services.db, actor, input.id)).canEdit) throw forbidden();
      return;
  }
}
