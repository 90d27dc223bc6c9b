// The inline script that decides whether a tab shows the server's drawing (client/prerender-boot.js), run
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

/**
 * Runs the inline script against a page whose `<meta name="st-prerender">` says the drawing was made
 * with `widgets`; returns whether the tab may show it (`<html>` not marked stale).
 * @param {{widgets?: Record<string, unknown>, reusable?: boolean, storage?: unknown}} page
 */
function boot({ widgets = { "slider:n": 10 }, reusable = true, storage = sessionStorage } = {}) {
  /** @type {Record<string, string>} */
  const facts = { "data-widgets": JSON.stringify(widgets), "data-reusable": String(reusable) };
  /** @type {Map<string, string>} */
  const marks = new Map();
  const document = {
    baseURI: `http://x.test${ROOT}`,
    querySelector: (/** @type {string} */ selector) =>
      selector === 'meta[name="st-prerender"]'
        ? { getAttribute: (/** @type {string} */ name) => facts[name] ?? null }
        : null,
    documentElement: {
      setAttribute: (/** @type {string} */ name, /** @type {string} */ value) => marks.set(name, value),
    },
  };
  // deno-lint-ignore swiftlit/no-string-code -- runs the page's inline script as the page would
  const script = new Function("document", "sessionStorage", source);
  script(document, storage);
  return marks.get("data-prerender") !== "stale";
}

function returningTab(
  /** @type {Record<string, import("../../Sources/SwiftlitWebClient/client/protocol.js").WidgetValue>} */ widgets,
) {
  sessionStorage.clear();
  saveSessionId(ROOT, "s-1");
  saveWidgets(sessionStorage, ROOT, widgets, Date.now());
}

Deno.test("a new tab is shown the drawing", () => {
  sessionStorage.clear();
  assert.equal(boot(), true);
  assert.equal(boot({ reusable: false }), true, "its session is new: st.session starts empty");
});

Deno.test("a returning tab is shown it only with the values it was drawn with, and no st.session", () => {
  returningTab({ "slider:n": 10 });
  assert.equal(boot(), true);
  assert.equal(boot({ reusable: false }), false, "the app used st.session: the tab's own session may differ");
  returningTab({ "slider:n": 40 });
  assert.equal(boot(), false, "the tab's slider is elsewhere");
  returningTab({ "slider:n": 10, "checkbox:more": true });
  assert.equal(boot(), false, "the tab holds a widget the drawing does not");
  sessionStorage.clear();
});

Deno.test("a tab whose storage refuses every call is a new tab", () => {
  assert.equal(boot({ storage: refusingStorage }), true);
});
