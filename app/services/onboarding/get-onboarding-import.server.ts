import type { Actor, AppServices } from "~/context.ts";
import type { DuplicateMatch, OrganisationRow, RawRow, RowError } from "~/domain/onboarding/rows.ts";
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
  rows: RawRow[];
  valid: OrganisationRow[];
  errors: RowError[];
  duplicates: DuplicateMatch[];
};

/** Step 2: the preview of an uploaded file: every row, every error by row and column, every duplicate. */
export async function getOnboardingImport(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; id: string }): Promise<OnboardingPreview> {
  const network = await networkForOnboarding(services, actor, input.slug);
  const staged = await stagedImport(services.db, actor, network.id, input.id);
  const checked = await checkImport(services.db, staged.rows);
  return {
    network,
    id: staged.id,
    filename: staged.filename,
    status: staged.status,
    createdCount: staged.createdCount,
    mergedCount: staged.mergedCount,
    rows: staged.rows,
    valid: checked.valid,
    errors: [...(staged.fileErrors as RowError[]), ...checked.errors],
    duplicates: checked.duplicates,
  };
}
