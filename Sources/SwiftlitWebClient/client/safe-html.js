// URL checks, and the one way server HTML enters the page.
//
// The HTML the server sends is Markdown it rendered (SwiftlitMarkdown): raw HTML is escaped and
// javascript:/vbscript:/data: link targets are emptied there, and Streamlit's directives become
// spans with fixed classes (st-color, st-bg, st-badge, st-icon), which pass here as any class does.
// But an app that passes `unsafeAllowHTML`, or calls `st.html`, gets its raw HTML through untouched,
// and it may have pasted user text into it.
// So, as defence in depth behind the page's CSP (which already blocks inline script and
// javascript: URLs), every HTML string is parsed in an inert <template> (nothing runs, nothing
// loads) and stripped of what could run script or send the page elsewhere before it is inserted.
// This is not a general sanitiser: styles, forms and layout stay the app's business.

/** Attributes the browser follows as a URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "xlink:href", "action", "formaction", "poster", "data"]);

/**
 * Elements whose only use in a Markdown body or inline `st.html` would be to run script, embed a
 * plugin or another page, or redirect. (HTML with scripts belongs in `st.html(sandboxed: true)`,
 * whose frame renderers/html.js builds itself.)
 */
const REMOVED_ELEMENTS = new Set([
  "script",
  "base",
  "meta",
  "object",
  "embed",
  "frame",
  "frameset",
  "iframe",
]);

/** Elements that may point at another browsing context and so need `rel` (a, area, form). */
const LINK_ELEMENTS = new Set(["a", "area", "form"]);

/**
 * Whether `url` may go into a link or resource attribute: not javascript: or vbscript:, and not data:
 * unless it is a data:image/… for an image. Like the browser (and SwiftlitMarkdown's check), ignores
 * case and any whitespace or control characters in the scheme.
 * @param {string} url
 * @param {boolean} [image] the URL is an image's source
 * @returns {boolean}
 */
export function isSafeUrl(url, image = false) {
  const colon = url.indexOf(":");
  if (colon < 0) return true;
  const scheme = [...url.slice(0, colon)].filter((c) => (c.codePointAt(0) ?? 0) > 0x20).join("")
    .toLowerCase();
  if (scheme === "javascript" || scheme === "vbscript") return false;
  if (scheme !== "data") return true;
  return image && /^\s*image\//i.test(url.slice(colon + 1));
}

/**
 * `url` if it is safe for a link, else `null` (which dom.js's setAttribute turns into no attribute).
 * @param {string} url
 * @returns {string | null}
 */
export function safeUrl(url) {
  return isSafeUrl(url) ? url : null;
}

/**
 * `url` if it is safe as an image's source (data:image/… allowed), else `null`.
 * @param {string} url
 * @returns {string | null}
 */
export function safeImageUrl(url) {
  return isSafeUrl(url, true) ? url : null;
}

/**
 * Whether an attribute may stay on an element of server HTML.
 * @param {string} element the element's local name
 * @param {string} name the attribute's name
 * @param {string} value
 * @returns {boolean}
 */
export function keepsAttribute(element, name, value) {
  const lower = name.toLowerCase();
  if (lower.startsWith("on") || lower === "srcdoc") return false;
  if (!URL_ATTRIBUTES.has(lower)) return true;
  const image = (element === "img" && lower === "src") || (element === "image" && lower.endsWith("href"));
  return isSafeUrl(value, image);
}

/**
 * `rel` with `noopener noreferrer` added: a link that opens another tab gets no handle on this page
 * (window.opener) and tells the other site nothing of it.
 * @param {string | null} rel
 * @returns {string}
 */
export function relWithNoopener(rel) {
  const tokens = (rel ?? "").split(/\s+/).filter((token) => token !== "");
  const lower = new Set(tokens.map((token) => token.toLowerCase()));
  for (const needed of ["noopener", "noreferrer"]) if (!lower.has(needed)) tokens.push(needed);
  return tokens.join(" ");
}

/**
 * Element methods read from `Element.prototype`, never from the element: a `<form>` whose inputs are
 * named `attributes`, `localName` or `removeAttribute` replaces those properties on the form itself
 * (DOM clobbering) and would hide its own attributes from a check that asked the element. Outside a
 * browser (the deno tests) the element's own members are used.
 */
const elementPrototype = /** @type {{Element?: {prototype: Element}}} */ (/** @type {unknown} */ (globalThis))
  .Element?.prototype;
const localNameGetter = elementPrototype &&
  Object.getOwnPropertyDescriptor(elementPrototype, "localName")?.get;

/**
 * @param {Element} element
 * @returns {string}
 */
function localNameOf(element) {
  return localNameGetter ? localNameGetter.call(element) : element.localName;
}

/**
 * @template {"getAttributeNames" | "getAttribute" | "hasAttribute" | "removeAttribute" | "setAttribute" | "remove"} M
 * @param {M} method
 * @param {Element} element
 * @param {Parameters<Element[M]>} args
 * @returns {ReturnType<Element[M]>}
 */
function call(method, element, ...args) {
  const own = /** @type {(...a: unknown[]) => ReturnType<Element[M]>} */ (
    /** @type {unknown} */ (elementPrototype?.[method] ?? element[method])
  );
  return own.call(element, ...args);
}

/**
 * Removes from `root`'s elements what could run script or navigate: see the file comment.
 * @param {ParentNode} root
 */
export function hardenTree(root) {
  for (const element of [...root.querySelectorAll("*")]) {
    const name = localNameOf(element).toLowerCase();
    // SVG <set>/<animate> can rewrite a link's href into javascript: after any check.
    const animatesLink = (name === "set" || name === "animate") &&
      (call("getAttribute", element, "attributeName") ?? "").toLowerCase().endsWith("href");
    if (REMOVED_ELEMENTS.has(name) || animatesLink) {
      call("remove", element);
      continue;
    }
    for (const attribute of call("getAttributeNames", element)) {
      const value = call("getAttribute", element, attribute) ?? "";
      if (!keepsAttribute(name, attribute, value)) call("removeAttribute", element, attribute);
    }
    if (LINK_ELEMENTS.has(name) && call("hasAttribute", element, "target")) {
      call("setAttribute", element, "rel", relWithNoopener(call("getAttribute", element, "rel")));
    }
    // A nested <template> keeps its own fragment, which querySelectorAll does not enter.
    if (name === "template" && "content" in element) {
      hardenTree(/** @type {HTMLTemplateElement} */ (element).content);
    }
  }
}

/**
 * Server HTML as nodes ready to insert, parsed where nothing runs or loads, then hardened.
 * @param {string} html
 * @returns {DocumentFragment}
 */
export function parseServerHtml(html) {
  const template = document.createElement("template");
  // deno-lint-ignore swiftlit/no-html-sink
  template.innerHTML = html; // inert: a template's content runs no script and loads nothing
  hardenTree(template.content);
  return template.content;
}
