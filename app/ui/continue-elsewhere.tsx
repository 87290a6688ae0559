import { useEffect } from "react";
import { ExternalLink, Heading, Paragraph } from "./components.tsx";

/**
 * Sends the browser on to another site (an identity provider) after one of our forms. Not by a
 * redirect from the form's answer: the Content-Security-Policy's `form-action 'self'` stops a form
 * from landing on another site, and the providers are the administrator's to add. A page that
 * moves on by itself is a new navigation: `<meta http-equiv="refresh">` without JavaScript (inside
 * `<noscript>`), the effect with it, and the link for whoever has both switched off.
 */
export function ContinueElsewhere({ url, title, text, link }: { url: string; title: string; text: string; link: string }) {
  useEffect(() => {
    window.location.assign(url);
  }, [url]);
  return (
    <div className="th-narrow th-stack">
      {/* Without JavaScript only: with it the effect navigates, and both would ask the provider twice (two LogoutRequests). */}
      <noscript>
        <meta httpEquiv="refresh" content={`0;url=${url}`} />
      </noscript>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{text}</Paragraph>
      <Paragraph className="th-break">
        <ExternalLink href={url}>{link}</ExternalLink>
      </Paragraph>
    </div>
  );
}
