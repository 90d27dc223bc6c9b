// Download buttons (st.downloadButton). A click fetches the file from the media endpoint (a file
// computed on click is made by the server then), saves it under the button's file name, and then,
// unless the app chose `onClick: .ignore`, reruns the app with the button as `trigger`, as a
// button does. Fetching first means the rerun cannot take the file away before it is saved. A
// failure is shown under the button.
//
//   <div data-kind="downloadButton" class="st-element st-widget">
//     <button class="st-button" aria-busy="true">Download CSV</button>
//     <div class="st-download__error" role="alert" hidden>…</div>

import { CLASS } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { downloadFailure, safeMediaUrl } from "../media-playback.js";
import { safeUrl } from "../safe-html.js";
import { syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol-types.js").DownloadButtonNode} DownloadButtonNode */

/** Each button's latest node, read when it is clicked. */
const latest = new WeakMap();

/**
 * Saves `blob` as `fileName` through a temporary link.
 * @param {Blob} blob
 * @param {string} fileName
 */
function save(blob, fileName) {
  const href = URL.createObjectURL(blob);
  const link = h("a", { href: safeUrl(href), download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click's navigation started.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * @param {HTMLElement} root
 * @param {import("../render-context.js").RenderContext} ctx
 */
async function download(root, ctx) {
  /** @type {DownloadButtonNode | undefined} */
  const node = latest.get(root);
  const control = part(root, `.${CLASS.button}`, HTMLButtonElement);
  const error = part(root, `.${CLASS.downloadError}`, HTMLElement);
  const url = node && safeMediaUrl(node.url);
  if (!node || !url || control.getAttribute("aria-busy") === "true") return;
  setAttribute(control, "aria-busy", true);
  error.hidden = true;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(downloadFailure(response.status, await response.text()));
    save(await response.blob(), node.fileName);
    if (node.onClick !== "ignore") ctx.trigger(node.widget.id);
  } catch (reason) {
    setText(error, `Download failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    error.hidden = false;
  } finally {
    setAttribute(control, "aria-busy", false);
  }
}

/** @type {import("../render-context.js").Renderer<DownloadButtonNode>} */
export const downloadButton = {
  create(node, ctx) {
    const control = h("button", { type: "button", class: CLASS.button });
    const error = h("div", { class: CLASS.downloadError, role: "alert", hidden: true });
    const root = h("div", { class: `${CLASS.element} ${CLASS.widget}` }, [control, error]);
    control.addEventListener("click", () => void download(root, ctx));
    downloadButton.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    latest.set(root, node);
    const control = part(root, `.${CLASS.button}`, HTMLButtonElement);
    control.classList.toggle(CLASS.buttonPrimary, node.style === "primary");
    syncWidgetInfo(root, { ...node.widget, labelVisibility: "visible" }, {
      label: control,
      helpHost: root,
      controls: [control],
    });
  },
};
