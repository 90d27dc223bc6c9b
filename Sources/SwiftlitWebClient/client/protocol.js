// The wire protocol, version 1, as the browser sees it. The wire types' JSDoc typedefs are generated
// from the Swift types into protocol-types.js, and their validation rules into protocol-schema.js
// (scripts/gen-protocol.sh); this module holds the types the generator leaves to hand-written rules
// (widget values, operations), names the generated types the rest of the client imports from here,
// and decodes and encodes messages, validating their shape so that the rest of the client can trust
// the types.

import { checkClientMessage, checkServerMessage } from "./protocol-validation.js";

export { PROTOCOL_VERSION } from "./protocol-schema.js";

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

/**
 * Keep the first `keep` UTF-16 code units of the HTML of the `markdown` element at `path` and
 * append `text` (a streamed reply that grew).
 * @typedef {object} SpliceOp
 * @property {"splice"} op
 * @property {Path} path
 * @property {number} keep
 * @property {string} text
 */

/** @typedef {SetOp | InsertOp | RemoveOp | TrimOp | SpliceOp} Op */
/** What the DOM applies: a splice reaches it as the `set` of the node it changed. @typedef {SetOp | InsertOp | RemoveOp | TrimOp} PageOp */

// ---------------------------------------------------------------------------------------------
// Generated types, under the names the rest of the client imports from this module

/** @typedef {import("./protocol-types.js").ClientMessage} ClientMessage */
/** @typedef {import("./protocol-types.js").ServerMessage} ServerMessage */
/** @typedef {import("./protocol-types.js").RerunMessage} RerunMessage */
/** @typedef {import("./protocol-types.js").Node} Node */
/** @typedef {import("./protocol-types.js").NodeKind} NodeKind */
/** @typedef {import("./protocol-types.js").WidgetInfo} WidgetInfo */
/** @typedef {import("./protocol-types.js").NumberFormat} NumberSpec */
/** @typedef {import("./protocol-types.js").HeadingNode} HeadingNode */
/** @typedef {import("./protocol-types.js").MarkdownNode} MarkdownNode */
/** @typedef {import("./protocol-types.js").TextNode} TextNode */
/** @typedef {import("./protocol-types.js").CodeNode} CodeNode */
/** @typedef {import("./protocol-types.js").DividerNode} DividerNode */
/** @typedef {import("./protocol-types.js").JSONNode} JsonNode */
/** @typedef {import("./protocol-types.js").AlertNode} AlertNode */
/** @typedef {import("./protocol-types.js").ExceptionNode} ExceptionNode */
/** @typedef {import("./protocol-types.js").ButtonNode} ButtonNode */
/** @typedef {import("./protocol-types.js").BooleanNode} BooleanNode */
/** @typedef {import("./protocol-types.js").TextInputNode} TextInputNode */
/** @typedef {import("./protocol-types.js").TextAreaNode} TextAreaNode */
/** @typedef {import("./protocol-types.js").NumberInputNode} NumberInputNode */
/** @typedef {import("./protocol-types.js").SliderNode} SliderNode */
/** @typedef {import("./protocol-types.js").SelectNode} SelectNode */
/** @typedef {import("./protocol-types.js").MultiselectNode} MultiselectNode */
/** @typedef {import("./protocol-types.js").ChatInputNode} ChatInputNode */
/** @typedef {import("./protocol-types.js").DateInputNode} DateInputNode */
/** @typedef {import("./protocol-types.js").TimeInputNode} TimeInputNode */
/** @typedef {import("./protocol-types.js").DateTimeInputNode} DateTimeInputNode */
/** @typedef {import("./protocol-types.js").ColorPickerNode} ColorPickerNode */
/** @typedef {import("./protocol-types.js").SelectSliderNode} SelectSliderNode */
/** @typedef {import("./protocol-types.js").ButtonGroupNode} ButtonGroupNode */
/** @typedef {import("./protocol-types.js").FeedbackNode} FeedbackNode */
/** @typedef {import("./protocol-types.js").LinkButtonNode} LinkButtonNode */
/** @typedef {import("./protocol-types.js").PageLinkNode} PageLinkNode */
/** @typedef {import("./protocol-types.js").LinkInfo} LinkInfo */
/** @typedef {import("./protocol-types.js").UploadNode} UploadNode */
/** @typedef {import("./protocol-types.js").UploadedFileInfo} UploadedFileInfo */

/** @typedef {Extract<Node, {widget: WidgetInfo}>} WidgetNode */

/**
 * The widget a node is, if any. Most widget kinds always are one; a dataframe is one only when it
 * is selectable or a data editor.
 * @param {Node} node
 * @returns {WidgetInfo | undefined}
 */
export function widgetOf(node) {
  return "widget" in node ? node.widget : undefined;
}

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
