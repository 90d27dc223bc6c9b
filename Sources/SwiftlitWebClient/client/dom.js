// Small DOM helpers shared by the renderers (htmx's make/byId spirit: a few, tiny, obvious).

import { parseServerHtml } from "./safe-html.js";

/**
 * @typedef {Record<string, string | number | boolean | null | undefined>} Attributes
 * `null`, `undefined` and `false` leave an attribute out; `true` writes it empty.
 */

/**
 * Creates an element with attributes and children.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attributes]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) setAttribute(element, name, value);
  element.append(...children);
  return element;
}

/**
 * Sets or removes an attribute, touching the DOM only when it changes.
 * @param {Element} element
 * @param {string} name
 * @param {string | number | boolean | null | undefined} value see {@link Attributes}
 */
export function setAttribute(element, name, value) {
  if (value === null || value === undefined || value === false) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
    return;
  }
  const text = value === true ? "" : String(value);
  if (element.getAttribute(name) !== text) element.setAttribute(name, text);
}

/**
 * Sets `textContent` only when it changes (keeps selections and avoids needless mutations).
 * @param {Node} node
 * @param {string} text
 */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Replaces an element's content with server HTML, only when it changes. The HTML is Markdown the
 * server rendered and made safe; it still goes through safe-html.js (see there why). Nothing else
 * may become HTML: text goes through {@link setText} or {@link h}.
 * @param {Element} element
 * @param {string} html
 * @returns {boolean} whether it changed
 */
export function setHtml(element, html) {
  const previous = htmlSource.get(element);
  if (previous === html) return false;
  htmlSource.set(element, html);
  element.replaceChildren(parseServerHtml(html));
  if (RICH_TEXT.test(html)) {
    // Icons need their font, shortcodes the emoji table: loaded only by pages that show them.
    import("./rich-text.js").then((module) => module.enhanceRichText(element)).catch((error) =>
      console.warn("swiftlit: could not load rich-text.js:", error)
    );
  }
  return true;
}

/** Server HTML with an icon (see dom-names.js ICON_SELECTOR) or an emoji shortcode candidate. */
const RICH_TEXT = /class="st-icon"|:[A-Za-z0-9_+-]+:/;

/**
 * Forgets the HTML an element was given, once something else wrote its content, so that the next
 * {@link setHtml} writes it again.
 * @param {Element} element
 */
export function forgetHtml(element) {
  htmlSource.delete(element);
}

/** The HTML string each element was last given; the DOM would show it normalised. */
const htmlSource = new WeakMap();

let idCounter = 0;

/**
 * A document-unique id for label/description wiring.
 * @param {string} purpose e.g. `label`, `help`
 * @returns {string}
 */
export function uniqueId(purpose) {
  idCounter += 1;
  return `st-${purpose}-${idCounter}`;
}

/**
 * The first child element matching `selector`, which must exist (renderers look up what they created).
 * @template {Element} T
 * @param {Element} root
 * @param {string} selector
 * @param {new () => T} type the expected element class
 * @returns {T}
 */
export function part(root, selector, type) {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`swiftlit: missing ${selector} in ${root.tagName}`);
  return found;
}

/** What to call when a container's children change, by container (see {@link onChildrenChanged}). */
const childWatchers = /** @type {WeakMap<Element, () => void>} */ (new WeakMap());

/**
 * Asks to be told, synchronously, whenever patch.js adds, replaces or removes children of
 * `container` (tabs pair their buttons with the panels that arrive as children).
 * @param {Element} container an element marked with data-st-children
 * @param {() => void} callback
 */
export function onChildrenChanged(container, callback) {
  childWatchers.set(container, callback);
}

/**
 * Called by patch.js after it changed the children of `container`.
 * @param {Element} container
 */
export function childrenChanged(container) {
  childWatchers.get(container)?.();
}

/**
 * Creates an SVG element (icons drawn in the page, so that no icon font is needed).
 * @param {string} tag `svg`, `path`, `circle`, …
 * @param {Record<string, string>} [attributes]
 * @param {Element[]} [children]
 * @returns {SVGElement}
 */
export function svg(tag, attributes = {}, children = []) {
  const element = /** @type {SVGElement} */ (document.createElementNS("http://www.w3.org/2000/svg", tag));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
