import { article, offer, tipPage } from "~/db/schema/index.ts";
import type { ModeratedKind } from "~/domain/admin/rules.ts";

/** The table behind each kind of moderated content; each has id, title and hidden_at. */
export const CONTENT_TABLES = { article, offer, tip: tipPage } as const satisfies Record<ModeratedKind, typeof article | typeof offer | typeof tipPage>;
