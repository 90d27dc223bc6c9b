// Selectbox: a native <select>. With no value it shows a placeholder option; choosing commits.

import { CLASS } from "../dom-names.js";
import { h, part } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").SelectNode} SelectNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<SelectNode>} SelectRenderer */

/** Shown when the app gave no placeholder, as Streamlit does. */
export const DEFAULT_SELECT_PLACEHOLDER = "Choose an option";

/** The option list each <select> shows, to rebuild it only when it changes. */
const shownOptions = /** @type {WeakMap<HTMLSelectElement, string>} */ (new WeakMap());
const latest = /** @type {WeakMap<HTMLSelectElement, SelectNode>} */ (new WeakMap());

/** @type {SelectRenderer} */
export const selectbox = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const select = h("select", { id: frame.controlId, class: CLASS.select });
    labelControl(select, frame.labelId);
    select.addEventListener("change", () => {
      const current = /** @type {SelectNode} */ (latest.get(select));
      // Option values are indices, so that two options with the same label stay apart.
      const label = current.options[Number(select.value)];
      if (label !== undefined) ctx.commit(current.widget.id, label);
    });
    frame.root.append(select);
    ctx.values.reconcile(node.widget.id, node.value ?? null);
    render(select, node.value ?? null, node);
    selectbox.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node, ctx) {
    const select = part(root, `.${CLASS.select}`, HTMLSelectElement);
    latest.set(select, node);
    const won = ctx.values.reconcile(node.widget.id, node.value ?? null);
    const stored = ctx.values.get(node.widget.id);
    if (won || shownOptions.get(select) !== signature(node, stored ?? null)) {
      render(select, typeof stored === "string" ? stored : null, node);
    }
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLLabelElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: [select],
    });
  },
};

/**
 * What the option list depends on: the options, and whether the placeholder is among them.
 * @param {SelectNode} node
 * @param {unknown} value
 * @returns {string}
 */
function signature(node, value) {
  return JSON.stringify([
    node.options,
    value === null ? (node.placeholder ?? DEFAULT_SELECT_PLACEHOLDER) : null,
  ]);
}

/**
 * @param {HTMLSelectElement} select
 * @param {string | null} value
 * @param {SelectNode} node
 */
function render(select, value, node) {
  latest.set(select, node);
  shownOptions.set(select, signature(node, value));
  const options = node.options.map((label, i) => h("option", { value: i }, [label]));
  if (value === null) {
    // Disabled so it cannot be chosen again; selected so it shows while nothing is chosen.
    options.unshift(
      h("option", { value: "", disabled: true }, [node.placeholder ?? DEFAULT_SELECT_PLACEHOLDER]),
    );
  }
  select.replaceChildren(...options);
  const index = value === null ? -1 : node.options.indexOf(value);
  select.value = index === -1 ? "" : String(index);
}
