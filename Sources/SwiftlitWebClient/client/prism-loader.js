// Loads Prism (code highlighting) the first time a code block is on the page, never before.
//
// From vendor/prism/ when it is there (filled by scripts/fetch-vendor.sh, same layout as Prism's npm
// package): the core and Prism's autoloader, which fetches each grammar on demand from that folder.
// Same origin, so `script-src 'self'` covers it and no integrity is needed.
//
// Without vendor/, from a pinned CDN, where every script must carry Subresource Integrity so that a
// compromised CDN cannot run code in the page. The autoloader adds script tags of its own without
// `integrity`, so it is not used there: this module loads the core and each language the page needs
// (with what that language requires) itself, each with its hash from vendor-integrity.js. A
// language outside that table stays plain text. Token colours are in styles/code.css, so no Prism
// theme CSS is needed.

import { HIGHLIGHT_SELECTOR } from "./dom-names.js";
import { languageOfClass, languagesToLoad } from "./prism-languages.js";
import { loadClassicScript } from "./script-loader.js";
import { PRISM_CDN_BASE, PRISM_CDN_INTEGRITY, PRISM_VERSION } from "./vendor-integrity.js";

export { PRISM_VERSION };

/**
 * The part of Prism's global API the client uses.
 * @typedef {object} PrismApi
 * @property {(element: Element) => void} highlightElement
 * @property {{autoloader?: {languages_path: string}}} plugins
 * @property {Record<string, unknown>} languages
 */

/**
 * Prism once loaded, and how to make sure the grammars some blocks need are there.
 * @typedef {object} Highlighter
 * @property {PrismApi} prism
 * @property {(languages: string[]) => Promise<void>} ensureLanguages loads what it can of them
 */

/** @typedef {import("./script-loader.js").ScriptLoader} ScriptLoader */

export { HIGHLIGHT_SELECTOR };

const LOCAL_BASE = new URL("./vendor/prism/", import.meta.url).href;
const LOCAL_CORE = "components/prism-core.min.js";
const LOCAL_AUTOLOADER = "plugins/autoloader/prism-autoloader.min.js";
/** The non-minified files on the CDN: theirs are the bytes vendor-integrity.js could verify. */
export const CDN_CORE = "components/prism-core.js";

/**
 * The CDN file of a language (`id` from prism-languages.js).
 * @param {string} id
 * @returns {string}
 */
export function cdnLanguageFile(id) {
  return `components/prism-${id}.js`;
}

/**
 * The URL and SRI hash of a Prism file on the CDN. Throws for a file the table lacks: nothing loads
 * from the CDN without integrity.
 * @param {string} file a path under the CDN base, e.g. `components/prism-swift.js`
 * @returns {{url: string, integrity: string}}
 */
export function cdnScript(file) {
  const integrity = Object.hasOwn(PRISM_CDN_INTEGRITY, file) ? PRISM_CDN_INTEGRITY[file] : undefined;
  if (integrity === undefined) throw new Error(`no SRI hash for ${file} in vendor-integrity.js`);
  return { url: `${PRISM_CDN_BASE}${file}`, integrity };
}

/**
 * Loads Prism from vendor/ or, failing that, from the CDN.
 * @param {ScriptLoader} loadScript
 * @param {() => PrismApi} currentPrism the global Prism, once a core script has set it up
 * @param {string} [localBase] the vendor/prism/ URL
 * @returns {Promise<Highlighter>}
 */
export async function openHighlighter(loadScript, currentPrism, localBase = LOCAL_BASE) {
  try {
    await loadScript(`${localBase}${LOCAL_CORE}`);
  } catch (localError) {
    const core = cdnScript(CDN_CORE);
    try {
      await loadScript(core.url, core.integrity);
    } catch (cdnError) {
      throw new Error(`Prism is neither in vendor/ (${localError}) nor on the CDN (${cdnError})`);
    }
    const prism = currentPrism();
    return {
      prism,
      ensureLanguages: grammarLoader(prism, (id) => {
        const script = cdnScript(cdnLanguageFile(id));
        return loadScript(script.url, script.integrity);
      }),
    };
  }
  const prism = currentPrism();
  try {
    await loadScript(`${localBase}${LOCAL_AUTOLOADER}`);
  } catch {
    // A vendor/ without the autoloader: load languages one by one from vendor/ (same origin).
    return {
      prism,
      ensureLanguages: grammarLoader(prism, (id) => loadScript(`${localBase}components/prism-${id}.min.js`)),
    };
  }
  if (prism.plugins.autoloader) prism.plugins.autoloader.languages_path = `${localBase}components/`;
  // The autoloader fetches each grammar itself while highlighting.
  return { prism, ensureLanguages: () => Promise.resolve() };
}

/**
 * Loads grammars one by one, each once, after what they require.
 * @param {PrismApi} prism
 * @param {(id: string) => Promise<void>} loadLanguage
 * @returns {(languages: string[]) => Promise<void>}
 */
function grammarLoader(prism, loadLanguage) {
  /** @type {Map<string, Promise<void>>} */
  const loads = new Map();
  /** @type {Set<string>} */
  const noted = new Set();
  return async (languages) => {
    const { load, unknown } = languagesToLoad(languages);
    for (const name of unknown) {
      if (noted.has(name)) continue;
      noted.add(name);
      console.info(
        `swiftlit: no pinned Prism grammar for "${name}" (prism-languages.js); it stays plain text`,
      );
    }
    for (const id of load) {
      let loading = loads.get(id);
      if (loading === undefined) {
        loading = Object.hasOwn(prism.languages, id) ? Promise.resolve() : loadLanguage(id);
        loads.set(id, loading);
      }
      await loading;
    }
  };
}

/** @type {Promise<Highlighter> | null} */
let loading = null;

/**
 * Loads Prism once; later calls share the same promise.
 * @returns {Promise<Highlighter>}
 */
export function loadPrism() {
  const global = /** @type {{Prism?: unknown}} */ (/** @type {unknown} */ (globalThis));
  // `manual` stops Prism from highlighting the whole page on load; we highlight block by block.
  global.Prism ??= { manual: true };
  loading ??= openHighlighter(loadClassicScript, () => /** @type {PrismApi} */ (global.Prism));
  return loading;
}

/**
 * Highlights every language-tagged code block inside `root` (loading Prism first if needed).
 * Does nothing, and loads nothing, when there is no such block.
 * @param {Element} root
 */
export function highlightCodeIn(root) {
  const blocks = [...root.querySelectorAll(HIGHLIGHT_SELECTOR)];
  if (blocks.length === 0) return;
  const languages = blocks.map((block) => languageOfClass(block.className)).filter((name) => name !== null);
  loadPrism().then(
    async (highlighter) => {
      // A grammar that fails to load leaves its blocks plain; the others are still highlighted.
      await highlighter.ensureLanguages(languages).catch(warnOnce);
      for (const block of blocks) if (block.isConnected) highlighter.prism.highlightElement(block);
    },
    warnOnce,
  );
}

let warned = false;

/** @param {unknown} error */
function warnOnce(error) {
  if (warned) return;
  warned = true;
  console.warn("swiftlit: code highlighting is (partly) off, Prism could not be loaded:", error);
}
