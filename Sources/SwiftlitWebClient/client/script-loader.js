// Loads third-party classic scripts (UMD files that set a global), each once per page: from the
// same-origin vendor/ folder that scripts/fetch-vendor.sh fills, or, when that copy is missing, from
// its pinned CDN URL with Subresource Integrity, so that a compromised CDN cannot run code in the
// page. prism-loader.js (Prism) and chart-libraries.js (Vega, Plotly) load through it.

/** @typedef {import("./vendor-integrity.js").CdnScript} CdnScript */

/**
 * Loads one classic script; `integrity` is given for CDN scripts only.
 * @typedef {(url: string, integrity?: string) => Promise<void>} ScriptLoader
 */

/**
 * One script of a library: where fetch-vendor.sh puts it (a URL) and its CDN copy.
 * @typedef {object} LibraryScript
 * @property {string} vendorUrl
 * @property {CdnScript} cdn
 */

/**
 * Loads a library's scripts in order, each from vendor/ or, failing that, from the CDN with its
 * integrity. Once a vendored script is missing, the rest come from the CDN without trying vendor/
 * (a folder without its first file is absent). Rejects, naming both failures, when a script loads
 * from neither.
 * @param {readonly LibraryScript[]} scripts in load order (a script may need the globals of those before it)
 * @param {ScriptLoader} loadScript
 * @returns {Promise<"vendor" | "cdn">} where the last script came from
 */
export async function loadLibraryScripts(scripts, loadScript) {
  /** @type {"vendor" | "cdn"} */
  let source = "vendor";
  for (const script of scripts) {
    if (source === "vendor") {
      try {
        await loadScript(script.vendorUrl);
        continue;
      } catch (vendorError) {
        source = "cdn";
        try {
          await loadScript(script.cdn.url, script.cdn.integrity);
        } catch (cdnError) {
          throw new Error(
            `${script.vendorUrl} is neither in vendor/ (${vendorError}) nor on the CDN (${cdnError})`,
          );
        }
        continue;
      }
    }
    await loadScript(script.cdn.url, script.cdn.integrity);
  }
  return source;
}

/**
 * Memoizes a loader: the first call starts it, later calls share its promise. A failed load is
 * forgotten, so that a later chart tries again (the network may be back).
 * @template T
 * @param {() => Promise<T>} load
 * @returns {() => Promise<T>}
 */
export function once(load) {
  /** @type {Promise<T> | null} */
  let loading = null;
  return () => {
    loading ??= load().catch((error) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Third-party files are classic scripts that set a global, not modules.
 * @param {string} url
 * @param {string} [integrity] the SRI hash; a CDN script gets it, and CORS mode with it
 * @returns {Promise<void>}
 */
export function loadClassicScript(url, integrity) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    if (integrity !== undefined) {
      script.integrity = integrity;
      // SRI on a cross-origin script needs a CORS request (the CDN allows any origin), and the CDN
      // has no need to learn which page asked.
      script.crossOrigin = "anonymous";
      script.referrerPolicy = "no-referrer";
    }
    // In insertion order: a library's later scripts need the globals of its earlier ones.
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(
        new Error(`${url} did not load${integrity === undefined ? "" : " (or failed its integrity check)"}`),
      );
    };
    // deno-lint-ignore swiftlit/checked-url
    script.src = url; // a pinned URL from vendor/ or vendor-integrity.js, never from the server
    document.head.append(script);
  });
}
