// The tab's history across the app's pages: links to pages of the app navigate without a reload
// (a plain left click is taken over; a modifier click, a middle click or "open in new tab" keep
// the browser's behaviour, so a new tab starts its own session there), the server's `location`
// messages move the address bar (push or replace), and back/forward rerun the app at the entry
// they restore. The pure parts (`pageAddress`, `navigationTarget`) are tested in
// Tests/WebClientTests/navigation-history.test.js.

import { locationBelow } from "./page-location.js";

/** @typedef {import("./protocol-types.js").PageLocation} PageLocation */
/** @typedef {import("./protocol-types.js").LocationChangeMessage} LocationChangeMessage */

/** First path segments the server answers itself: links there are files, not pages. */
const SERVER_PREFIXES = new Set(["_stcore", "static", "media", "healthz"]);

/**
 * The address of a page: the app's root, the page's path as one percent-encoded segment, the query.
 * @param {string} root the app's root path, ending in "/"
 * @param {string} page the page's path ("" for the default page)
 * @param {string} query the query string without "?"
 * @returns {string}
 */
export function pageAddress(root, page, query) {
  return root + encodeURIComponent(page) + (query === "" ? "" : `?${query}`);
}

/**
 * The page a click on a link goes to, when this client should take the navigation over; `null`
 * when the browser should follow the link itself (another site, a new tab, a download, a file of
 * the server, a jump to an anchor on this page, a click with a modifier or another button).
 * @param {{href: string, target: string, download: boolean}} link the anchor's resolved href
 * @param {{button: number, ctrlKey: boolean, metaKey: boolean, shiftKey: boolean, altKey: boolean,
 *   defaultPrevented: boolean}} click
 * @param {{href: string, root: string}} tab the tab's address and the app's root path
 * @returns {PageLocation | null}
 */
export function navigationTarget(link, click, tab) {
  if (click.defaultPrevented || click.button !== 0) return null;
  if (click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return null;
  if (link.download || (link.target !== "" && link.target !== "_self")) return null;
  /** @type {URL} */
  let url;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  const here = new URL(tab.href);
  if (url.origin !== here.origin || !url.pathname.startsWith(tab.root)) return null;
  if (url.hash !== "" && url.pathname === here.pathname && url.search === here.search) return null;
  const firstSegment = url.pathname.slice(tab.root.length).split("/")[0];
  if (SERVER_PREFIXES.has(firstSegment.toLowerCase())) return null;
  return locationBelow(tab.root, url);
}

/** Wires the tab's history to the session. */
export class NavigationHistory {
  /**
   * @param {{root: string, current: () => PageLocation, navigate: (location: PageLocation) => void}} deps
   *   `navigate` reruns the app at a location the tab moved to by itself
   */
  constructor(deps) {
    this.deps = deps;
  }

  /** Takes over link clicks and listens for back and forward. */
  install() {
    document.addEventListener("click", (event) => this.#onClick(event));
    addEventListener("popstate", () => this.deps.navigate(this.deps.current()));
  }

  /**
   * Moves the address bar where the app moved the tab.
   * @param {LocationChangeMessage} change
   */
  follow(change) {
    const here = this.deps.current();
    if (here.page === change.page && here.query === change.query) return;
    const address = pageAddress(this.deps.root, change.page, change.query);
    if (change.history === "push") history.pushState(null, "", address);
    else history.replaceState(null, "", address);
    if (here.page !== change.page) scrollTo(0, 0);
  }

  /** @param {MouseEvent} event */
  #onClick(event) {
    const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const target = navigationTarget(
      { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") },
      event,
      { href: location.href, root: this.deps.root },
    );
    if (target === null) return;
    event.preventDefault();
    const here = this.deps.current();
    const address = pageAddress(this.deps.root, target.page, target.query);
    if (here.page === target.page && here.query === target.query) history.replaceState(null, "", address);
    else history.pushState(null, "", address);
    if (here.page !== target.page) scrollTo(0, 0);
    this.deps.navigate(target);
  }
}
