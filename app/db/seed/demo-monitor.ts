import type { Db } from "../client.server.ts";
import { indicator, indicatorValue } from "../schema/index.ts";

/**
 * The only figures the seed documents give, each with the document it comes
 * from. No values are made up between them: the Utrecht share is known at
 * the start and the end of the five years, nothing in between.
 */
const SEED_004 = "TechNet Utrecht: nieuwe lokale samenwerking voor meer leerlingen in de techniek (6 juni 2017)";

export const DEMO_INDICATORS = [
  {
    code: "vmbo-techniek-aandeel",
    name: "Aandeel vmbo-leerlingen in een technische richting",
    unit: "%",
    description: "Deel van de vmbo-leerlingen dat een technisch profiel of een technische richting kiest.",
  },
  {
    code: "vacatures-bouw-groei",
    name: "Groei van het aantal vacatures in de bouwnijverheid",
    unit: "% t.o.v. vorig jaar",
    description: "Toename van het aantal openstaande vacatures in de bouw ten opzichte van het jaar ervoor.",
  },
  {
    code: "nieuwe-technische-banen",
    name: "Nieuwe banen in de technische sector per jaar",
    unit: "aantal (ongeveer)",
    description: "Het aantal technische banen dat er landelijk elk jaar bij komt, naar schatting.",
  },
];

export const DEMO_VALUES: { indicator: string; network: string | null; region: string; period: string; value: number; source: string }[] = [
  { indicator: "vmbo-techniek-aandeel", network: "technet-utrecht", region: "Regio Utrecht", period: "2011-2012", value: 17, source: `${SEED_004}: "in de afgelopen vijf jaar van 17% gedaald naar 11%"` },
  { indicator: "vmbo-techniek-aandeel", network: "technet-utrecht", region: "Regio Utrecht", period: "2016-2017", value: 11, source: `${SEED_004}: "in de afgelopen vijf jaar van 17% gedaald naar 11%"` },
  { indicator: "vacatures-bouw-groei", network: "technet-utrecht", region: "Regio Utrecht", period: "2016", value: 78, source: "UWV, Regio in beeld 2016 (aangehaald in " + SEED_004 + ")" },
  { indicator: "nieuwe-technische-banen", network: null, region: "Nederland", period: "2017", value: 3000, source: `${SEED_004}: "jaarlijks komen er landelijk drieduizend nieuwe banen bij"` },
];

export async function seedDemoMonitor(tx: Db, ids: { networks: Map<string, string> }) {
  const rows = await tx.insert(indicator).values(DEMO_INDICATORS).returning({ id: indicator.id, code: indicator.code });
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  await tx.insert(indicatorValue).values(
    DEMO_VALUES.map((v) => {
      const networkId = v.network ? ids.networks.get(v.network) : null;
      if (networkId === undefined) throw new Error(`Demo monitor refers to an unknown network: ${v.network}`);
      return { indicatorId: idOf.get(v.indicator)!, networkId, region: v.region, period: v.period, value: v.value, source: v.source };
    }),
  );
}
