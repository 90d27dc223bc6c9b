// Tabs: a tab list built from the `tabs` node's labels, and one panel per `tab` child. The browser
// keeps the selected tab (by index, clamped when tabs go away) across reruns; only its panel shows.
//
//   <div data-layout="tabs" data-selected-tab="0">
//     <div role="tablist"><button role="tab" aria-selected="true">Chart</button>…</div>
//     <div data-st-children>
//       <div data-layout="tab" role="tabpanel" aria-labelledby="…">…</div>   (a `tab` block)
//
// Arrow keys, Home and End move between tabs (and select them), as the ARIA tabs pattern asks.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, onChildrenChanged, part, setAttribute, uniqueId } from "../dom.js";
import { syncLabel } from "./widget-frame.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").TabsBlockNode} TabsBlockNode */
/** @typedef {import("../protocol-elements.js").TabBlockNode} TabBlockNode */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/**
 * The selected index kept within the tabs there are (the last one when tabs went away).
 * @param {number} index
 * @param {number} count
 * @returns {number}
 */
export function clampTabIndex(index, count) {
  if (count <= 0 || !Number.isInteger(index) || index < 0) return 0;
  return Math.min(index, count - 1);
}

/**
 * The index a key moves the selection to, or `undefined` for other keys.
 * @param {number} index
 * @param {number} count
 * @param {string} key
 * @returns {number | undefined}
 */
export function tabIndexAfterKey(index, count, key) {
  if (count <= 0) return undefined;
  switch (key) {
    case "ArrowRight":
      return (index + 1) % count;
    case "ArrowLeft":
      return (index - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/** @type {Renderer<TabsBlockNode>} */
export const tabs = {
  create(node, ctx) {
    const list = h("div", { class: CLASS.tabList, role: "tablist" });
    const panels = childrenBox();
    const root = h("div", { class: CLASS.tabs, [DATA.selectedTab]: 0 }, [list, panels]);
    list.addEventListener("click", (event) => {
      const button = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
      if (button !== null) select(root, [...list.children].indexOf(button), false);
    });
    list.addEventListener("keydown", (event) => {
      const next = tabIndexAfterKey(selectedIndex(root), list.children.length, event.key);
      if (next === undefined) return;
      event.preventDefault();
      select(root, next, true);
    });
    onChildrenChanged(panels, () => sync(root));
    tabs.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const list = part(root, `.${CLASS.tabList}`, HTMLDivElement);
    while (list.children.length > node.labels.length) list.lastElementChild?.remove();
    while (list.children.length < node.labels.length) {
      list.append(h("button", {
        type: "button",
        role: "tab",
        id: uniqueId("tab"),
        class: CLASS.tab,
        [DATA.testId]: TEST_ID.tab,
      }));
    }
    node.labels.forEach((label, index) =>
      syncLabel(list.children[index], { label, labelHTML: node.labelsHTML?.[index] })
    );
    sync(root);
  },
};

/** @type {Renderer<TabBlockNode>} */
export const tab = {
  create(node, ctx) {
    // tabs.js's `sync` names the panel by its tab and shows or hides it.
    const root = h(
      "div",
      { class: CLASS.tabPanel, role: "tabpanel", id: uniqueId("tabpanel"), tabindex: 0 },
      [
        childrenBox(),
      ],
    );
    tab.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    // The tab list shows the `tabs` node's labels; this one names the panel until it is paired.
    setAttribute(root, "aria-label", root.hasAttribute("aria-labelledby") ? null : node.label);
  },
};

/**
 * @param {HTMLElement} root
 * @returns {number}
 */
function selectedIndex(root) {
  return Number(root.getAttribute(DATA.selectedTab) ?? 0);
}

/**
 * @param {HTMLElement} root
 * @param {number} index
 * @param {boolean} focus move the focus to the tab (keyboard)
 */
function select(root, index, focus) {
  setAttribute(root, DATA.selectedTab, index);
  sync(root);
  if (focus) {
    /** @type {HTMLElement | undefined} */ (part(root, `.${CLASS.tabList}`, HTMLDivElement).children[index])
      ?.focus();
  }
}

/**
 * Pairs tabs with panels and shows the selected one.
 * @param {HTMLElement} root
 */
function sync(root) {
  const buttons = [...part(root, `.${CLASS.tabList}`, HTMLDivElement).children];
  const panels =
    /** @type {HTMLElement[]} */ ([...part(root, `:scope > [${DATA.children}]`, HTMLDivElement).children]);
  const selected = clampTabIndex(selectedIndex(root), buttons.length);
  setAttribute(root, DATA.selectedTab, selected);
  buttons.forEach((button, index) => {
    setAttribute(button, "aria-selected", String(index === selected));
    setAttribute(button, "tabindex", index === selected ? 0 : -1);
    setAttribute(button, "aria-controls", panels[index]?.id);
  });
  panels.forEach((panel, index) => {
    if (panel.hidden !== (index !== selected)) panel.hidden = index !== selected;
    const button = buttons[index];
    setAttribute(panel, "aria-labelledby", button?.id);
    if (button !== undefined) setAttribute(panel, "aria-label", null);
  });
}
