// The sidebar's chrome: the open/close toggle, the resize handle between sidebar and main, and
// `data-sidebar` on the app root (`shown | collapsed | hidden`), which CSS lays out from. The
// user's choices (collapsed, width) are saved in localStorage and win over the app's
// `initialSidebarState` on the next load.

import { DATA } from "./dom-names.js";
import { setAttribute } from "./dom.js";
import {
  clampSidebarWidth,
  parseSidebarPrefs,
  serializeSidebarPrefs,
  SIDEBAR_STORAGE_KEY,
  SIDEBAR_WIDTH,
  sidebarAttribute,
  startsCollapsed,
  widthAfterKey,
} from "./sidebar-state.js";

/** @typedef {import("./sidebar-state.js").SidebarPrefs} SidebarPrefs */
/** @typedef {import("./protocol-elements.js").SidebarState} SidebarState */

/** Narrow screens, where the open sidebar covers the page (the breakpoint of layout.css). */
const NARROW_QUERY = "(max-width: 47.99rem)";

/** The custom property on the app root that CSS reads the width from. */
const WIDTH_PROPERTY = "--st-sidebar-width";

export class Sidebar {
  /** @type {HTMLElement} */ #app;
  /** @type {HTMLElement} */ #sidebar;
  /** @type {HTMLButtonElement} */ #toggle;
  /** @type {HTMLElement} */ #handle;
  /** @type {string} */ #storageKey;
  /** @type {SidebarPrefs} */ #prefs;
  #collapsed = false;
  #hasContent = false;
  /** @type {number} */ #width = SIDEBAR_WIDTH.initial;

  /**
   * @param {{app: HTMLElement, sidebar: HTMLElement, toggle: HTMLButtonElement, handle: HTMLElement,
   *   path: string}} parts the app root, the sidebar, its toggle and resize handle, and the page's
   *   path (preferences are kept per path)
   */
  constructor(parts) {
    this.#app = parts.app;
    this.#sidebar = parts.sidebar;
    this.#toggle = parts.toggle;
    this.#handle = parts.handle;
    this.#storageKey = SIDEBAR_STORAGE_KEY + parts.path;
    this.#prefs = parseSidebarPrefs(storage()?.getItem(this.#storageKey));
    this.#collapsed = startsCollapsed(this.#prefs, "auto", isNarrow());
    this.#setWidth(this.#prefs.width ?? SIDEBAR_WIDTH.initial);
    this.#toggle.addEventListener("click", () => {
      this.#collapsed = !this.#collapsed;
      this.#save({ collapsed: this.#collapsed });
      this.#render();
    });
    this.#wireHandle();
    this.#render();
  }

  /** @param {boolean} hasContent whether the sidebar has any element */
  showContent(hasContent) {
    if (hasContent === this.#hasContent) return;
    this.#hasContent = hasContent;
    this.#render();
  }

  /**
   * The app's `initialSidebarState`; ignored once the user has opened or closed the sidebar.
   * @param {SidebarState} state
   */
  applyInitialState(state) {
    if (this.#prefs.collapsed !== undefined) return;
    this.#collapsed = startsCollapsed(this.#prefs, state, isNarrow());
    this.#render();
  }

  #render() {
    const state = sidebarAttribute(this.#hasContent, this.#collapsed);
    setAttribute(this.#app, DATA.sidebar, state);
    if (this.#sidebar.hidden !== !this.#hasContent) this.#sidebar.hidden = !this.#hasContent;
    this.#toggle.hidden = !this.#hasContent;
    setAttribute(this.#toggle, "aria-expanded", String(state === "shown"));
    setAttribute(this.#toggle, "aria-label", state === "shown" ? "Close sidebar" : "Open sidebar");
    this.#handle.hidden = state !== "shown";
  }

  /** @param {number} rem */
  #setWidth(rem) {
    this.#width = clampSidebarWidth(rem);
    this.#app.style.setProperty(WIDTH_PROPERTY, `${this.#width}rem`);
    setAttribute(this.#handle, "aria-valuenow", this.#width);
    setAttribute(this.#handle, "aria-valuetext", `${this.#width} rem`);
  }

  #wireHandle() {
    const handle = this.#handle;
    setAttribute(handle, "aria-valuemin", SIDEBAR_WIDTH.min);
    setAttribute(handle, "aria-valuemax", SIDEBAR_WIDTH.max);
    handle.addEventListener("keydown", (event) => {
      const width = widthAfterKey(this.#width, event.key);
      if (width === undefined) return;
      event.preventDefault();
      this.#setWidth(width);
      this.#save({ width: this.#width });
    });
    handle.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      handle.setPointerCapture(event.pointerId);
      setAttribute(this.#app, DATA.resizing, true);
    });
    handle.addEventListener("pointermove", (event) => {
      if (!handle.hasPointerCapture(event.pointerId)) return;
      const left = this.#sidebar.getBoundingClientRect().left;
      // Snap to tenths of a rem: stored widths stay short, and the drag still feels continuous.
      this.#setWidth(Math.round(((event.clientX - left) / remInPixels()) * 10) / 10);
    });
    const finish = (/** @type {PointerEvent} */ event) => {
      if (!handle.hasPointerCapture(event.pointerId)) return;
      handle.releasePointerCapture(event.pointerId);
      setAttribute(this.#app, DATA.resizing, null);
      this.#save({ width: this.#width });
    };
    handle.addEventListener("pointerup", finish);
    handle.addEventListener("pointercancel", finish);
    handle.addEventListener("dblclick", () => {
      this.#setWidth(SIDEBAR_WIDTH.initial);
      this.#save({ width: this.#width });
    });
  }

  /** @param {SidebarPrefs} change */
  #save(change) {
    this.#prefs = { ...this.#prefs, ...change };
    try {
      storage()?.setItem(this.#storageKey, serializeSidebarPrefs(this.#prefs));
    } catch {
      // Storage full or refused: the choice holds until the page is reloaded.
    }
  }
}

/** @returns {boolean} */
function isNarrow() {
  return globalThis.matchMedia?.(NARROW_QUERY).matches ?? false;
}

/** @returns {number} the size of 1rem in CSS pixels */
function remInPixels() {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * localStorage, or `null` where the browser refuses it (some privacy modes, sandboxed frames).
 * @returns {Storage | null}
 */
function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
