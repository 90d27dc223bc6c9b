// Text elements: heading (title/header/subheader), markdown, caption, fixed-width text, divider.
// Markdown arrives as HTML rendered (and made safe) by the server.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setHtml, setText } from "../dom.js";
import { syncHelp } from "./help.js";

/** @typedef {import("../protocol.js").HeadingNode} HeadingNode */
/** @typedef {import("../protocol.js").MarkdownNode} MarkdownNode */
/** @typedef {import("../protocol.js").TextNode} TextNode */
/** @typedef {import("../protocol.js").DividerNode} DividerNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** @type {Renderer<HeadingNode>} */
export const heading = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.heading}` });
    heading.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const tag = /** @type {const} */ (["h1", "h2", "h3"])[node.level - 1];
    let title = root.firstElementChild;
    if (title?.localName !== tag) {
      // A different level is a different element; rebuild the heading inside the same root.
      const rebuilt = h(tag, {}, [h("span", { class: CLASS.headingText })]);
      if (title === null) root.prepend(rebuilt);
      else title.replaceWith(rebuilt);
      title = rebuilt;
    }
    setAttribute(title, "id", node.anchor);
    setHtml(part(title, `.${CLASS.headingText}`, HTMLSpanElement), node.html);
    syncAnchorLink(/** @type {HTMLElement} */ (title), node.anchor);
    // Beside the heading, not inside it, so that the heading's text stays the app's text.
    syncHelp(root, node.help, [title]);
  },
};

/**
 * The "#" link shown on hover, so that a reader can copy a link to the section.
 * @param {HTMLElement} title
 * @param {string | undefined} anchor
 */
function syncAnchorLink(title, anchor) {
  let link = title.querySelector(`:scope > .${CLASS.headingAnchor}`);
  if (anchor === undefined) {
    link?.remove();
    return;
  }
  if (link === null) {
    link = h("a", {
      class: CLASS.headingAnchor,
      [DATA.testId]: TEST_ID.headingAnchor,
      "aria-label": "Link to this section",
    }, [
      "#",
    ]);
    title.querySelector(`:scope > .${CLASS.headingText}`)?.after(link);
  }
  setAttribute(link, "href", `#${anchor}`);
}

/**
 * Markdown and caption differ only in their class (captions are small and muted).
 * @param {string} familyClass
 * @returns {Renderer<MarkdownNode>}
 */
function markdownLike(familyClass) {
  /** @type {Renderer<MarkdownNode>} */
  const renderer = {
    create(node, ctx) {
      const root = h("div", { class: `${CLASS.element} ${familyClass}` }, [
        h("div", { class: CLASS.markdownBody }),
      ]);
      renderer.update(root, node, ctx);
      return root;
    },
    update(root, node, ctx) {
      const body = part(root, `:scope > .${CLASS.markdownBody}`, HTMLDivElement);
      if (setHtml(body, node.html)) ctx.highlightCode(body);
      root.classList.toggle(CLASS.withHelp, node.help !== undefined);
      syncHelp(root, node.help, [body]);
    },
  };
  return renderer;
}

/** @type {Renderer<MarkdownNode>} */
export const markdown = markdownLike(CLASS.markdown);

/** @type {Renderer<MarkdownNode>} */
export const caption = markdownLike(CLASS.caption);

/** @type {Renderer<TextNode>} */
export const text = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.text}` }, [h("pre", { class: CLASS.textBody })]);
    text.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const body = part(root, `:scope > .${CLASS.textBody}`, HTMLPreElement);
    setText(body, node.text);
    root.classList.toggle(CLASS.withHelp, node.help !== undefined);
    syncHelp(root, node.help, [body]);
  },
};

/** @type {Renderer<DividerNode>} */
export const divider = {
  create() {
    return h("hr", { class: `${CLASS.element} ${CLASS.divider}` });
  },
  update() {},
};
