/**
 * The network of a new event or programme (ADR 024, tenth pass). Few networks: a select in the form.
 * Many: a first step that finds the network by name (a GET form and links, so it works without
 * JavaScript), then the form with the network fixed, shown as text with a link to choose another.
 */
import { Form } from "react-router";
import { chosenNetworkHref, NETWORK_QUERY_PARAM, type NetworkChoice } from "~/domain/common/network-choice.ts";
import { Button, Heading, Link, Paragraph } from "./components.tsx";
import { SelectField, TextField } from "./form.tsx";
import { useT } from "./use-t.ts";

type SearchStep = Extract<NetworkChoice, { step: "search" }>;
/** What the form itself shows: the select of a few, or the one chosen. */
export type NetworkInForm = Exclude<NetworkChoice, SearchStep>;

/** What the search step says about what it found. */
function statusOf({ query, found, close, networks }: SearchStep): [string, Record<string, string | number>] {
  if (query === "") return ["networkChoice.firstByName", { count: networks.length }];
  if (found === 0) return ["networkChoice.noneFound", { query }];
  if (close) return ["networkChoice.close", { query }];
  if (found > networks.length) return ["networkChoice.foundFirst", { count: found, shown: networks.length }];
  return ["networkChoice.found", { count: found }];
}

/** Step one when there are many networks: type part of the name, pick one of what is found. `path` is the form's page. */
export function NetworkSearchStep({ choice, path }: { choice: SearchStep; path: string }) {
  const t = useT();
  const { query, total, networks, error } = choice;
  // The country has networks of the same name, kind and province: their address tells them apart.
  const repeated = new Set(networks.filter((n, i) => networks.findIndex((m) => m.name === n.name) !== i).map((n) => n.name));
  return (
    <section className="th-stack" aria-labelledby="netwerk-kiezen">
      <Heading level={2} id="netwerk-kiezen">
        {t("networkChoice.heading")}
      </Heading>
      <Form method="get" action={path} className="th-stack" role="search" aria-label={t("networkChoice.heading")}>
        <TextField
          name={NETWORK_QUERY_PARAM}
          label={t("networkChoice.search")}
          description={t("networkChoice.searchHelp", { count: total })}
          defaultValue={query}
          error={error}
          autoComplete="off"
        />
        <Button appearance="secondary">{t("networkChoice.find")}</Button>
      </Form>
      <Paragraph role="status">{t(...statusOf(choice))}</Paragraph>
      {networks.length > 0 ? (
        <ul className="utrecht-unordered-list th-tap-list" aria-label={t("networkChoice.results")}>
          {networks.map((n) => (
            <li key={n.id}>
              <Link to={chosenNetworkHref(path, n.slug)}>{n.name}</Link>
              <span className="th-muted">{[n.province, repeated.has(n.name) ? `/netwerken/${n.slug}` : null].filter(Boolean).map((part) => ` · ${part}`).join("")}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The network inside the form: a select of a few, or the chosen one as text with a hidden field and a link to choose again. */
export function NetworkField({ choice, value, error, label, path }: { choice: NetworkInForm; value: string; error?: string; label: string; path: string }) {
  const t = useT();
  if (choice.step === "select") {
    const { networks } = choice;
    return (
      <SelectField
        name="networkId"
        label={label}
        options={networks.map((n) => ({ value: n.id, label: n.name }))}
        placeholder={networks.length > 1 ? "" : undefined}
        defaultValue={value || (networks.length === 1 ? networks[0]!.id : "")}
        error={error ?? choice.error}
        required
      />
    );
  }
  const { network } = choice;
  return (
    <div className={`utrecht-form-field${error ? " utrecht-form-field--invalid" : ""}`} id="f-networkId">
      <Paragraph>
        <span className="utrecht-form-label">{label}</span>: <strong>{network.name}</strong>
        {network.province ? <span className="th-muted"> ({network.province})</span> : null}
        {choice.among > 1 ? (
          <>
            {" "}
            <Link to={path}>{t("networkChoice.change")}</Link>
          </>
        ) : null}
      </Paragraph>
      {error ? <div className="utrecht-form-field__error-message utrecht-form-field-error-message">{t(error)}</div> : null}
      <input type="hidden" name="networkId" value={network.id} />
    </div>
  );
}
