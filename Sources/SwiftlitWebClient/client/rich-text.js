// What server HTML needs after it is on the page: the icon font for its `:material/…:` icons and
// emoji for its `:shortcode:`s. Loaded by dom.js's setHtml only for HTML that has either, so pages
// without them fetch none of this.

import { ensureIconFont } from "./icon-font.js";
import { replaceShortcodesIn } from "./emoji-shortcodes.js";
import { ICON_SELECTOR } from "./dom-names.js";

/**
 * @param {Element} element holding freshly inserted server HTML
 * @returns {Promise<void>}
 */
export function enhanceRichText(element) {
  if (element.querySelector(ICON_SELECTOR) !== null) ensureIconFont();
  return replaceShortcodesIn(element);
}
