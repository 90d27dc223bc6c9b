// Reads a third-party data file that is not a script (the emoji table, the icon font): from the
// same-origin vendor/ folder that scripts/fetch-vendor.sh fills, or, when that copy is missing, from
// its pinned CDN URL with Subresource Integrity. `fetch` checks the integrity itself and rejects a
// response whose bytes differ, so a compromised CDN can change nothing. The CSP names each CDN URL
// in connect-src (SecurityHeaders.swift).

import { FETCHED_CDN_FILES } from "./vendor-integrity.js";

const VENDOR_BASE = new URL("./vendor/", import.meta.url).href;

/** @typedef {(url: string, init?: RequestInit) => Promise<Response>} Fetcher */

/**
 * The response for a vendored file (`ok`), from vendor/ or the CDN. Rejects, naming both failures,
 * when it is on neither, and at once for a file the integrity table lacks.
 * @param {string} file its path under vendor/, a key of FETCHED_CDN_FILES
 * @param {Fetcher} [fetcher]
 * @param {string} [vendorBase] the vendor/ URL
 * @returns {Promise<Response>}
 */
export async function fetchVendored(
  file,
  fetcher = (url, init) => fetch(url, init),
  vendorBase = VENDOR_BASE,
) {
  const cdn = Object.hasOwn(FETCHED_CDN_FILES, file) ? FETCHED_CDN_FILES[file] : undefined;
  if (cdn === undefined) throw new Error(`no CDN copy with SRI for ${file} in vendor-integrity.js`);
  /** @type {unknown} */
  let vendorError;
  try {
    const response = await fetcher(`${vendorBase}${file}`);
    if (response.ok) return response;
    vendorError = `HTTP ${response.status}`;
  } catch (error) {
    vendorError = error;
  }
  try {
    const response = await fetcher(cdn.href, {
      integrity: cdn.integrity,
      mode: "cors",
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response;
  } catch (cdnError) {
    throw new Error(`${file} is neither in vendor/ (${vendorError}) nor on the CDN (${cdnError})`);
  }
}
