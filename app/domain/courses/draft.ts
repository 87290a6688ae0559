import { TOPIC_LABELS, type CourseLevel, type CourseTopic, type NeedFormat } from "./vocabulary.ts";

export type NeedForDraft = { topic: string; description: string; employeeCount: number; level: CourseLevel; preferredFormat: NeedFormat; companyName: string };

/**
 * A draft course shaped from a group of needs: their topics, the level most
 * employees need, the format most of them prefer, and a description that
 * lists what each company asked for, for the provider to rewrite.
 */
export function draftFromNeeds(needs: NeedForDraft[]) {
  const weight = <K extends string>(key: (n: NeedForDraft) => K) => {
    const totals = new Map<K, number>();
    for (const n of needs) totals.set(key(n), (totals.get(key(n)) ?? 0) + n.employeeCount);
    return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  };
  const topics = weight((n) => n.topic);
  const formats = weight((n) => n.preferredFormat).filter((f) => f !== "no_preference");
  const employees = needs.reduce((sum, n) => sum + n.employeeCount, 0);
  const mainTopic = TOPIC_LABELS[topics[0] as CourseTopic] ?? topics[0] ?? "";
  return {
    title: mainTopic ? `${mainTopic} (concept)` : "",
    summary: needs.length ? `Cursus op maat voor ${needs.length === 1 ? "1 bedrijf" : `${needs.length} bedrijven`} met samen ${employees} medewerkers.` : "",
    description: needs.map((n) => `- ${n.companyName} (${n.employeeCount} medewerkers): ${n.description}`).join("\n"),
    topics,
    level: weight((n) => n.level)[0] ?? "none",
    format: formats[0] ?? "physical_hub",
    targetGroups: ["werknemers"],
  };
}
