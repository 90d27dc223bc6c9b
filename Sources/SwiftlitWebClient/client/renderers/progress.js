// Spinner (st.spinner: shown while a block of work runs) and progress bar (st.progress).

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setHtml, setText, uniqueId } from "../dom.js";

/** @typedef {import("../protocol-elements.js").SpinnerNode} SpinnerNode */
/** @typedef {import("../protocol-elements.js").ProgressNode} ProgressNode */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** @type {Renderer<SpinnerNode>} */
export const spinner = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.spinner}`, role: "status" }, [
      h("span", { class: CLASS.spinnerIcon, "aria-hidden": "true" }),
      h("span", { class: CLASS.spinnerText }),
    ]);
    spinner.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setText(part(root, `.${CLASS.spinnerText}`, HTMLSpanElement), node.text);
  },
};

/**
 * The bar's fill in percent, from the node's 0…1 value.
 * @param {number} value
 * @returns {number} 0…100
 */
export function progressPercent(value) {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10;
}

/** @type {Renderer<ProgressNode>} */
export const progress = {
  create(node, ctx) {
    const textId = uniqueId("progress");
    const root = h("div", { class: `${CLASS.element} ${CLASS.progress}` }, [
      h("div", { class: CLASS.progressText, id: textId }),
      h("div", {
        class: CLASS.progressTrack,
        role: "progressbar",
        [DATA.testId]: TEST_ID.progressBar,
        "aria-valuemin": 0,
        "aria-valuemax": 100,
      }, [h("div", { class: CLASS.progressBar })]),
    ]);
    progress.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const text = part(root, `.${CLASS.progressText}`, HTMLDivElement);
    const track = part(root, `.${CLASS.progressTrack}`, HTMLDivElement);
    const percent = progressPercent(node.value);
    setHtml(text, node.html ?? "");
    text.hidden = node.html === undefined;
    setAttribute(track, "aria-valuenow", Math.round(percent));
    setAttribute(track, "aria-labelledby", node.html === undefined ? null : text.id);
    setAttribute(track, "aria-label", node.html === undefined ? "Progress" : null);
    const bar = part(track, `.${CLASS.progressBar}`, HTMLDivElement);
    if (bar.style.width !== `${percent}%`) bar.style.width = `${percent}%`;
  },
};
