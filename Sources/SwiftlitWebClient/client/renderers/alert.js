// Alerts (success, info, warning, error) and the exception box an app error shows.

import { CLASS, DATA } from "../dom-names.js";
import { h, part, setAttribute, setHtml, setText } from "../dom.js";
import { syncIcon } from "./icon.js";

/** @typedef {import("../protocol.js").AlertNode} AlertNode */
/** @typedef {import("../protocol.js").ExceptionNode} ExceptionNode */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** Shown when the app gave no icon. Text glyphs: no icon font to load. */
const DEFAULT_ICONS = /** @type {const} */ ({ success: "✓", info: "ℹ", warning: "⚠", error: "✕" });

/** @type {Renderer<AlertNode>} */
export const alert = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.alert}` }, [
      h("span", { class: CLASS.alertIcon, "aria-hidden": "true" }),
      h("div", { class: CLASS.alertBody }),
    ]);
    alert.update(root, node, ctx);
    return root;
  },
  update(root, node, ctx) {
    setAttribute(root, DATA.variant, node.variant);
    // Errors and warnings interrupt a screen reader; success and info wait politely.
    setAttribute(root, "role", node.variant === "error" || node.variant === "warning" ? "alert" : "status");
    // An emoji, a `:material/name:` icon, or the variant's glyph.
    syncIcon(part(root, `.${CLASS.alertIcon}`, HTMLSpanElement), node.icon ?? DEFAULT_ICONS[node.variant]);
    const body = part(root, `.${CLASS.alertBody}`, HTMLDivElement);
    if (setHtml(body, node.html)) ctx.highlightCode(body);
  },
};

/** @type {Renderer<ExceptionNode>} */
export const exception = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.exception}`, role: "alert" }, [
      h("div", {}, [
        h("strong", { class: CLASS.exceptionType }),
        h("span", { class: CLASS.exceptionMessage }),
      ]),
    ]);
    exception.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const type = part(root, `.${CLASS.exceptionType}`, HTMLElement);
    setText(type, node.type === undefined ? "" : `${node.type}: `);
    type.hidden = node.type === undefined;
    setText(part(root, `.${CLASS.exceptionMessage}`, HTMLSpanElement), node.message);
    syncDetails(root, node.details);
  },
};

/**
 * The traceback-like details, folded; updated in place so that an open <details> stays open.
 * @param {HTMLElement} root
 * @param {string | undefined} details
 */
function syncDetails(root, details) {
  let box = root.querySelector(`:scope > .${CLASS.exceptionDetails}`);
  if (details === undefined) {
    box?.remove();
    return;
  }
  if (box === null) {
    box = h("details", { class: CLASS.exceptionDetails }, [h("summary", {}, ["Details"]), h("pre")]);
    root.append(box);
  }
  setText(part(box, "pre", HTMLPreElement), details);
}
