// Expanders: a <details> whose summary is the label (and icon). `expanded` is only the initial
// state: the browser keeps what the user chose across reruns, unless the app changes `expanded`.
//
//   <details data-layout="expander">
//     <summary class="st-expander__summary"><span icon/><span label/></summary>
//     <div data-st-children>…</div>

import { CLASS } from "../dom-names.js";
import { h, part } from "../dom.js";
import { syncIcon } from "./icon.js";
import { syncLabel } from "./widget-frame.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").ExpanderBlockNode} ExpanderBlockNode */
/** @typedef {import("../render-context.js").Renderer<ExpanderBlockNode>} ExpanderRenderer */

/** The `expanded` each <details> was last given by the app. */
const appliedExpanded = /** @type {WeakMap<HTMLDetailsElement, boolean>} */ (new WeakMap());

/**
 * Opens or closes `details` when the app's `expanded` is new to it (first render, or changed);
 * otherwise leaves the user's choice alone.
 * @param {HTMLDetailsElement} details
 * @param {boolean} expanded
 * @returns {boolean} whether it was applied
 */
export function syncInitialOpen(details, expanded) {
  if (appliedExpanded.get(details) === expanded) return false;
  appliedExpanded.set(details, expanded);
  if (details.open !== expanded) details.open = expanded;
  return true;
}

/**
 * A <details> with a summary (icon, label) and a child container; shared with status.js.
 * @param {string} className
 * @param {Element} icon
 * @returns {HTMLDetailsElement}
 */
export function createDetails(className, icon) {
  return h("details", { class: className }, [
    h("summary", { class: CLASS.expanderSummary }, [icon, h("span", { class: CLASS.expanderLabel })]),
    childrenBox(),
  ]);
}

/** @type {ExpanderRenderer} */
export const expander = {
  create(node, ctx) {
    const root = createDetails(
      CLASS.expander,
      h("span", { class: CLASS.expanderIcon, "aria-hidden": "true" }),
    );
    expander.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const details = /** @type {HTMLDetailsElement} */ (root);
    syncInitialOpen(details, node.expanded);
    syncLabel(part(root, `.${CLASS.expanderLabel}`, HTMLSpanElement), node);
    const icon = part(root, `.${CLASS.expanderIcon}`, HTMLSpanElement);
    syncIcon(icon, node.icon);
    icon.hidden = node.icon === undefined;
  },
};
