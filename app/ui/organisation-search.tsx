import { Form } from "react-router";
import { Button, Paragraph } from "./components.tsx";
import { TextField } from "./form.tsx";
import { useT } from "./use-t.ts";

/**
 * Find an organisation by name before picking it in the form below (ADR 019): a GET form, so it
 * works without JavaScript, and the page's select then offers what was found instead of every
 * organisation in the country.
 */
export function OrganisationSearch({ query, found, label, help }: { query: string; found: number; label: string; help: string }) {
  const t = useT();
  return (
    <>
      <Form method="get" className="th-stack" role="search" aria-label={label}>
        <TextField name="organisatie" label={label} description={help} defaultValue={query} />
        <Button appearance="secondary">{t("organisationSearch.find")}</Button>
      </Form>
      {query && found === 0 ? <Paragraph role="status">{t("organisationSearch.noneFound", { query })}</Paragraph> : null}
    </>
  );
}
