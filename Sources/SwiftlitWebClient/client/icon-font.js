// The Material Symbols Rounded font that draws `:material/name:` icons (spans of class st-icon whose
// text is the icon's name, a ligature the font turns into its glyph). Loaded the first time the page
// shows an icon, never before, and once.
//
// Through the FontFace API from the font's bytes, not an @font-face rule: the bytes come from
// vendor/ or, when vendor/ lacks the font, from the pinned CDN with Subresource Integrity
// (vendor-fetch.js). A font that CSS loads cannot carry integrity; bytes read with fetch can, and
// FontFace then needs no font-src for them. Without the font an icon shows its name as text.

import { fetchVendored } from "./vendor-fetch.js";
import { once } from "./script-loader.js";

/** The family styles/elements.css gives `.st-icon`. */
export const ICON_FONT_FAMILY = "Material Symbols Rounded";
/** The vendor/ path of the font. */
export const ICON_FONT_FILE = "material-symbols/MaterialSymbols-Rounded.woff2";

/**
 * What loading needs from the page, replaceable in tests.
 * @typedef {object} FontHost
 * @property {(file: string) => Promise<Response>} fetchFile
 * @property {(family: string, data: ArrayBuffer) => {load(): Promise<unknown>}} makeFace
 * @property {(face: unknown) => void} addFace
 */

/** @type {FontHost} */
const PAGE = {
  fetchFile: (file) => fetchVendored(file),
  makeFace: (family, data) => new FontFace(family, data, { weight: "100 700", style: "normal" }),
  addFace: (face) => void document.fonts.add(/** @type {FontFace} */ (face)),
};

/**
 * Reads the font, decodes it and adds it to the page's fonts.
 * @param {FontHost} [host]
 * @returns {Promise<void>}
 */
export async function openIconFont(host = PAGE) {
  const response = await host.fetchFile(ICON_FONT_FILE);
  const face = host.makeFace(ICON_FONT_FAMILY, await response.arrayBuffer());
  await face.load();
  host.addFace(face);
}

/** The font, loaded once per page on first use (a failed load is tried again next time). */
export const loadIconFont = once(() => openIconFont());

/** Starts loading the font; an icon without it shows its name, so a failure is only logged. */
export function ensureIconFont() {
  loadIconFont().catch((error) => console.warn("swiftlit: icons show their names:", error));
}
