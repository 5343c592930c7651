/*
 * Links made before heading ids were shared point at a translation's own ids (often
 * percent-encoded Chinese). This inline script, rendered after the article body, maps such a
 * fragment to the shared id and scrolls there, on load and when the hash changes; no bundle.
 */
const script = (anchors: string) =>
  `(function(m){function go(){var h=location.hash.slice(1);if(!h)return;try{h=decodeURIComponent(h)}catch(e){}var id=m[h];if(!id||document.getElementById(h))return;var t=document.getElementById(id);if(!t)return;history.replaceState(history.state,'','#'+encodeURIComponent(id));t.scrollIntoView({block:'start'});}go();addEventListener('hashchange',go);})(${anchors});`;

export interface LegacyAnchorScriptProps {
  /** Old anchor → shared id. */
  anchors: Record<string, string>;
}

export function LegacyAnchorScript({ anchors }: LegacyAnchorScriptProps) {
  return <script dangerouslySetInnerHTML={{ __html: script(JSON.stringify(anchors).replace(/</g, '\\u003c')) }} />;
}
