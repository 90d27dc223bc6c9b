// Link buttons and page links: real `<a>` elements (role link, middle-click and "open in new tab"
// work), never buttons that navigate by script. Other sites open in a new tab with
// `rel="noopener noreferrer"`; pages of the app open in the same tab. A disabled link has no
// `href` and `aria-disabled="true"`. The address is checked again here (link-target.js): a link the
// browser does not trust is drawn disabled.

import { CLASS, DATA } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { appPathHref, safeHref } from "../link-target.js";
import { safeUrl } from "../safe-html.js";
import { syncHelp } from "./help.js";
import { widgetWidth } from "./widget-frame.js";

/** @typedef {import("../protocol.js").LinkButtonNode} LinkButtonNode */
/** @typedef {import("../protocol.js").PageLinkNode} PageLinkNode */
/** @typedef {import("../protocol.js").LinkInfo} LinkInfo */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** @type {Renderer<LinkButtonNode>} */
export const linkButton = {
  create(node, ctx) {
    const root = createLink(CLASS.linkButton);
    linkButton.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const anchor = part(root, `.${CLASS.link}`, HTMLAnchorElement);
    anchor.classList.toggle(CLASS.buttonPrimary, node.style === "primary");
    syncLink(root, node.link, safeHref(node.link.href, { mail: true, appPaths: false }), true, null);
  },
};

/** @type {Renderer<PageLinkNode>} */
export const pageLink = {
  create(node, ctx) {
    const root = createLink(null);
    pageLink.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const external = node.external === true;
    const checked = safeHref(node.link.href, { mail: false, appPaths: !external });
    const href = checked === null || external ? checked : appPathHref(checked, document.baseURI);
    syncLink(root, node.link, href, external, node.icon ?? null);
  },
};

/**
 * @param {string | null} variant an extra class of the anchor
 * @returns {HTMLElement}
 */
function createLink(variant) {
  return h("div", { class: CLASS.element }, [anchorFor(false, variant)]);
}

/**
 * An empty anchor; one that opens a new tab always carries `rel="noopener noreferrer"`.
 * @param {boolean} newTab
 * @param {string | null} variant
 * @returns {HTMLAnchorElement}
 */
function anchorFor(newTab, variant) {
  const parts = [
    h("span", { class: CLASS.linkIcon, "aria-hidden": "true" }),
    h("span", { class: CLASS.linkLabel }),
  ];
  const className = variant === null ? CLASS.link : `${CLASS.link} ${variant}`;
  return newTab
    ? h("a", { class: className, target: "_blank", rel: "noopener noreferrer", [DATA.newTab]: true }, parts)
    : h("a", { class: className }, parts);
}

/**
 * @param {HTMLElement} root
 * @param {LinkInfo} link
 * @param {string | null} href the checked address; `null` draws the link disabled
 * @param {boolean} newTab
 * @param {string | null} icon
 */
function syncLink(root, link, href, newTab, icon) {
  const disabled = link.disabled === true || href === null;
  let anchor = part(root, `.${CLASS.link}`, HTMLAnchorElement);
  const opensTab = newTab && !disabled;
  if (anchor.hasAttribute(DATA.newTab) !== opensTab) {
    const variant = anchor.classList.contains(CLASS.linkButton) ? CLASS.linkButton : null;
    const replacement = anchorFor(opensTab, variant);
    replacement.className = anchor.className;
    anchor.replaceWith(replacement);
    anchor = replacement;
  }
  setText(part(anchor, `.${CLASS.linkLabel}`, HTMLElement), link.label);
  const iconPart = part(anchor, `.${CLASS.linkIcon}`, HTMLElement);
  setText(iconPart, icon ?? "");
  iconPart.hidden = icon === null || icon === "";
  setAttribute(anchor, "href", disabled || href === null ? null : safeUrl(href));
  // Without an href an <a> is no link to assistive technology; the role keeps it one, disabled.
  setAttribute(anchor, "role", disabled ? "link" : null);
  setAttribute(anchor, "aria-disabled", disabled ? "true" : null);
  setAttribute(root, DATA.disabled, disabled);
  syncHelp(root, link.help, [anchor]);
  const { mode, width } = widgetWidth({
    id: "",
    label: link.label,
    widthMode: link.widthMode,
    width: link.width,
  });
  setAttribute(root, DATA.widthMode, mode);
  if (root.style.width !== width) root.style.width = width;
}
