import type { Actor, AppServices } from "~/context.ts";
import { progressUpdate } from "~/db/schema/index.ts";
import { forbidden, invalid } from "~/domain/errors.ts";
import { RAGS, type Rag } from "~/domain/programmes/status.ts";
import { canReportOnProject } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";

/** A progress update (text plus green/amber/red) from a coordinator or a team member. */
export async function postProgressUpdate(
  services: Pick<AppServices, "db" | "clock">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; text: string; rag: Rag },
) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  if (!(await canReportOnProject(services.db, actor, found.networkId, found.id))) throw forbidden();
  const text = input.text.trim();
  if (!text) throw invalid("programmes.update.textRequired", "text");
  if (!RAGS.includes(input.rag)) throw invalid("programmes.update.ragRequired", "rag");
  const [row] = await services.db
    .insert(progressUpdate)
    .values({ projectId: found.id, authorId: actor!.id, text, rag: input.rag, createdAt: services.clock.now() })
    .returning({ id: progressUpdate.id });
  return row!;
}
