// The types renderers share: what a renderer is, and what it may call back into. Types only.

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("./widget-values.js").WidgetValues} WidgetValues */
/** @typedef {import("./protocol-elements.js").PageConfigNode} PageConfigNode */

/**
 * What renderers may use. A renderer never talks to the connection itself, and never needs to know
 * where its widget sits: forms and fragments are resolved from the tree by the widget's id.
 * @typedef {object} RenderContext
 * @property {WidgetValues} values the browser-held widget values
 * @property {(id: string, value: WidgetValue) => void} commit store a value the user chose and
 *   rerun the app with it (nothing is sent when it equals the stored value; inside a form, the
 *   value only waits for the form's submit)
 * @property {(id: string, sent?: WidgetValue) => void} trigger a button was clicked: rerun with it
 *   as `trigger` (a form's submit button also sends the form's waiting values); `sent`, when given,
 *   goes under `id` in that rerun's `widgets` only and is not stored (a chat input's message)
 * @property {(id: string) => void} submit Enter was pressed in the widget `id` (after its commit):
 *   submits its form when the form has `enterToSubmit`, does nothing otherwise
 * @property {() => string | undefined} sessionId the id of this tab's session (from the server's
 *   `session` message), for URLs that name it (a table's CSV download); `undefined` before it came
 * @property {() => string | undefined} uploadToken the session's XSRF token for uploads (from the
 *   server's `session` message), sent in the `X-Xsrftoken` header; `undefined` before it came
 * @property {(node: PageConfigNode) => void} configurePage apply the page configuration
 * @property {(root: Element) => void} highlightCode highlight `pre code[class*=language-]` inside `root`
 * @property {() => void} stopStreams the user pressed Stop on a streaming reply: the run in progress
 *   ends its streams where they are (`st.writeStream` returns what it has) and goes on
 */

/**
 * One element family's DOM code. `create` builds the element for a node; `update` brings an element
 * that `create` built (for a node of the same kind and, for widgets, the same id) up to date in
 * place, keeping focus, caret, scroll and open/closed state. `matches`, when present, can refuse
 * an in-place update of an element whose structure no longer fits (it is then built anew).
 * `attached`, when present, runs once the created element is in the document (a dialog opens).
 * @template {Node} N
 * @typedef {object} Renderer
 * @property {(node: N, ctx: RenderContext) => HTMLElement} create
 * @property {(element: HTMLElement, node: N, ctx: RenderContext) => void} update
 * @property {(element: HTMLElement, node: N) => boolean} [matches]
 * @property {(element: HTMLElement, node: N, ctx: RenderContext) => void} [attached]
 */

export {};
