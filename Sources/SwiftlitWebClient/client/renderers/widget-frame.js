// What every widget shares: its root (test id, widget id, label visibility, disabled) and a label
// that is always the control's accessible name, even when the app hides or collapses it.
//
//   <div class="st-element st-widget" data-label-visibility="visible|hidden|collapsed">
//     <div class="st-widget__label-row">
//       <label id="st-label-7" for="st-control-8" class="st-widget__label">Repeat</label>
//       <button class="st-help">?</button>             (only with help)
//     </div>
//     …the control, with aria-labelledby="st-label-7"…
//   </div>
//
// `hidden` keeps the label's space but makes it invisible; `collapsed` removes the space. CSS does
// both from `data-label-visibility`, in ways that keep the label in the accessibility tree.

import { CLASS, DATA } from "../dom-names.js";
import { forgetHtml, h, setAttribute, setHtml, setText, uniqueId } from "../dom.js";
import { syncHelp } from "./help.js";

/** @typedef {import("../protocol.js").WidgetInfo} WidgetInfo */

/**
 * @typedef {object} WidgetFrame
 * @property {HTMLDivElement} root
 * @property {HTMLDivElement} labelRow
 * @property {HTMLElement} label
 * @property {string} labelId
 * @property {string} controlId the id to give the main control (the label's `for`)
 */

/**
 * Builds a widget root with its label row. CSS tells widgets apart by `data-kind` (set by patch.js).
 * @param {"label" | "span"} [labelTag] `span` for groups (radio, range slider), which have no single control
 * @returns {WidgetFrame}
 */
export function createWidgetFrame(labelTag = "label") {
  const labelId = uniqueId("label");
  const controlId = uniqueId("control");
  const label = h(labelTag, {
    id: labelId,
    class: CLASS.widgetLabel,
    for: labelTag === "label" ? controlId : null,
  });
  const labelRow = h("div", { class: CLASS.widgetLabelRow }, [label]);
  const root = h("div", { class: `${CLASS.element} ${CLASS.widget}` }, [labelRow]);
  return { root, labelRow, label, labelId, controlId };
}

/**
 * A form control, or a <fieldset> that disables the controls inside it.
 * @typedef {HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement | HTMLFieldSetElement} Control
 */

/**
 * How wide a widget root is: `stretch` fills the container, `content` fits the widget, a width in
 * points is fixed (CSS keeps it within the container); no mode keeps the widget's own default.
 * @param {WidgetInfo} info
 * @returns {{mode: "stretch" | "content" | "points" | null, width: string}} the root's mode
 *   attribute and inline width
 */
export function widgetWidth(info) {
  if (typeof info.width === "number" && info.width > 0) return { mode: "points", width: `${info.width}px` };
  return { mode: info.widthMode ?? null, width: "" };
}

/**
 * @param {HTMLElement} root
 * @param {WidgetInfo} info
 */
function syncWidgetWidth(root, info) {
  const { mode, width } = widgetWidth(info);
  setAttribute(root, DATA.widthMode, mode);
  if (root.style.width !== width) root.style.width = width;
}

/**
 * Brings the shared parts up to date: label text, visibility, help, disabled state and width.
 * @param {HTMLElement} root
 * @param {WidgetInfo} info
 * @param {{label: Element, helpHost: HTMLElement, controls: Control[]}} parts `controls` get
 *   `disabled` and the help description
 */
export function syncWidgetInfo(root, info, parts) {
  const visibility = info.labelVisibility ?? "visible";
  syncLabel(parts.label, info);
  setAttribute(root, DATA.labelVisibility, visibility);
  setAttribute(root, DATA.disabled, info.disabled === true);
  for (const control of parts.controls) {
    if (control.disabled !== (info.disabled === true)) control.disabled = info.disabled === true;
  }
  syncHelp(parts.helpHost, info.help, parts.controls, visibility === "visible");
  syncWidgetWidth(root, info);
}

/**
 * The label's content: its rendered Markdown when the server sent one (icons, emphasis, colours),
 * else its text. Either way the accessible name is the label as the app wrote it: a rendered
 * label carries it as `aria-label`, which the control's `aria-labelledby` (or, for a button, the
 * button itself) reads instead of the content.
 * Containers' labels (expander, popover, tabs) work the same way.
 * @param {Element} label
 * @param {{label: string, labelHTML?: string}} info
 */
export function syncLabel(label, info) {
  if (info.labelHTML === undefined) {
    forgetHtml(label);
    setAttribute(label, "aria-label", null);
    setText(label, info.label);
    return;
  }
  setAttribute(label, "aria-label", info.label);
  setHtml(label, info.labelHTML);
}

/**
 * Names a control by the frame's label (in addition to `<label for>`, which stays for clicks).
 * @param {Element} control
 * @param {string} labelId
 */
export function labelControl(control, labelId) {
  setAttribute(control, "aria-labelledby", labelId);
}
