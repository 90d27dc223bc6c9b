// Where in the app the tab is, read off its address: the page is the path below the app's root
// (`<base href>`, which carries `server.baseUrlPath`), the query what follows `?`. The server
// decides what a page path means; the browser only reports it.

/** @typedef {import("./protocol-types.js").PageLocation} PageLocation */

/**
 * The path of the app's root, always ending in "/": "/" or "/sales/".
 * @returns {string}
 */
export function rootPath() {
  return new URL(document.baseURI).pathname;
}

/**
 * The tab's page and query string, as `hello` and `rerun` carry them.
 * @param {Location | URL} [address] default: the tab's address
 * @returns {PageLocation}
 */
export function currentLocation(address = location) {
  return locationBelow(rootPath(), address);
}

/**
 * The page and query string of `address` for an app whose root path is `root`. Pure, so links
 * are read the same way as the tab's own address.
 * @param {string} root the app's root path, ending in "/"
 * @param {Location | URL} address
 * @returns {PageLocation}
 */
export function locationBelow(root, address) {
  const path = address.pathname;
  const below = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\/+/, "");
  let page = below.replace(/\/+$/, "");
  try {
    page = decodeURIComponent(page);
  } catch {
    // A malformed escape: report the path as it is, the server answers with its 404 page.
  }
  return { page, query: address.search.replace(/^\?/, "") };
}
