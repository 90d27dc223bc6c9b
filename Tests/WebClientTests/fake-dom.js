// A few DOM nodes for tests of modules that build elements (deno has no DOM): elements with
// attributes, children and text, enough for dom.js's `h` and for moving elements around. Install
// it with {@link installFakeDocument}; `document.createElement` then returns these, typed as the
// real ones.

class FakeElement {
  /** @type {FakeElement | null} */
  parentElement = null;
  /** @type {Array<FakeElement | string>} */
  childNodes = [];
  /** Set on the document's body: what is inside it is "in the page". */
  isRoot = false;
  /** @type {Map<string, string>} */
  #attributes = new Map();

  /** @param {string} tagName */
  constructor(tagName) {
    this.tagName = tagName.toUpperCase();
  }

  /** @returns {boolean} */
  get isConnected() {
    return this.isRoot || (this.parentElement?.isConnected ?? false);
  }

  get children() {
    return this.childNodes.filter((child) => child instanceof FakeElement);
  }

  /** @returns {string} */
  get textContent() {
    return this.childNodes.map((child) => typeof child === "string" ? child : child.textContent).join("");
  }

  /** @param {string} name */
  getAttribute(name) {
    return this.#attributes.get(name) ?? null;
  }

  /** @param {string} name */
  hasAttribute(name) {
    return this.#attributes.has(name);
  }

  /**
   * @param {string} name
   * @param {string} value
   */
  setAttribute(name, value) {
    this.#attributes.set(name, String(value));
  }

  /** @param {string} name */
  removeAttribute(name) {
    this.#attributes.delete(name);
  }

  /** @param {Array<FakeElement | string>} nodes */
  append(...nodes) {
    for (const node of nodes) {
      if (node instanceof FakeElement) {
        node.remove();
        node.parentElement = this;
      }
      this.childNodes.push(node);
    }
  }

  /** @param {Array<FakeElement | string>} nodes */
  replaceChildren(...nodes) {
    for (const child of this.childNodes) if (child instanceof FakeElement) child.parentElement = null;
    this.childNodes = [];
    this.append(...nodes);
  }

  remove() {
    const parent = this.parentElement;
    if (parent === null) return;
    parent.childNodes.splice(parent.childNodes.indexOf(this), 1);
    this.parentElement = null;
  }

  /** @param {FakeElement} other */
  replaceWith(other) {
    const parent = this.parentElement;
    if (parent === null) return;
    other.remove();
    parent.childNodes.splice(parent.childNodes.indexOf(this), 1, other);
    other.parentElement = parent;
    this.parentElement = null;
  }
}

/**
 * Makes `document.createElement` build fake elements; returns the page's body, in which elements
 * are connected.
 * @returns {HTMLElement}
 */
export function installFakeDocument() {
  const body = new FakeElement("body");
  body.isRoot = true;
  const fakeDocument = { body, createElement: (/** @type {string} */ tag) => new FakeElement(tag) };
  Object.defineProperty(globalThis, "document", { value: fakeDocument, configurable: true });
  return /** @type {HTMLElement} */ (/** @type {unknown} */ (body));
}
