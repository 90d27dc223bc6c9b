// Loads the chart libraries the first time a chart needs them, never before, and each once per
// page: Vega, Vega-Lite and Vega-Embed (in that order: each needs the globals of those before it)
// for vegaLiteChart, plotly.js for plotlyChart. From vendor/ (scripts/fetch-vendor.sh) or the pinned
// CDN with Subresource Integrity (vendor-integrity.js), through script-loader.js.

import { loadClassicScript, loadLibraryScripts, once } from "./script-loader.js";
import { CHART_CDN_SCRIPTS } from "./vendor-integrity.js";

/** @typedef {import("./script-loader.js").LibraryScript} LibraryScript */
/** @typedef {import("./script-loader.js").ScriptLoader} ScriptLoader */

const VENDOR_BASE = new URL("./vendor/", import.meta.url).href;

/** The vendor/ paths of Vega's scripts, in load order. */
export const VEGA_FILES = Object.freeze([
  "vega/vega.min.js",
  "vega/vega-lite.min.js",
  "vega/vega-embed.min.js",
]);
/** The vendor/ path of plotly.js. */
export const PLOTLY_FILES = Object.freeze(["plotly/plotly.min.js"]);

/**
 * The scripts of a library: each vendored file and its CDN copy. Throws for a file the integrity
 * table lacks: nothing loads from the CDN without integrity.
 * @param {readonly string[]} files paths under vendor/
 * @param {string} [vendorBase] the vendor/ URL
 * @returns {LibraryScript[]}
 */
export function libraryScripts(files, vendorBase = VENDOR_BASE) {
  return files.map((file) => {
    const cdn = Object.hasOwn(CHART_CDN_SCRIPTS, file) ? CHART_CDN_SCRIPTS[file] : undefined;
    if (cdn === undefined) throw new Error(`no CDN copy with SRI for ${file} in vendor-integrity.js`);
    return { vendorUrl: `${vendorBase}${file}`, cdn };
  });
}

/**
 * The globals a library sets, read once its scripts ran; throws when one is missing.
 * @template T
 * @param {string} name
 * @returns {T}
 */
function globalNamed(name) {
  const value = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis))[name];
  if (value === undefined) throw new Error(`the library's scripts loaded but set no global ${name}`);
  return /** @type {T} */ (value);
}

/**
 * Loads Vega's three scripts and returns what the renderer uses of them.
 * @param {ScriptLoader} [loadScript]
 * @returns {Promise<import("./chart-library-types.js").VegaLibrary>}
 */
export async function openVega(loadScript = loadClassicScript) {
  await loadLibraryScripts(libraryScripts(VEGA_FILES), loadScript);
  return { vega: globalNamed("vega"), vegaEmbed: globalNamed("vegaEmbed") };
}

/**
 * Loads plotly.js and returns its global.
 * @param {ScriptLoader} [loadScript]
 * @returns {Promise<import("./chart-library-types.js").PlotlyApi>}
 */
export async function openPlotly(loadScript = loadClassicScript) {
  await loadLibraryScripts(libraryScripts(PLOTLY_FILES), loadScript);
  return globalNamed("Plotly");
}

/** Vega, loaded once per page on first use. */
export const loadVega = once(() => openVega());
/** plotly.js, loaded once per page on first use. */
export const loadPlotly = once(() => openPlotly());
