// Loads KaTeX (st.latex) the first time a formula is on the page, never before, and once: its
// script (a classic script that sets the global `katex`) and its stylesheet, whose @font-face rules
// load KaTeX's fonts from beside it. From vendor/katex/ (scripts/fetch-vendor.sh) or, when that
// copy is missing, from the pinned CDN: the script and the stylesheet with Subresource Integrity
// (vendor-integrity.js); the fonts, which CSS loads, without (the CSP names their one folder).

import { loadClassicScript, loadLibraryScripts, once } from "./script-loader.js";
import { KATEX_CDN_SCRIPTS, KATEX_CDN_STYLESHEET } from "./vendor-integrity.js";

/** @typedef {import("./script-loader.js").ScriptLoader} ScriptLoader */

/**
 * The part of KaTeX's API the client uses.
 * @typedef {object} KatexApi
 * @property {(tex: string, options: Record<string, unknown>) => string} renderToString
 */

/**
 * Loads one stylesheet; `integrity` is given for CDN files only.
 * @typedef {(href: string, integrity?: string) => Promise<void>} StylesheetLoader
 */

const VENDOR_BASE = new URL("./vendor/", import.meta.url).href;
/** The vendor/ path of KaTeX's script. */
export const KATEX_SCRIPT = "katex/katex.min.js";
/** The vendor/ path of KaTeX's stylesheet. */
export const KATEX_STYLESHEET = "katex/katex.min.css";

/**
 * The options every formula is typeset with. `trust: false` refuses \href, \url, \includegraphics
 * and \htmlClass-like commands; `throwOnError: false` shows a bad formula's source in the error
 * colour instead of throwing; the limits keep a hostile formula from growing without bound.
 */
export const KATEX_OPTIONS = Object.freeze({
  displayMode: true,
  throwOnError: false,
  trust: false,
  strict: "ignore",
  output: "htmlAndMathml",
  maxSize: 100,
  maxExpand: 1000,
});

/**
 * A stylesheet `<link>` in the head; resolves once it applies.
 * @type {StylesheetLoader}
 */
export function loadStylesheet(href, integrity) {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    if (integrity !== undefined) {
      link.integrity = integrity;
      link.crossOrigin = "anonymous";
      link.referrerPolicy = "no-referrer";
    }
    link.onload = () => resolve();
    link.onerror = () => {
      link.remove();
      reject(
        new Error(`${href} did not load${integrity === undefined ? "" : " (or failed its integrity check)"}`),
      );
    };
    // deno-lint-ignore swiftlit/checked-url
    link.href = href; // a pinned URL from vendor/ or vendor-integrity.js, never from the server
    document.head.append(link);
  });
}

/**
 * KaTeX's stylesheet from vendor/ or, failing that, the CDN.
 * @param {StylesheetLoader} loadStyle
 * @param {string} vendorBase
 * @returns {Promise<"vendor" | "cdn">}
 */
export async function loadKatexStylesheet(loadStyle, vendorBase = VENDOR_BASE) {
  try {
    await loadStyle(`${vendorBase}${KATEX_STYLESHEET}`);
    return "vendor";
  } catch (vendorError) {
    try {
      await loadStyle(KATEX_CDN_STYLESHEET.href, KATEX_CDN_STYLESHEET.integrity);
      return "cdn";
    } catch (cdnError) {
      throw new Error(
        `${KATEX_STYLESHEET} is neither in vendor/ (${vendorError}) nor on the CDN (${cdnError})`,
      );
    }
  }
}

/**
 * Loads KaTeX's script and stylesheet and returns its global.
 * @param {ScriptLoader} [loadScript]
 * @param {StylesheetLoader} [loadStyle]
 * @param {string} [vendorBase]
 * @returns {Promise<KatexApi>}
 */
export async function openKatex(
  loadScript = loadClassicScript,
  loadStyle = loadStylesheet,
  vendorBase = VENDOR_BASE,
) {
  const script = { vendorUrl: `${vendorBase}${KATEX_SCRIPT}`, cdn: KATEX_CDN_SCRIPTS[KATEX_SCRIPT] };
  await Promise.all([loadLibraryScripts([script], loadScript), loadKatexStylesheet(loadStyle, vendorBase)]);
  const katex = /** @type {{katex?: KatexApi}} */ (/** @type {unknown} */ (globalThis)).katex;
  if (katex === undefined) throw new Error("KaTeX's script loaded but set no global katex");
  return katex;
}

/** KaTeX, loaded once per page on first use. */
export const loadKatex = once(() => openKatex());
