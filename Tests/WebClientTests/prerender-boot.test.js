// The inline script that shows the server's drawing of the page (client/prerender-boot.js), run
// against a stand-in page and this tab's real storage as saved-widgets.js and session-store.js
// write it: if either module's keys moved, a returning tab would be shown a page drawn for others.
import assert from "./assert.js";
import { saveWidgets } from "../../Sources/SwiftlitWebClient/client/saved-widgets.js";
import { saveSessionId } from "../../Sources/SwiftlitWebClient/client/session-store.js";
import { refusingStorage } from "./memory-storage.js";

const source = await Deno.readTextFile(
  new URL("../../Sources/SwiftlitWebClient/client/prerender-boot.js", import.meta.url),
);
const ROOT = "/app/";

/** Stands in for the `<template id="st-prerender">` the server writes. */
class FakeTemplate {
  /** @param {Record<string, unknown>} widgets @param {boolean} reusable */
  constructor(widgets, reusable) {
    this.dataset = { widgets: JSON.stringify(widgets), reusable: String(reusable) };
    this.content = "the drawn page";
    this.removed = false;
  }
  remove() {
    this.removed = true;
  }
}

/**
 * Runs the inline script; returns what it put in the main area (`null`: nothing).
 * @param {{widgets?: Record<string, unknown>, reusable?: boolean, storage?: unknown}} page
 */
function boot({ widgets = { "slider:n": 10 }, reusable = true, storage = sessionStorage } = {}) {
  const template = new FakeTemplate(widgets, reusable);
  /** @type {unknown} */
  let shown = null;
  /** @type {Map<string, string>} */
  const rootAttributes = new Map();
  /** @type {Record<string, object>} */
  const elements = {
    "st-prerender": template,
    "st-main": { append: (/** @type {unknown} */ node) => shown = node },
    "swiftlit-app": {
      setAttribute: (/** @type {string} */ name, /** @type {string} */ value) =>
        rootAttributes.set(name, value),
    },
  };
  const document = {
    baseURI: `http://x.test${ROOT}`,
    getElementById: (/** @type {string} */ id) => elements[id] ?? null,
  };
  // deno-lint-ignore swiftlit/no-string-code -- runs the page's inline script as the page would
  const script = new Function("document", "sessionStorage", "HTMLTemplateElement", source);
  script(document, storage, FakeTemplate);
  assert.equal(template.removed, true, "the template leaves the page either way");
  assert.equal(rootAttributes.has("data-prerendered"), shown !== null);
  return shown;
}

function returningTab(
  /** @type {Record<string, import("../../Sources/SwiftlitWebClient/client/protocol.js").WidgetValue>} */ widgets,
) {
  sessionStorage.clear();
  saveSessionId(ROOT, "s-1");
  saveWidgets(sessionStorage, ROOT, widgets, Date.now());
}

Deno.test("a new tab is shown the drawn page", () => {
  sessionStorage.clear();
  assert.equal(boot(), "the drawn page");
});

Deno.test("a returning tab is shown it only with the values it was drawn with, and no st.session", () => {
  returningTab({ "slider:n": 10 });
  assert.equal(boot(), "the drawn page");
  assert.equal(boot({ reusable: false }), null, "the app used st.session: the tab's own session may differ");
  returningTab({ "slider:n": 40 });
  assert.equal(boot(), null, "the tab's slider is elsewhere");
  returningTab({ "slider:n": 10, "checkbox:more": true });
  assert.equal(boot(), null, "the tab holds a widget the drawing does not");
  sessionStorage.clear();
});

Deno.test("a tab whose storage refuses every call is a new tab", () => {
  assert.equal(boot({ storage: refusingStorage }), "the drawn page");
});
