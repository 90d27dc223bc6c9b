// The sidebar's state as data: its width (in rem, clamped), whether it is collapsed, and what the
// browser remembers of the user's choices (localStorage, per page path). Pure functions; sidebar.js
// applies them to the DOM.

/** @typedef {import("./protocol-elements.js").SidebarState} SidebarState */

/** Sidebar widths, in rem. */
export const SIDEBAR_WIDTH = Object.freeze({ min: 12, max: 36, initial: 18, step: 1 });

/** The localStorage key prefix; the page path follows. */
export const SIDEBAR_STORAGE_KEY = "swiftlit.sidebar:";

/**
 * What the browser remembers of the user's choices. A field is absent until the user chose it.
 * @typedef {object} SidebarPrefs
 * @property {boolean} [collapsed] the user closed (`true`) or opened (`false`) the sidebar
 * @property {number} [width] the width the user dragged it to, in rem
 */

/**
 * A width in rem, clamped to what the sidebar allows; anything not a number gives the initial width.
 * @param {number} rem
 * @returns {number}
 */
export function clampSidebarWidth(rem) {
  if (!Number.isFinite(rem)) return SIDEBAR_WIDTH.initial;
  return Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, rem));
}

/**
 * Reads stored preferences, ignoring whatever is missing, malformed or of the wrong type.
 * @param {string | null | undefined} text
 * @returns {SidebarPrefs}
 */
export function parseSidebarPrefs(text) {
  if (typeof text !== "string") return {};
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const record = /** @type {Record<string, unknown>} */ (value);
  /** @type {SidebarPrefs} */
  const prefs = {};
  if (typeof record.collapsed === "boolean") prefs.collapsed = record.collapsed;
  if (typeof record.width === "number" && Number.isFinite(record.width)) {
    prefs.width = clampSidebarWidth(record.width);
  }
  return prefs;
}

/**
 * @param {SidebarPrefs} prefs
 * @returns {string}
 */
export function serializeSidebarPrefs(prefs) {
  return JSON.stringify({ collapsed: prefs.collapsed, width: prefs.width });
}

/**
 * Whether the sidebar starts collapsed: the user's stored choice wins; otherwise the app's
 * `initialSidebarState`, where `auto` collapses it on narrow screens only.
 * @param {SidebarPrefs} prefs
 * @param {SidebarState} initial
 * @param {boolean} narrow whether the viewport is narrow (the sidebar would cover the page)
 * @returns {boolean}
 */
export function startsCollapsed(prefs, initial, narrow) {
  if (prefs.collapsed !== undefined) return prefs.collapsed;
  if (initial === "collapsed") return true;
  if (initial === "expanded") return false;
  return narrow;
}

/**
 * The app root's `data-sidebar`: `hidden` when the sidebar has no content, whatever the user chose.
 * @param {boolean} hasContent
 * @param {boolean} collapsed
 * @returns {"shown" | "collapsed" | "hidden"}
 */
export function sidebarAttribute(hasContent, collapsed) {
  if (!hasContent) return "hidden";
  return collapsed ? "collapsed" : "shown";
}

/**
 * The width after a resize key, or `undefined` for keys that do not resize.
 * @param {number} width the current width, in rem
 * @param {string} key a `KeyboardEvent.key`
 * @returns {number | undefined}
 */
export function widthAfterKey(width, key) {
  switch (key) {
    case "ArrowLeft":
      return clampSidebarWidth(width - SIDEBAR_WIDTH.step);
    case "ArrowRight":
      return clampSidebarWidth(width + SIDEBAR_WIDTH.step);
    case "Home":
      return SIDEBAR_WIDTH.min;
    case "End":
      return SIDEBAR_WIDTH.max;
    default:
      return undefined;
  }
}
