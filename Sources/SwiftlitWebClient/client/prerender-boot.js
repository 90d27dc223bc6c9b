// Decides whether this tab may show the text the server drew for the page request
// (server.prerender). The server inlines this classic script in the page's head, before the
// stylesheet so that it does not wait for it, after the `<meta name="st-prerender">` that says what
// the drawing was made with; it names the script's hash in the CSP. Comment lines (`//`, and one-line
// `/** … */`) are left out of the page. The drawing itself follows in the main area, inside
// `.st-prerendered`; main.js removes it when the first run's changes arrive.
//
// The server ran the app as for a new tab. A tab that comes back (a reload, back to the app) sends
// its own widget values and resumes its session, whose page may differ: the drawing is shown then
// only when the tab's saved values are the ones the server drew with and the app did not use
// `st.session`; otherwise the page is marked `data-prerender="stale"`, which hides the drawing
// (elements.css), and waits for the run as without prerendering. The storage keys are those of
// saved-widgets.js and session-store.js (prerender-boot.test.js checks them).
(() => {
  // Its work is done once it ran: the page keeps no script element.
  document.currentScript?.remove();
  const facts = document.querySelector('meta[name="st-prerender"]');
  if (facts === null) return;
  const root = new URL(document.baseURI).pathname;
  /** @type {string | null} */
  let savedWidgets = null;
  /** @type {string | null} */
  let savedSession = null;
  try {
    savedWidgets = sessionStorage.getItem("swiftlit.widgets:" + root);
    savedSession = sessionStorage.getItem("swiftlit.sessionId:" + root);
  } catch {
    // No storage (a privacy mode): the tab cannot come back to a session.
  }
  if (savedWidgets === null && savedSession === null) return;
  const stale = () => document.documentElement.setAttribute("data-prerender", "stale");
  if (facts.getAttribute("data-reusable") !== "true") return stale();
  /** @type {Record<string, unknown>} */
  let saved = {};
  try {
    saved = JSON.parse(savedWidgets ?? "{}").widgets ?? {};
  } catch {
    return stale();
  }
  const drawn = JSON.parse(facts.getAttribute("data-widgets") ?? "{}");
  for (const id of new Set([...Object.keys(saved), ...Object.keys(drawn)])) {
    if (JSON.stringify(saved[id]) !== JSON.stringify(drawn[id])) return stale();
  }
})();
