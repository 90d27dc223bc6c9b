// The text extras' client logic: emoji shortcodes (emoji-shortcodes.js), vendored data files
// (vendor-fetch.js), the icon font (icon-font.js, renderers/icon.js), KaTeX's loading and error
// reporting (katex-library.js, renderers/latex.js), and what the sanitiser does to the directives'
// spans and to frames.

import assert from "./assert.js";
import {
  buildShortcodeTable,
  hasShortcode,
  replaceShortcodes,
  replaceShortcodesIn,
  shortcodeTextNodes,
} from "../../Sources/SwiftlitWebClient/client/emoji-shortcodes.js";
import { fetchVendored } from "../../Sources/SwiftlitWebClient/client/vendor-fetch.js";
import {
  FETCHED_CDN_FILES,
  KATEX_CDN_SCRIPTS,
  KATEX_CDN_STYLESHEET,
} from "../../Sources/SwiftlitWebClient/client/vendor-integrity.js";
import {
  ICON_FONT_FAMILY,
  ICON_FONT_FILE,
  openIconFont,
} from "../../Sources/SwiftlitWebClient/client/icon-font.js";
import { materialIconName } from "../../Sources/SwiftlitWebClient/client/renderers/icon.js";
import { KATEX_OPTIONS, openKatex } from "../../Sources/SwiftlitWebClient/client/katex-library.js";
import { typeset } from "../../Sources/SwiftlitWebClient/client/renderers/latex.js";
import { hardenTree, keepsAttribute } from "../../Sources/SwiftlitWebClient/client/safe-html.js";

const VENDOR = "https://app.test/static/1/vendor/";

/**
 * Expects `action` to reject with a message matching `pattern`.
 * @param {() => Promise<unknown>} action
 * @param {RegExp} pattern
 */
async function rejects(action, pattern) {
  try {
    await action();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    assert.ok(pattern.test(text), `the error "${text}" does not match ${pattern}`);
    return;
  }
  assert.ok(false, "expected a rejection");
}

/** A slice of emoji.json's shape. */
const EMOJI_JSON = {
  "🚀": { en: ":rocket:", status: 2, E: 0.6 },
  "👍": { en: ":thumbs_up:", status: 2, E: 0.6, alias: [":+1:", ":thumbsup:"] },
  "☺️": { en: ":smiling_face:", status: 2, E: 0.6, alias: [":relaxed:"] },
  "☺": { en: ":smiling_face:", status: 4, E: 0.6, alias: [":relaxed:"] },
};

Deno.test("the shortcode table maps names and aliases to fully qualified emoji", () => {
  const table = buildShortcodeTable(EMOJI_JSON);
  assert.equal(table.get(":rocket:"), "🚀");
  assert.equal(table.get(":+1:"), "👍");
  assert.equal(table.get(":thumbsup:"), "👍");
  assert.equal(table.get(":relaxed:"), "☺️", "the fully qualified form wins");
  assert.equal(table.size, 6);
  assert.equal(buildShortcodeTable(null).size, 0);
  assert.equal(buildShortcodeTable({ x: "not an entry" }).size, 0);
});

Deno.test("known shortcodes become emoji; unknown ones and times stay", () => {
  const table = buildShortcodeTable(EMOJI_JSON);
  assert.equal(replaceShortcodes("Launch :rocket: :+1:!", table), "Launch 🚀 👍!");
  assert.equal(replaceShortcodes(":nope: at 10:30:45", table), ":nope: at 10:30:45");
  assert.ok(hasShortcode("a :b: c"));
  assert.ok(!hasShortcode("a : b : c"));
  assert.ok(!hasShortcode("no colons"));
});

/**
 * A node of a tiny DOM tree for the walk: elements with children, text nodes with data.
 * @typedef {{nodeType: number, nodeName: string, data?: string, childNodes: FakeNode[], classList?: {contains(name: string): boolean}}} FakeNode
 */

/**
 * @param {string} name
 * @param {FakeNode[]} children
 * @param {string[]} [classes]
 * @returns {FakeNode}
 */
function el(name, children, classes = []) {
  return {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    childNodes: children,
    classList: { contains: (c) => classes.includes(c) },
  };
}
/**
 * @param {string} data
 * @returns {FakeNode}
 */
function text(data) {
  return { nodeType: 3, nodeName: "#text", data, childNodes: [] };
}

Deno.test("the walk finds shortcodes in prose, not in code, preformatted text or formulas", () => {
  const prose = text("Go :rocket:");
  const tree = el("div", [
    el("p", [prose, el("code", [text(":rocket:")])]),
    el("pre", [el("code", [text(":rocket:")])]),
    el("span", [text(":rocket:")], ["katex"]),
    text("plain"),
  ]);
  assert.deepEqual(shortcodeTextNodes(tree), [prose]);
});

Deno.test("replacement loads the table only when some text needs it, and a failed load leaves the text", async () => {
  let loads = 0;
  const load = () => {
    loads++;
    return Promise.resolve(buildShortcodeTable(EMOJI_JSON));
  };
  const plain = el("p", [text("nothing here")]);
  await replaceShortcodesIn(/** @type {Node} */ (/** @type {unknown} */ (plain)), load);
  assert.equal(loads, 0);
  const node = text("Go :rocket:");
  await replaceShortcodesIn(/** @type {Node} */ (/** @type {unknown} */ (el("p", [node]))), load);
  assert.equal(loads, 1);
  assert.equal(node.data, "Go 🚀");
  const kept = text("Go :rocket:");
  const warn = console.warn;
  console.warn = () => {};
  try {
    await replaceShortcodesIn(
      /** @type {Node} */ (/** @type {unknown} */ (el("p", [kept]))),
      () => Promise.reject(new Error("offline")),
    );
  } finally {
    console.warn = warn;
  }
  assert.equal(kept.data, "Go :rocket:");
});

/**
 * A fetch that answers from a table of URL → status, recording each call.
 * @param {Record<string, number>} statuses
 */
function recordingFetch(statuses) {
  /** @type {Array<{url: string, init: RequestInit | undefined}>} */
  const calls = [];
  /** @type {(url: string, init?: RequestInit) => Promise<Response>} */
  const fetcher = (url, init) => {
    calls.push({ url, init });
    const status = statuses[url];
    if (status === undefined) return Promise.reject(new TypeError("network error"));
    return Promise.resolve(new Response(status === 200 ? "body" : null, { status }));
  };
  return { calls, fetcher };
}

Deno.test("a vendored file comes from vendor/ when it is there, with no integrity", async () => {
  const { calls, fetcher } = recordingFetch({ [`${VENDOR}emoji/emoji.json`]: 200 });
  const response = await fetchVendored("emoji/emoji.json", fetcher, VENDOR);
  assert.equal(await response.text(), "body");
  assert.deepEqual(calls.map((call) => call.url), [`${VENDOR}emoji/emoji.json`]);
  assert.equal(calls[0].init, undefined);
});

Deno.test("without vendor/, the file comes from the pinned CDN with its integrity and no credentials", async () => {
  const cdn = FETCHED_CDN_FILES[ICON_FONT_FILE];
  const { calls, fetcher } = recordingFetch({ [`${VENDOR}${ICON_FONT_FILE}`]: 404, [cdn.href]: 200 });
  await fetchVendored(ICON_FONT_FILE, fetcher, VENDOR);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].url, cdn.href);
  assert.equal(calls[1].init?.integrity, cdn.integrity);
  assert.equal(calls[1].init?.credentials, "omit");
  assert.ok(cdn.integrity.startsWith("sha512-"));
});

Deno.test("a file on neither vendor/ nor the CDN fails naming both; an unlisted file never loads", async () => {
  const { fetcher } = recordingFetch({});
  await rejects(
    () => fetchVendored("emoji/emoji.json", fetcher, VENDOR),
    /neither in vendor\/.*nor on the CDN/,
  );
  const { calls, fetcher: other } = recordingFetch({});
  await rejects(() => fetchVendored("evil/file.js", other, VENDOR), /no CDN copy with SRI/);
  assert.equal(calls.length, 0);
});

Deno.test("the icon font is decoded from the fetched bytes and added under its family", async () => {
  /** @type {string[]} */
  const steps = [];
  await openIconFont({
    fetchFile: (file) => {
      steps.push(`fetch ${file}`);
      return Promise.resolve(new Response(new Uint8Array([1, 2, 3])));
    },
    makeFace: (family, data) => {
      steps.push(`face ${family} ${data.byteLength}`);
      return { load: () => Promise.resolve(steps.push("load")) };
    },
    addFace: () => void steps.push("add"),
  });
  assert.deepEqual(steps, [`fetch ${ICON_FONT_FILE}`, `face ${ICON_FONT_FAMILY} 3`, "load", "add"]);
});

Deno.test("icons are Material Symbols names only in :material/name: form", () => {
  assert.equal(materialIconName(":material/home:"), "home");
  assert.equal(materialIconName(":material/rocket_launch:"), "rocket_launch");
  assert.equal(materialIconName("🚀"), null);
  assert.equal(materialIconName(":material/Home:"), null);
  assert.equal(materialIconName(':material/x" onload="y:'), null);
  assert.equal(materialIconName(" :material/home:"), null);
});

Deno.test("KaTeX loads its script and stylesheet from vendor/, or both from the CDN with integrity", async () => {
  const globals = /** @type {{katex?: unknown}} */ (/** @type {unknown} */ (globalThis));
  const fake = { renderToString: () => "" };
  /** @type {string[]} */
  const loads = [];
  /** @param {boolean} vendorMissing */
  const loaders = (vendorMissing) => ({
    /** @param {string} url @param {string} [integrity] */
    script: (url, integrity) => {
      loads.push(`script ${url} ${integrity ?? "-"}`);
      if (vendorMissing && url.startsWith(VENDOR)) return Promise.reject(new Error("404"));
      globals.katex = fake;
      return Promise.resolve();
    },
    /** @param {string} href @param {string} [integrity] */
    style: (href, integrity) => {
      loads.push(`style ${href} ${integrity ?? "-"}`);
      return vendorMissing && href.startsWith(VENDOR) ? Promise.reject(new Error("404")) : Promise.resolve();
    },
  });
  try {
    const local = loaders(false);
    assert.equal(await openKatex(local.script, local.style, VENDOR), fake);
    assert.deepEqual(loads.sort(), [
      `script ${VENDOR}katex/katex.min.js -`,
      `style ${VENDOR}katex/katex.min.css -`,
    ]);
    loads.length = 0;
    delete globals.katex;
    const remote = loaders(true);
    assert.equal(await openKatex(remote.script, remote.style, VENDOR), fake);
    const script = KATEX_CDN_SCRIPTS["katex/katex.min.js"];
    assert.ok(loads.includes(`script ${script.url} ${script.integrity}`));
    assert.ok(loads.includes(`style ${KATEX_CDN_STYLESHEET.href} ${KATEX_CDN_STYLESHEET.integrity}`));
  } finally {
    delete globals.katex;
  }
});

Deno.test("KaTeX runs untrusted and without throwing; its error message is reported", () => {
  assert.equal(KATEX_OPTIONS.trust, false);
  assert.equal(KATEX_OPTIONS.throwOnError, false);
  /** @type {Array<Record<string, unknown>>} */
  const seen = [];
  const katex = {
    /** @param {string} tex @param {Record<string, unknown>} options */
    renderToString(tex, options) {
      seen.push(options);
      if (tex === "boom") throw new Error("unexpected");
      if (tex === "\\frac{") {
        return '<span class="katex-error" title="ParseError: KaTeX parse error: Expected &#x27;}&#x27; &amp; more" ' +
          'style="color:#cc0000">\\frac{</span>';
      }
      return '<span class="katex">ok</span>';
    },
  };
  assert.deepEqual(typeset(katex, "x^2"), { html: '<span class="katex">ok</span>', error: null });
  const bad = typeset(katex, "\\frac{");
  assert.equal(bad.error, "ParseError: KaTeX parse error: Expected '}' & more");
  assert.ok(bad.html?.includes("katex-error"));
  assert.deepEqual(typeset(katex, "boom"), { html: null, error: "unexpected" });
  assert.equal(seen[0].trust, false);
});

Deno.test("the sanitiser keeps the directives' classes and drops frames, scripts and handlers", () => {
  assert.ok(keepsAttribute("span", "class", "st-color st-color--red"));
  assert.ok(keepsAttribute("span", "aria-hidden", "true"));
  assert.ok(!keepsAttribute("iframe", "srcdoc", "<script>alert(1)</script>"));
  assert.ok(!keepsAttribute("span", "onmouseover", "alert(1)"));
  /** @type {Array<{localName: string, removed: boolean}>} */
  const made = [];
  /** @param {string} localName */
  const element = (localName) => {
    const node = {
      localName,
      removed: false,
      getAttributeNames: () => [],
      getAttribute: () => null,
      hasAttribute: () => false,
      removeAttribute: () => {},
      setAttribute: () => {},
      remove() {
        node.removed = true;
      },
    };
    made.push(node);
    return node;
  };
  const nodes = ["span", "iframe", "script", "style", "b"].map(element);
  hardenTree(/** @type {ParentNode} */ (/** @type {unknown} */ ({ querySelectorAll: () => nodes })));
  assert.deepEqual(made.filter((node) => node.removed).map((node) => node.localName), ["iframe", "script"]);
});
