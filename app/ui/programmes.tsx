import type { MilestoneState, Rag } from "~/domain/programmes/status.ts";
import { useT } from "~/ui/use-t.ts";

/** A RAG status as a coloured label with its meaning in words (never colour alone). */
export function RagBadge({ rag }: { rag: Rag | null }) {
  const t = useT();
  return <span className={`th-rag th-rag--${rag ?? "none"}`}>{t(`programmes.rag.${rag ?? "none"}`)}</span>;
}

export function MilestoneBadge({ state }: { state: MilestoneState }) {
  const t = useT();
  return <span className={`th-milestone th-milestone--${state}`}>{t(`programmes.state.${state}`)}</span>;
}
