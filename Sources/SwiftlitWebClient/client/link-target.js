// Where a link element may point. The server already refuses anything but http(s), mailto (link
// buttons) and app paths (page links); the browser checks again so that a forged or buggy message
// can never turn a link into script. Pure; tested in Tests/WebClientTests/link-target.test.js.

/**
 * The href to use, or `null` when the address is not allowed.
 * @param {string} href
 * @param {{mail: boolean, appPaths: boolean}} allowed `mail` allows `mailto:`, `appPaths` allows
 *   paths of the app (no scheme, not `//host`)
 * @returns {string | null}
 */
export function safeHref(href, allowed) {
  // Browsers skip leading spaces and controls and ignore tabs and newlines inside a scheme.
  // deno-lint-ignore no-control-regex
  const cleaned = href.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  // deno-lint-ignore no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cleaned)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    if (!allowed.appPaths || cleaned === "" || /^[/\\]{2}/.test(cleaned)) return null;
    return href;
  }
  if (scheme === "http" || scheme === "https") return /^[a-zA-Z]+:\/\/./.test(cleaned) ? href : null;
  if (scheme === "mailto" && allowed.mail) return href;
  return null;
}

/**
 * The href of a path of the app. The page's `<base>` is the app's root (`/` or the server's
 * `baseUrlPath`), so a relative path already lands in the app; a path from the root (`/settings`)
 * is read from the app's root too, not the host's, so that an app served under a prefix keeps its
 * links.
 * @param {string} path a path `safeHref` allowed as a path of the app
 * @param {string} base the page's base URL (`document.baseURI`)
 * @returns {string}
 */
export function appPathHref(path, base) {
  if (!path.startsWith("/")) return path;
  const url = new URL(path.slice(1), base);
  return url.pathname + url.search + url.hash;
}
