// `st.fileUploader`: a drop zone with a real file input, and the list of files (upload-state.js).
//
//   <div class="st-element st-widget st-upload">
//     <div class="st-widget__label-row"><label for="st-control-8" …>Data</label></div>
//     <div class="st-upload__dropzone">
//       <input type="file" id="st-control-8" class="st-upload__input st-visually-hidden" accept=".csv" multiple
//              aria-labelledby="st-label-7">
//       <span class="st-upload__instructions">Drag and drop files here</span>
//       <span class="st-upload__limit">Limit 200 MB per file • .CSV</span>
//       <label for="st-control-8" class="st-button st-upload__browse">Browse files</label>
//     </div>
//     <ul class="st-upload__files">…</ul>
//
// The input is the control: keyboard users reach it with Tab (its focus ring shows on the Browse
// button) and its accessible name is the widget's label. Dropped files go the same way as picked ones.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { formatBytes } from "../upload-files.js";
import { keepState, stateOf, UploadState } from "./upload-state.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").UploadNode} UploadNode */
/** @typedef {import("../render-context.js").Renderer<UploadNode>} UploadRenderer */

/** @type {UploadRenderer} */
export const fileUploader = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const input = h("input", {
      type: "file",
      id: frame.controlId,
      class: `${CLASS.uploadInput} ${CLASS.visuallyHidden}`,
      [DATA.testId]: TEST_ID.uploadInput,
    });
    labelControl(input, frame.labelId);
    const zone = h("div", { class: CLASS.uploadDropzone, [DATA.testId]: TEST_ID.uploadDropzone }, [
      input,
      h("span", { class: CLASS.uploadInstructions }),
      h("span", { class: CLASS.uploadLimit }),
      h("label", { for: frame.controlId, class: `${CLASS.button} ${CLASS.uploadBrowse}` }, ["Browse files"]),
    ]);
    const state = new UploadState(node, ctx);
    keepState(frame.root, state);
    frame.root.classList.add(CLASS.upload);
    frame.root.append(zone, state.list);

    /** @param {FileList | null} files */
    const take = (files) => {
      if (files === null || input.disabled) return;
      const chosen = state.node.multiple === true ? [...files] : [...files].slice(0, 1);
      for (const file of chosen) state.upload(file, file.name);
    };
    input.addEventListener("change", () => {
      take(input.files);
      input.value = ""; // picking the same file again is a new upload
    });
    zone.addEventListener("dragover", (event) => {
      event.preventDefault(); // allows the drop
      zone.classList.add(CLASS.uploadDragging);
    });
    zone.addEventListener("dragleave", () => zone.classList.remove(CLASS.uploadDragging));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove(CLASS.uploadDragging);
      take(event.dataTransfer?.files ?? null);
    });
    sync(frame.root, node);
    state.render();
    return frame.root;
  },
  update(root, node) {
    stateOf(root).update(node);
    sync(root, node);
  },
};

/**
 * @param {HTMLElement} root
 * @param {UploadNode} node
 */
function sync(root, node) {
  const input = part(root, `.${CLASS.uploadInput}`, HTMLInputElement);
  setAttribute(input, "accept", node.accept?.join(","));
  setAttribute(input, "multiple", node.multiple === true);
  const many = node.multiple === true;
  setText(
    part(root, `.${CLASS.uploadInstructions}`, HTMLElement),
    many ? "Drag and drop files here" : "Drag and drop a file here",
  );
  const types = node.accept === undefined
    ? ""
    : ` • ${node.accept.map((type) => type.replace(/^\./, "").toUpperCase()).join(", ")}`;
  setText(
    part(root, `.${CLASS.uploadLimit}`, HTMLElement),
    `Limit ${formatBytes(node.maxUploadSize)} per file${types}`,
  );
  syncWidgetInfo(root, node.widget, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: [input],
  });
}
