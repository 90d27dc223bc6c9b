// The app's pages (st.navigation): a `<nav aria-label="Pages">` of real links, one list per
// section under its heading, the page the tab is on marked `aria-current="page"`. At the top of
// the sidebar, or as a bar above the page (`position: "top"`). Following a link reruns the app on
// that page without a reload: navigation-history.js takes the click over.

import { CLASS, DATA } from "../dom-names.js";
import { h, setAttribute } from "../dom.js";
import { pageAddress } from "../navigation-history.js";
import { rootPath } from "../page-location.js";
import { safeUrl } from "../safe-html.js";
import { syncIcon } from "./icon.js";

/** @typedef {import("../protocol-types.js").NavigationNode} NavigationNode */
/** @typedef {import("../protocol-types.js").NavigationSection} NavigationSection */
/** @typedef {import("../render-context.js").Renderer<NavigationNode>} NavigationRenderer */

/** @type {NavigationRenderer} */
export const navigation = {
  create(node, ctx) {
    const root = h("nav", { class: `${CLASS.element} ${CLASS.nav}`, "aria-label": "Pages" });
    navigation.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    setAttribute(root, DATA.navPosition, node.position);
    // A few links: drawn anew, which keeps focus only when nothing changed (the common case).
    const sections = node.sections.map(section);
    if (root.innerHTML !== h("div", {}, sections).innerHTML) root.replaceChildren(...sections);
  },
};

/**
 * @param {NavigationSection} part
 * @returns {HTMLElement}
 */
function section(part) {
  const items = part.pages.map((page) => {
    const icon = h("span", { class: CLASS.navIcon, "aria-hidden": "true" });
    syncIcon(icon, page.icon);
    const link = h("a", {
      class: CLASS.navLink,
      // The path is one encoded segment below the root: never a scheme.
      href: safeUrl(pageAddress(rootPath(), page.path, "")),
      "aria-current": page.current === true ? "page" : null,
    }, [...(page.icon === undefined ? [] : [icon]), h("span", { class: CLASS.navLabel }, [page.title])]);
    return h("li", {}, [link]);
  });
  const list = h("ul", { class: CLASS.navList }, items);
  if (part.title === undefined) return h("div", { class: CLASS.navSection }, [list]);
  return h("div", { class: CLASS.navSection }, [h("h2", { class: CLASS.navHeading }, [part.title]), list]);
}
