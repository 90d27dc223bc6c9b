// The `icon:` an app gives an element (a badge, an alert): an emoji shown as text, or a Material
// Symbols icon written `:material/name:`, shown as a span the icon font draws (icon-font.js loads
// the font the first time one appears).

import { CLASS } from "../dom-names.js";
import { h } from "../dom.js";

const MATERIAL = /^:material\/([a-z0-9_]{1,64}):$/;

/**
 * The icon's Material Symbols name, or `null` for an emoji or any other text.
 * @param {string} icon
 * @returns {string | null}
 */
export function materialIconName(icon) {
  return MATERIAL.exec(icon)?.[1] ?? null;
}

/**
 * What shows `icon`: a Material Symbols span, or the text itself.
 * @param {string} icon
 * @returns {Node | string}
 */
export function iconContent(icon) {
  const name = materialIconName(icon);
  if (name === null) return icon;
  import("../icon-font.js").then((module) => module.ensureIconFont()).catch((error) =>
    console.warn("swiftlit: could not load icon-font.js:", error)
  );
  return h("span", { class: CLASS.icon, "aria-hidden": "true", translate: "no" }, [name]);
}

/** The icon each element shows, so that an unchanged icon is not rebuilt. */
const shownIcon = /** @type {WeakMap<Element, string>} */ (new WeakMap());

/**
 * Makes `host` show `icon` (nothing for `undefined`), touching the DOM only when it changes.
 * @param {Element} host
 * @param {string | undefined} icon
 */
export function syncIcon(host, icon) {
  if (shownIcon.get(host) === (icon ?? "") && host.childNodes.length === (icon === undefined ? 0 : 1)) return;
  shownIcon.set(host, icon ?? "");
  host.replaceChildren(...(icon === undefined ? [] : [iconContent(icon)]));
}
