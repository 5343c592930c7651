/*
 * Links made before heading ids were shared point at a translation's own ids (often
 * percent-encoded Chinese), which the headings keep as `data-old-id`. This inline script,
 * rendered after the article body, scrolls such a fragment to its heading under the shared id,
 * on load and when the hash changes; no bundle, and the same bytes on every page.
 */
const script = `(function(){function g(){var h=location.hash.slice(1),t;try{h=decodeURIComponent(h)}catch(e){}if(h&&!document.getElementById(h)&&(t=document.querySelector('[data-old-id="'+CSS.escape(h)+'"]'))){history.replaceState(history.state,'','#'+t.id);t.scrollIntoView()}}g();addEventListener('hashchange',g)})()`;

export function LegacyAnchorScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
