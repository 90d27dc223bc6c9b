// Badges: a small coloured pill with an optional icon and a Markdown label.
//
//   <div class="st-element st-badge-element">
//     <span class="st-badge st-badge--green"><span class="st-icon">check</span> <span>Passing</span></span>
//     <button class="st-help">?</button>                       (only with help)
//   </div>
//
// The pill has the classes of the `:green-badge[…]` Markdown directive, so both look alike.

import { CLASS } from "../dom-names.js";
import { h, part, setHtml } from "../dom.js";
import { syncHelp } from "./help.js";
import { syncIcon } from "./icon.js";

/** @typedef {import("../protocol-types.js").BadgeNode} BadgeNode */
/** @typedef {import("../render-context.js").Renderer<BadgeNode>} BadgeRenderer */

/** @type {BadgeRenderer} */
export const badge = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.badgeElement}` }, [
      h("span", { class: CLASS.badge }, [
        h("span", { class: CLASS.badgeIcon }),
        h("span", { class: CLASS.badgeText }),
      ]),
    ]);
    badge.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const pill = part(root, `:scope > .${CLASS.badge}`, HTMLSpanElement);
    pill.className = `${CLASS.badge} ${CLASS.badge}--${node.color}`;
    syncIcon(part(pill, `.${CLASS.badgeIcon}`, HTMLSpanElement), node.icon);
    setHtml(part(pill, `.${CLASS.badgeText}`, HTMLSpanElement), node.html);
    syncHelp(root, node.help, [pill]);
  },
};
