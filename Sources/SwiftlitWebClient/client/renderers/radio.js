// Radio: a <fieldset role="radiogroup"> of native radio inputs, named by the widget's label,
// optionally in a row, each option optionally with a caption (its description). Commits on change.

import { CLASS, DATA } from "../dom-names.js";
import { h, part, setAttribute, uniqueId } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").SelectNode} SelectNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../render-context.js").Renderer<SelectNode>} RadioRenderer */

/** The options and captions each group shows, to rebuild it only when they change. */
const shownOptions = /** @type {WeakMap<HTMLFieldSetElement, string>} */ (new WeakMap());

/** @type {RadioRenderer} */
export const radio = {
  create(node, ctx) {
    const frame = createWidgetFrame("span");
    const group = h("fieldset", { class: CLASS.radioGroup, role: "radiogroup" });
    labelControl(group, frame.labelId);
    const id = node.widget.id;
    group.addEventListener("change", (event) => {
      const input = /** @type {HTMLInputElement} */ (event.target);
      const label = input.checked ? input.getAttribute(DATA.option) : null;
      if (label !== null) ctx.commit(id, label);
    });
    frame.root.append(group);
    ctx.values.reconcile(id, node.value ?? null);
    radio.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node, ctx) {
    const group = part(root, `.${CLASS.radioGroup}`, HTMLFieldSetElement);
    const won = ctx.values.reconcile(node.widget.id, node.value ?? null);
    const rebuilt = renderOptions(group, node);
    if (won || rebuilt) {
      const stored = ctx.values.get(node.widget.id);
      for (const input of group.querySelectorAll("input")) {
        input.checked = input.getAttribute(DATA.option) === stored;
      }
    }
    group.classList.toggle(CLASS.radioGroupHorizontal, node.horizontal === true);
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: [group],
    });
  },
};

/**
 * (Re)builds the options when they or their captions changed.
 * @param {HTMLFieldSetElement} group
 * @param {SelectNode} node
 * @returns {boolean} whether the options were rebuilt
 */
function renderOptions(group, node) {
  const signature = JSON.stringify([node.options, node.captions ?? []]);
  if (shownOptions.get(group) === signature) return false;
  shownOptions.set(group, signature);
  const name = uniqueId("radio");
  group.replaceChildren(...node.options.map((label, i) => {
    const input = h("input", { type: "radio", name, value: i, [DATA.option]: label });
    const caption = node.captions?.[i];
    const parts = [input, h("span", {}, [label])];
    if (caption !== undefined && caption !== "") {
      const captionId = uniqueId("caption");
      parts.push(h("span", { class: CLASS.radioCaption, id: captionId }, [caption]));
      setAttribute(input, "aria-describedby", captionId);
    }
    return h("label", { class: CLASS.radioOption }, parts);
  }));
  return true;
}
