// The types renderers share: what a renderer is, and what it may call back into. Types only.

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("./widget-values.js").WidgetValues} WidgetValues */

/**
 * What renderers may use. A renderer never talks to the connection itself.
 * @typedef {object} RenderContext
 * @property {WidgetValues} values the browser-held widget values
 * @property {(id: string, value: WidgetValue) => void} commit store a value the user chose and
 *   rerun the app with it (nothing is sent when it equals the stored value)
 * @property {(id: string) => void} trigger a button was clicked: rerun with it as `trigger`
 * @property {(root: Element) => void} highlightCode highlight `pre code[class*=language-]` inside `root`
 */

/**
 * One element family's DOM code. `create` builds the element for a node; `update` brings an element
 * that `create` built (for a node of the same kind and, for widgets, the same id) up to date in
 * place, keeping focus, caret, scroll and open/closed state. `matches`, when present, can refuse
 * an in-place update of an element whose structure no longer fits (it is then built anew).
 * @template {Node} N
 * @typedef {object} Renderer
 * @property {(node: N, ctx: RenderContext) => HTMLElement} create
 * @property {(element: HTMLElement, node: N, ctx: RenderContext) => void} update
 * @property {(element: HTMLElement, node: N) => boolean} [matches]
 */

export {};
