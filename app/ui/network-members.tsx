import type { ProfileOrganisation } from "~/services/networks/get-network-profile.server.ts";
import { Link, UnorderedList } from "./components.tsx";
import { useT } from "./use-t.ts";

/** A network's participating organisations: on its page the first of them, on their own page all, a page at a time. */
export function NetworkMemberList({ members }: { members: ProfileOrganisation[] }) {
  const t = useT();
  return (
    <UnorderedList className="th-org-list">
      {members.map((m) => (
        <li key={m.slug} className="utrecht-unordered-list__item">
          <Link to={`/organisaties/${m.slug}`}>{m.name}</Link>
          <span className="th-muted">
            {" "}
            · {t(`networks.orgKind.${m.kind}`)}
            {m.place ? `, ${m.place}` : ""}
          </span>
        </li>
      ))}
    </UnorderedList>
  );
}
