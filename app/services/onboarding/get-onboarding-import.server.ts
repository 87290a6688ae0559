import type { Actor, AppServices } from "~/context.ts";
import type { DuplicateMatch, OrganisationRow, RawRow, RowError } from "~/domain/onboarding/rows.ts";
import type { ItemSheet } from "~/domain/onboarding/sheets.ts";
import { checkImport } from "./helpers/check-import.server.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";
import { stagedImport } from "./helpers/staged-import.server.ts";

export type OnboardingPreview = {
  network: { id: string; name: string; slug: string };
  id: string;
  filename: string;
  status: "preview" | "confirmed";
  createdCount: number | null;
  mergedCount: number | null;
  /** The organisations' rows (the first sheet). */
  rows: RawRow[];
  /** The rows of the optional sheets, with what each will be once checked. */
  items: (RawRow & { sheet: ItemSheet })[];
  valid: OrganisationRow[];
  /** Offer and course rows that are correct and have their organisation. */
  validOffers: number;
  validCourses: number;
  sessions: number;
  errors: RowError[];
  duplicates: DuplicateMatch[];
};

/** Step 2: the preview of an uploaded file: every row, every error by sheet, row and column, every duplicate. */
export async function getOnboardingImport(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; id: string }): Promise<OnboardingPreview> {
  const network = await networkForOnboarding(services, actor, input.slug);
  const staged = await stagedImport(services.db, actor, network.id, input.id);
  const checked = await checkImport(services.db, network.id, staged.rows, services.clock.now());
  return {
    network,
    id: staged.id,
    filename: staged.filename,
    status: staged.status,
    createdCount: staged.createdCount,
    mergedCount: staged.mergedCount,
    rows: staged.rows.filter((r) => !r.sheet),
    items: staged.rows.filter((r): r is RawRow & { sheet: ItemSheet } => !!r.sheet),
    valid: checked.valid,
    validOffers: checked.offers.length,
    validCourses: checked.courses.length,
    sessions: checked.courses.filter((c) => c.session).length,
    errors: [...(staged.fileErrors as RowError[]), ...checked.errors],
    duplicates: checked.duplicates,
  };
}
