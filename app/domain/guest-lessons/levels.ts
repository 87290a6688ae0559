import { LESSON_LEVELS, type LessonLevel } from "./vocabulary.ts";

/**
 * Schools record their levels in the directory's vocabulary ("po", "vmbo-kader", …, "hbo");
 * guest lessons for primary schools are for groups 7–8 only, so "po" maps to "po-7-8" and
 * levels without guest lessons (hbo) drop out.
 */
export function schoolLevelsAsLessonLevels(levels: readonly string[]): LessonLevel[] {
  const mapped = levels.map((l) => (l === "po" ? "po-7-8" : l));
  return LESSON_LEVELS.filter((l) => mapped.includes(l));
}
