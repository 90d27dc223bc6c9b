// Loads Prism (code highlighting) the first time a code block is on the page, never before.
// The files come from vendor/prism/ (filled by scripts/fetch-vendor.sh, same layout as Prism's npm
// package) and, when that folder is absent, from a pinned CDN. Languages load on demand through
// Prism's autoloader plugin. Token colours are in styles/app.css, so no Prism theme CSS is needed.

/**
 * The part of Prism's global API the client uses.
 * @typedef {object} PrismApi
 * @property {(element: Element) => void} highlightElement
 * @property {{autoloader?: {languages_path: string}}} plugins
 */

/** Prism's version, pinned for the CDN fallback; scripts/fetch-vendor.sh installs the same one. */
export const PRISM_VERSION = "1.29.0";
const CDN_BASE = `https://cdn.jsdelivr.net/npm/prismjs@${PRISM_VERSION}/`;
const LOCAL_BASE = new URL("./vendor/prism/", import.meta.url).href;
const CORE_FILE = "components/prism-core.min.js";
const AUTOLOADER_FILE = "plugins/autoloader/prism-autoloader.min.js";

/** What highlighting looks for: the code renderer's blocks and fenced code inside Markdown. */
export const HIGHLIGHT_SELECTOR = 'pre code[class*="language-"]';

/** @type {Promise<PrismApi> | null} */
let loading = null;

/**
 * Loads Prism once; later calls share the same promise.
 * @returns {Promise<PrismApi>}
 */
export function loadPrism() {
  loading ??= (async () => {
    const global = /** @type {{Prism?: unknown}} */ (/** @type {unknown} */ (globalThis));
    // `manual` stops Prism from highlighting the whole page on load; we highlight block by block.
    global.Prism ??= { manual: true };
    const base = await loadFromFirst([LOCAL_BASE, CDN_BASE], CORE_FILE);
    await loadFromFirst(base === LOCAL_BASE ? [LOCAL_BASE, CDN_BASE] : [CDN_BASE], AUTOLOADER_FILE);
    const prism = /** @type {PrismApi} */ (global.Prism);
    // Languages come from wherever the core came from, whichever copy of the autoloader loaded.
    if (prism.plugins.autoloader) prism.plugins.autoloader.languages_path = `${base}components/`;
    return prism;
  })();
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
  loadPrism().then(
    (prism) => {
      for (const block of blocks) if (block.isConnected) prism.highlightElement(block);
    },
    (error) => warnOnce(error),
  );
}

let warned = false;

/** @param {unknown} error */
function warnOnce(error) {
  if (warned) return;
  warned = true;
  console.warn("swiftlit: code highlighting is off, Prism could not be loaded:", error);
}

/**
 * Loads `file` from the first base URL that has it.
 * @param {string[]} bases
 * @param {string} file
 * @returns {Promise<string>} the base it came from
 */
async function loadFromFirst(bases, file) {
  /** @type {unknown[]} */
  const failures = [];
  for (const base of bases) {
    try {
      await loadClassicScript(`${base}${file}`);
      return base;
    } catch (error) {
      failures.push(error);
    }
  }
  throw new Error(`cannot load ${file}: ${failures.map(String).join("; ")}`);
}

/**
 * Prism's files are classic scripts that set a global, not modules.
 * @param {string} url
 * @returns {Promise<void>}
 */
function loadClassicScript(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(`${url} did not load`));
    };
    document.head.append(script);
  });
}
