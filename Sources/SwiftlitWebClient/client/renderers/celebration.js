// Celebrations (st.balloons, st.snow): emoji rising or falling across the window for a few seconds,
// once per nonce. Like toasts, the animation lives outside the node's (invisible) element, so that
// the next run removing the node does not stop it. Decorative: aria-hidden, and nothing at all
// when the user asks for reduced motion.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";

/** @typedef {import("../protocol-elements.js").CelebrationNode} CelebrationNode */
/** @typedef {import("../render-context.js").Renderer<CelebrationNode>} CelebrationRenderer */

/** How long the layer stays: the longest item's delay plus its duration, with a margin. */
export const CELEBRATION_MS = 3600;
const ITEM_COUNT = 36;
const EMOJI = /** @type {const} */ ({ balloons: "🎈", snow: "❄️" });

/** @type {CelebrationRenderer} */
export const celebration = {
  create(node, ctx) {
    const root = h("div", { hidden: true });
    celebration.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    if (root.getAttribute(DATA.nonce) === String(node.nonce)) return;
    setAttribute(root, DATA.nonce, node.nonce);
    if (globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches) return;
    play(node.animation);
  },
};

/** @param {CelebrationNode["animation"]} animation */
function play(animation) {
  const layer = h("div", {
    class: CLASS.celebration,
    [DATA.testId]: TEST_ID.celebrationAnimation,
    [DATA.animation]: animation,
    "aria-hidden": "true",
  });
  for (let index = 0; index < ITEM_COUNT; index += 1) {
    const item = h("span", { class: CLASS.celebrationItem }, [EMOJI[animation]]);
    // Spread across the width, staggered over the first second, of varied sizes and speeds.
    item.style.left = `${((index + Math.random()) / ITEM_COUNT) * 100}%`;
    item.style.animationDelay = `${Math.random() * 1000}ms`;
    item.style.animationDuration = `${1800 + Math.random() * 700}ms`;
    item.style.fontSize = `${(animation === "balloons" ? 2.25 : 1.25) + Math.random() * 1.25}rem`;
    item.style.setProperty("--st-drift", `${Math.round((Math.random() - 0.5) * 12)}vw`);
    layer.append(item);
  }
  document.body.append(layer);
  setTimeout(() => layer.remove(), CELEBRATION_MS);
}
