// Popovers: a button that opens a floating panel holding the children. The panel is a native
// `popover="auto"` element: the browser puts it above everything (no clipping by a scrolling
// container), closes it on Escape or a click outside, and returns the focus. This module places
// it under its button and mirrors its state in the button's aria-expanded.
//
//   <div data-layout="popover">
//     <button aria-expanded="false" aria-controls="st-popover-3">Settings</button>
//     <div id="st-popover-3" popover="auto" role="dialog" aria-label="Settings">
//       <div data-st-children>…</div>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, uniqueId } from "../dom.js";
import { syncHelp } from "./help.js";
import { syncLabel } from "./widget-frame.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").PopoverBlockNode} PopoverBlockNode */
/** @typedef {import("../render-context.js").Renderer<PopoverBlockNode>} PopoverRenderer */

/** Space between the button and the panel, and between the panel and the window's edges (px). */
const OFFSET = 4;
const MARGIN = 8;

/** @type {PopoverRenderer} */
export const popover = {
  create(node, ctx) {
    const panelId = uniqueId("popover");
    const button = h("button", {
      type: "button",
      class: `${CLASS.button} ${CLASS.popoverButton}`,
      [DATA.testId]: TEST_ID.popoverButton,
      "aria-haspopup": "dialog",
      "aria-expanded": "false",
      "aria-controls": panelId,
    }, [h("span", { class: CLASS.expanderLabel })]);
    const panel = h("div", {
      id: panelId,
      class: CLASS.popoverPanel,
      [DATA.testId]: TEST_ID.popoverPanel,
      role: "dialog",
      popover: "auto",
    }, [childrenBox()]);
    button.popoverTargetElement = panel;
    wirePlacement(button, panel);
    const root = h("div", { class: CLASS.popover }, [button, panel]);
    popover.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const button = part(root, `.${CLASS.popoverButton}`, HTMLButtonElement);
    const panel = part(root, `.${CLASS.popoverPanel}`, HTMLDivElement);
    syncLabel(part(button, `.${CLASS.expanderLabel}`, HTMLSpanElement), node);
    setAttribute(panel, "aria-label", node.label);
    const disabled = node.disabled === true;
    if (button.disabled !== disabled) button.disabled = disabled;
    if (disabled && panel.matches(":popover-open")) panel.hidePopover();
    syncHelp(root, node.help, [button]);
  },
};

/**
 * Keeps the open panel next to its button (also while the page scrolls or resizes) and the
 * button's aria-expanded in step with it.
 * @param {HTMLButtonElement} button
 * @param {HTMLElement} panel
 */
function wirePlacement(button, panel) {
  const stop = () => {
    removeEventListener("scroll", place, { capture: true });
    removeEventListener("resize", place);
  };
  // A panel removed while open gets no "toggle" event: its listeners go at the next scroll.
  const place = () => panel.isConnected ? placePanel(button, panel) : stop();
  panel.addEventListener("toggle", (event) => {
    const open = /** @type {ToggleEvent} */ (event).newState === "open";
    setAttribute(button, "aria-expanded", String(open));
    if (open) {
      place();
      addEventListener("scroll", place, { capture: true, passive: true });
      addEventListener("resize", place);
    } else stop();
  });
}

/**
 * Puts the panel under the button (above it when there is more room there), inside the window.
 * @param {HTMLElement} button
 * @param {HTMLElement} panel
 */
function placePanel(button, panel) {
  const anchor = button.getBoundingClientRect();
  panel.style.maxHeight = "";
  const size = panel.getBoundingClientRect();
  const below = innerHeight - anchor.bottom - OFFSET - MARGIN;
  const above = anchor.top - OFFSET - MARGIN;
  const downward = size.height <= below || below >= above;
  const room = Math.max(downward ? below : above, 0);
  const height = Math.min(size.height, room);
  const top = downward ? anchor.bottom + OFFSET : anchor.top - OFFSET - height;
  const left = Math.max(MARGIN, Math.min(anchor.left, innerWidth - size.width - MARGIN));
  panel.style.top = `${Math.round(top)}px`;
  panel.style.left = `${Math.round(left)}px`;
  panel.style.maxHeight = `${Math.floor(room)}px`;
}
