/**
 * Numbering of goals and projects within a programme: always 1, 2, 3, … in
 * the order the coordinator chose, with no gaps after a removal. The unique
 * index on (programme, position) is checked row by row, so the service moves
 * the changed rows out of the way before giving them their new number; this
 * module only says which rows get which number.
 */
export type Numbered = { id: string; position: number };

/** The ids in their current order. */
export function currentOrder(items: readonly Numbered[]): string[] {
  return [...items].sort((a, b) => a.position - b.position).map((i) => i.id);
}

/** The order with one item moved one place up or down; unchanged at either end or when the id is unknown. */
export function moveInOrder(order: readonly string[], id: string, direction: "up" | "down"): string[] {
  const next = [...order];
  const from = next.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The new number of every row whose number changes when `order` is numbered 1…n. */
export function renumberPlan(items: readonly Numbered[], order: readonly string[]): Numbered[] {
  const known = new Map(items.map((i) => [i.id, i.position]));
  if (order.length !== items.length || order.some((id) => !known.has(id)) || new Set(order).size !== order.length) {
    throw new Error("renumberPlan: the order must hold every item exactly once");
  }
  return order.map((id, i) => ({ id, position: i + 1 })).filter((p) => known.get(p.id) !== p.position);
}

/** The next free number at the end. */
export function nextPosition(items: readonly Numbered[]): number {
  return items.reduce((max, i) => Math.max(max, i.position), 0) + 1;
}

/**
 * The projects that would serve no goal any more if this goal went: a
 * project serves at least one goal, so the goal may not be removed while
 * these depend on it alone.
 */
export function projectsOnlyServing(links: readonly { projectId: string; goalId: string }[], goalId: string): string[] {
  const goalsOf = new Map<string, Set<string>>();
  for (const l of links) goalsOf.set(l.projectId, (goalsOf.get(l.projectId) ?? new Set()).add(l.goalId));
  return [...goalsOf].filter(([, goals]) => goals.size === 1 && goals.has(goalId)).map(([projectId]) => projectId);
}
