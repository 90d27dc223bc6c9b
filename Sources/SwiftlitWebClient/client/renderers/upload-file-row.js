// One uploaded file in a list: its name, its size and a remove button. Upload widgets
// (upload-state.js) and the chat input's attachments (chat-input.js) list files the same way.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h } from "../dom.js";
import { formatBytes } from "../upload-files.js";

/** @typedef {import("../protocol.js").UploadedFileInfo} UploadedFileInfo */

/**
 * @param {UploadedFileInfo} file
 * @param {boolean} disabled
 * @param {() => void} onRemove
 * @returns {HTMLLIElement}
 */
export function fileRow(file, disabled, onRemove) {
  const remove = h("button", {
    type: "button",
    class: CLASS.uploadRemove,
    [DATA.testId]: TEST_ID.uploadRemove,
    "aria-label": `Remove ${file.name}`,
    title: "Remove",
    disabled,
  }, ["×"]);
  remove.addEventListener("click", onRemove);
  return h("li", { class: CLASS.uploadFile, [DATA.testId]: TEST_ID.uploadFile }, [
    h("span", { class: CLASS.uploadFileName }, [file.name]),
    h("span", { class: CLASS.uploadFileSize }, [formatBytes(file.size)]),
    remove,
  ]);
}
