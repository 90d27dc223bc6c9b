// The wire protocol, version 1, as the browser sees it: JSDoc mirrors of the Swift types in
// Sources/SwiftlitProtocol, documented in docs/protocol.md (the authority when the two disagree).
// Decoding validates the shape so that the rest of the client can trust the types.

import { checkClientMessage, checkServerMessage } from "./protocol-validation.js";

/** The protocol version this client speaks; exchanged in `hello` and `session`. */
export const PROTOCOL_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Widget values

/**
 * What the browser holds for one widget: a JSON scalar, or an array of scalars (a range slider's
 * `[low, high]`, a multiselect's labels).
 * @typedef {null | boolean | number | string | Array<null | boolean | number | string>} WidgetValue
 */

/**
 * Widget ids: `<kind>:<label>`, or `<kind>#<key>` when the app passed `key:`.
 * @typedef {string} WidgetId
 */

/** @typedef {Record<WidgetId, WidgetValue>} WidgetValues */

// ---------------------------------------------------------------------------------------------
// Client → server

/**
 * The first message on every connection.
 * @typedef {object} HelloMessage
 * @property {"hello"} type
 * @property {number} protocol must be {@link PROTOCOL_VERSION}
 * @property {string} [sessionId] the session to resume
 * @property {WidgetValues} [widgets] every value the browser holds
 */

/**
 * Any interaction: all widget values, and the clicked button.
 * @typedef {object} RerunMessage
 * @property {"rerun"} type
 * @property {WidgetValues} widgets
 * @property {WidgetId} [trigger] the button that was clicked
 * @property {string} [fragment] the fragment whose widget changed (only it reruns)
 */

/** @typedef {HelloMessage | RerunMessage | import("./protocol-data.js").RowsRequestMessage} ClientMessage */

// ---------------------------------------------------------------------------------------------
// Server → client

/**
 * @typedef {object} SessionMessage
 * @property {"session"} type
 * @property {number} protocol
 * @property {string} sessionId
 * @property {boolean} resumed `true` when an earlier session (and its state) was resumed
 */

/**
 * Changes from a run that is still going.
 * @typedef {object} DeltaMessage
 * @property {"delta"} type
 * @property {number} run grows by one per run within a session
 * @property {Op[]} ops
 */

/** @typedef {"complete" | "error" | "interrupted"} RunStatus */

/**
 * The last changes of a run, and how it ended.
 * @typedef {object} RunFinishedMessage
 * @property {"runFinished"} type
 * @property {number} run
 * @property {RunStatus} status
 * @property {Op[]} ops
 */

/**
 * @typedef {"malformedMessage" | "unknownMessageType" | "unsupportedProtocol" | "messageTooLarge"
 *   | "invalidWidgetValue" | "unknownWidget" | "notReady" | "unknownTable" | "rateLimited"
 *   | "serverBusy"} ErrorCode
 */

/**
 * Something the client sent was refused; the session goes on.
 * @typedef {object} ErrorMessage
 * @property {"error"} type
 * @property {ErrorCode} code
 * @property {string} message
 */

/**
 * @typedef {SessionMessage | DeltaMessage | RunFinishedMessage | ErrorMessage
 *   | import("./protocol-data.js").RowsMessage} ServerMessage
 */

// ---------------------------------------------------------------------------------------------
// Operations

/**
 * Indices root first: `[0, 2]` is the third node of the main area; root 0 is main, 1 the sidebar,
 * 2 the event root (page configuration, dialogs, toasts, celebrations).
 * @typedef {number[]} Path
 */

/**
 * Put `node` at `path`; the last index is at most the parent's child count (equal appends).
 * @typedef {object} SetOp
 * @property {"set"} op
 * @property {Path} path
 * @property {Node} node
 */

/**
 * Insert `node` at `path`, shifting later siblings by one; the last index is at most the child count.
 * @typedef {object} InsertOp
 * @property {"insert"} op
 * @property {Path} path
 * @property {Node} node
 */

/**
 * Remove `count` children starting at `path`, shifting later siblings back.
 * @typedef {object} RemoveOp
 * @property {"remove"} op
 * @property {Path} path
 * @property {number} count
 */

/**
 * Keep only the first `count` children of the container at `path`.
 * @typedef {object} TrimOp
 * @property {"trim"} op
 * @property {Path} path
 * @property {number} count
 */

/** @typedef {SetOp | InsertOp | RemoveOp | TrimOp} Op */

// ---------------------------------------------------------------------------------------------
// Nodes

/** @typedef {"visible" | "hidden" | "collapsed"} LabelVisibility */
/**
 * What every widget node carries.
 * @typedef {object} WidgetInfo
 * @property {WidgetId} id
 * @property {string} label also the accessible name, whatever `labelVisibility` says
 * @property {string} [help]
 * @property {boolean} [disabled]
 * @property {LabelVisibility} [labelVisibility] omitted means `visible`
 */

/**
 * Range, step and display of a numeric widget.
 * @typedef {object} NumberSpec
 * @property {number} [min]
 * @property {number} [max]
 * @property {number} step
 * @property {boolean} [integer]
 * @property {string} [format] printf-style: `%d`, `%.2f`, `%.1f%%`
 */

/** @typedef {{kind: "heading", level: 1 | 2 | 3, html: string, anchor?: string, help?: string}} HeadingNode */
/** @typedef {{kind: "markdown" | "caption", html: string, help?: string}} MarkdownNode */
/** @typedef {{kind: "text", text: string, help?: string}} TextNode */
/** @typedef {{kind: "code", code: string, language?: string, lineNumbers?: boolean}} CodeNode */
/** @typedef {{kind: "divider"}} DividerNode */
/** @typedef {{kind: "json", value: unknown, expanded: boolean}} JsonNode */
/** @typedef {"success" | "info" | "warning" | "error"} AlertVariant */
/** @typedef {{kind: "alert", variant: AlertVariant, html: string, icon?: string}} AlertNode */
/** @typedef {{kind: "exception", type?: string, message: string, details?: string}} ExceptionNode */
/** @typedef {import("./protocol-elements.js").BlockNode} BlockNode */
/**
 * @typedef {{kind: "button", widget: WidgetInfo, style?: "primary" | "secondary", formSubmit?: boolean}}
 *   ButtonNode
 */
/** @typedef {{kind: "checkbox" | "toggle", widget: WidgetInfo, value: boolean}} BooleanNode */
/**
 * @typedef {{kind: "textInput", widget: WidgetInfo, value?: string, placeholder?: string,
 *   maxChars?: number, password?: boolean}} TextInputNode
 */
/**
 * @typedef {{kind: "textArea", widget: WidgetInfo, value?: string, placeholder?: string,
 *   maxChars?: number, height?: number}} TextAreaNode
 */
/**
 * @typedef {{kind: "numberInput", widget: WidgetInfo, value?: number, number: NumberSpec,
 *   placeholder?: string}} NumberInputNode
 */
/** @typedef {{kind: "slider", widget: WidgetInfo, value: number[], number: NumberSpec}} SliderNode */
/**
 * @typedef {{kind: "selectbox" | "radio", widget: WidgetInfo, options: string[], value?: string,
 *   placeholder?: string, horizontal?: boolean, captions?: string[]}} SelectNode
 */
/**
 * @typedef {{kind: "multiselect", widget: WidgetInfo, options: string[], value: string[],
 *   maxSelections?: number, placeholder?: string}} MultiselectNode
 */

/**
 * A message box: holds no value; a submission is a `rerun` with `trigger` = its id and the text
 * under its id in `widgets`.
 * @typedef {{kind: "chatInput", widget: WidgetInfo, placeholder?: string, maxChars?: number}} ChatInputNode
 */

/**
 * One node of the page; `kind` names it.
 * @typedef {HeadingNode | MarkdownNode | TextNode | CodeNode | DividerNode | JsonNode | AlertNode
 *   | ExceptionNode | BlockNode | import("./protocol-elements.js").StatusElementNode | ButtonNode
 *   | BooleanNode | TextInputNode | TextAreaNode | NumberInputNode | SliderNode | SelectNode
 *   | MultiselectNode | ChatInputNode | import("./protocol-data.js").DataElementNode} Node
 */

/** @typedef {Node["kind"]} NodeKind */

/** @typedef {Extract<Node, {widget: WidgetInfo}>} WidgetNode */

// ---------------------------------------------------------------------------------------------
// Coding

/**
 * Parses one text frame from the server and checks its shape.
 * @param {string} text the frame's JSON
 * @returns {ServerMessage}
 * @throws {Error} naming the first field that is missing or of the wrong type
 */
export function decodeServerMessage(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`server message is not JSON: ${describeError(error)}`);
  }
  checkServerMessage(value);
  return /** @type {ServerMessage} */ (value);
}

/**
 * Checks a message for the server and turns it into a text frame. Checking here catches a client
 * bug in the browser console instead of as a `malformedMessage` round trip.
 * @param {ClientMessage} message
 * @returns {string}
 * @throws {Error} when the message does not have the shape the server accepts
 */
export function encodeClientMessage(message) {
  checkClientMessage(message);
  return JSON.stringify(message);
}

/**
 * @param {unknown} error
 * @returns {string}
 */
function describeError(error) {
  return error instanceof Error ? error.message : String(error);
}
