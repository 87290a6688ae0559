import type { AppServices } from "~/context.ts";

// Placeholder until the demo data lands.
export async function seedIfEmpty(_services: AppServices): Promise<{ password: string } | null> {
  return null;
}
