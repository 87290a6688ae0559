import type { JobDefinition } from "~/jobs/registry.server.ts";
import { syncSamlMetadata } from "./sync-saml-metadata.server.ts";

export const IDENTITY_SAML_METADATA_SYNC = "identity.saml-metadata-sync";

/**
 * Daily at 04:15: fetch again the metadata of SAML providers saved from an address, so a
 * federation's new signing certificate is taken over before it is used (ADR 033).
 */
export const identityJobs: JobDefinition[] = [
  {
    name: IDENTITY_SAML_METADATA_SYNC,
    cron: "15 4 * * *",
    async run(services) {
      await syncSamlMetadata(services, null);
    },
  },
];
