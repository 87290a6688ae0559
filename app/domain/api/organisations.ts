/**
 * Organisations as the API offers them (ADR 028): what /organisaties shows a visitor (name, kind,
 * place, province) and nothing else: no people, no addresses of people, no unverified details.
 */
import { z } from "zod";
import { itemsOf } from "./fields.ts";
import { ORGANISATION_KINDS } from "../networks/vocabulary.ts";
import { PROVINCES } from "../common/provinces.ts";
import { PageInfo, PageLinks, pageQuery } from "./paging.ts";

export const OrganisationListQuery = z.strictObject({
  q: z.string().trim().max(200).optional().meta({ description: "Part of the name (a typo is tolerated).", example: "techniek" }),
  kind: z.enum(ORGANISATION_KINDS).optional().meta({ description: "Kind of organisation.", example: "company" }),
  // The twelve the page's filter offers, spelt as stored. The page falls back to no filter on an
  // unknown one; a client gets a 400 naming `province` instead, or it would read every province's.
  province: z.enum(PROVINCES).optional().meta({ description: "Only the organisations in this province.", example: "Utrecht" }),
  ...pageQuery,
});

export const Organisation = z
  .object({
    slug: z.string().meta({ example: "kiremko" }),
    name: z.string().meta({ example: "Kiremko" }),
    kind: z.enum(ORGANISATION_KINDS),
    place: z.string().nullable().meta({ example: "Montfoort" }),
    province: z.string().nullable().meta({ example: "Utrecht" }),
    url: z.url().meta({ description: "The organisation's page on Technohub." }),
  })
  .meta({ id: "Organisation", description: "A school, company, provider, public body or fund (public fields only)." });

export const OrganisationList = z.object({ organisations: itemsOf(Organisation), page: PageInfo, links: PageLinks }).meta({ id: "OrganisationList" });
