// What a `pageConfig` node changes outside the page's flow: the tab's title and icon, the width of
// the main column (`data-layout` on the app root) and the sidebar's first state.

import { DATA } from "./dom-names.js";
import { setAttribute } from "./dom.js";

/** @typedef {import("./protocol-elements.js").PageConfigNode} PageConfigNode */
/** @typedef {import("./protocol-elements.js").SidebarState} SidebarState */

/**
 * An emoji as a favicon: an SVG data URI drawing it as text.
 * @param {string} emoji
 * @returns {string}
 */
export function emojiFavicon(emoji) {
  const text = emoji.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">` +
    `<text y=".9em" font-size="90">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export class PageChrome {
  /** @type {HTMLElement} */ #app;
  /** @type {(state: SidebarState) => void} */ #initialSidebar;
  /** The page's own title and icon, shown while the app sets none. */
  #defaultTitle = document.title;
  #defaultIcon = iconLink().getAttribute("href") ?? "data:,";

  /**
   * @param {HTMLElement} app the app root
   * @param {(state: SidebarState) => void} initialSidebar applies `initialSidebarState`
   */
  constructor(app, initialSidebar) {
    this.#app = app;
    this.#initialSidebar = initialSidebar;
  }

  /** @param {PageConfigNode} node */
  apply(node) {
    const title = node.title ?? this.#defaultTitle;
    if (document.title !== title) document.title = title;
    // The page's own icon, or an SVG data:image URL in which the app's text is escaped (img-src data:).
    // deno-lint-ignore swiftlit/checked-url
    setAttribute(iconLink(), "href", node.icon === undefined ? this.#defaultIcon : emojiFavicon(node.icon));
    setAttribute(this.#app, DATA.layout, node.layout ?? "centered");
    this.#initialSidebar(node.initialSidebarState ?? "auto");
  }
}

/** @returns {HTMLLinkElement} the page's `<link rel="icon">`, added when index.html has none */
function iconLink() {
  let link = document.querySelector('link[rel="icon"]');
  if (!(link instanceof HTMLLinkElement)) {
    link = document.createElement("link");
    link.setAttribute("rel", "icon");
    document.head.append(link);
  }
  return /** @type {HTMLLinkElement} */ (link);
}
