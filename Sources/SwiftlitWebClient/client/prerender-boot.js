// Shows the text the server drew for this page request (server.prerender), before the stylesheet
// and the client's bundle have even arrived. The server inlines this classic script after the
// `<template id="st-prerender">` it fills, and names its hash in the CSP; comment lines (`//`, and
// one-line `/** … */`) are left out of the page. main.js clears what it shows when the first run arrives.
//
// The server ran the app as for a new tab. A tab that comes back (a reload, back to the app) sends
// its own widget values and resumes its session, whose page may differ: the drawn page is shown
// then only when the tab's saved values are the ones the server drew with and the app did not use
// `st.session`. Otherwise the page waits for the run, as without prerendering. The storage keys
// are those of saved-widgets.js and session-store.js (prerender-boot.test.js checks them).
(() => {
  // Its work is done once it ran: the page keeps no script element in the app's part.
  document.currentScript?.remove();
  const template = document.getElementById("st-prerender");
  if (!(template instanceof HTMLTemplateElement)) return;
  template.remove();
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
  if (savedWidgets !== null || savedSession !== null) {
    if (template.dataset.reusable !== "true") return;
    /** @type {Record<string, unknown>} */
    let saved = {};
    try {
      saved = JSON.parse(savedWidgets ?? "{}").widgets ?? {};
    } catch {
      return;
    }
    const drawn = JSON.parse(template.dataset.widgets ?? "{}");
    const ids = new Set([...Object.keys(saved), ...Object.keys(drawn)]);
    for (const id of ids) {
      if (JSON.stringify(saved[id]) !== JSON.stringify(drawn[id])) return;
    }
  }
  document.getElementById("st-main")?.append(template.content);
  document.getElementById("swiftlit-app")?.setAttribute("data-prerendered", "");
})();
