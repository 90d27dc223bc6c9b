// The pure part of a chat input's attachments (renderers/chat-input.js): what a submission sends,
// whether it may be sent, and which files a choice keeps. Tested in Tests/WebClientTests/chat.test.js.
//
// The server checks everything again: types and sizes at upload, and at submission the text's
// length and that every id names a file uploaded to this box.

/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */

/**
 * The wire value of a message: its text alone, or `[text, fileId…]` when it carries files.
 * @param {string} text
 * @param {string[]} fileIds
 * @returns {WidgetValue}
 */
export function chatMessageValue(text, fileIds) {
  return fileIds.length === 0 ? text : [text, ...fileIds];
}

/**
 * Whether a message can be sent: it has text (not only whitespace) or files, and no upload is
 * still in flight.
 * @param {string} text
 * @param {number} files uploaded and listed
 * @param {number} uploading still in flight
 * @returns {boolean}
 */
export function canSendMessage(text, files, uploading) {
  return uploading === 0 && (text.trim() !== "" || files > 0);
}

/**
 * The accessible name of the attach button.
 * @param {"single" | "multiple" | "directory"} acceptFile
 * @returns {string}
 */
export function attachLabel(acceptFile) {
  if (acceptFile === "directory") return "Attach a folder";
  return acceptFile === "multiple" ? "Attach files" : "Attach a file";
}

/**
 * How many of `chosen` files a box keeps: one for a `single` box (the last chosen), all otherwise.
 * @template T
 * @param {T[]} chosen
 * @param {"single" | "multiple" | "directory"} acceptFile
 * @returns {T[]}
 */
export function filesToUpload(chosen, acceptFile) {
  return acceptFile === "single" ? chosen.slice(-1) : chosen;
}
