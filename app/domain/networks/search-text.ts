/**
 * The text a network is found by: its own fields plus its partners' and
 * locations' names (so "OBM" finds Technologieroute). Stored in
 * network.search_text and indexed for Dutch full text and trigrams.
 */
export type SearchableNetwork = {
  name: string;
  summary?: string | null;
  description?: string | null;
  province?: string | null;
  cooperationType?: string | null;
  economicSector?: string | null;
  educationSectors?: readonly string[];
  tags?: readonly string[];
  focusAreas?: readonly string[];
};

export function networkSearchText(network: SearchableNetwork, related: { partnerNames?: readonly string[]; locationNames?: readonly string[] } = {}): string {
  return [
    network.name,
    network.summary,
    network.description,
    network.province,
    network.cooperationType,
    network.economicSector,
    ...(network.educationSectors ?? []),
    ...(network.tags ?? []),
    ...(network.focusAreas ?? []),
    ...(related.partnerNames ?? []),
    ...(related.locationNames ?? []),
  ]
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .join("\n");
}
