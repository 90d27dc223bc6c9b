// `st.latex`: a formula typeset by KaTeX. This module loads with KaTeX, the first time a page shows
// a formula (registry.js makes it lazy); katex-library.js says where KaTeX comes from.
//
//   <div class="st-element st-latex">
//     <div class="st-latex__body"><span class="katex-display">…KaTeX's HTML and MathML…</span></div>
//     <div class="st-latex__error" role="note">KaTeX parse error: …</div>   (only for a bad formula)
//   </div>

import { CLASS } from "../dom-names.js";
import { h, part, setHtml, setText } from "../dom.js";
import { KATEX_OPTIONS, loadKatex } from "../katex-library.js";
import { syncHelp } from "./help.js";

/** @typedef {import("../protocol-types.js").LatexNode} LatexNode */
/** @typedef {import("../render-context.js").Renderer<LatexNode>} LatexRenderer */
/** @typedef {import("../katex-library.js").KatexApi} KatexApi */

/**
 * A formula as HTML, and the error KaTeX found in it, if any. With `throwOnError: false` KaTeX
 * shows a bad formula's source in red and puts the message in its `title`; anything else it throws
 * becomes the message, with the source shown as text.
 * @param {KatexApi} katex
 * @param {string} tex
 * @returns {{html: string | null, error: string | null}} `html` null when nothing could be typeset
 */
export function typeset(katex, tex) {
  try {
    const html = katex.renderToString(tex, { ...KATEX_OPTIONS });
    const error = /class="katex-error" title="([^"]*)"/.exec(html)?.[1] ?? null;
    return { html, error: error === null ? null : decodeEntities(error) };
  } catch (error) {
    return { html: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The text of an attribute value KaTeX escaped.
 * @param {string} text
 * @returns {string}
 */
function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name) => ENTITIES[name] ?? "");
}

/** @type {Record<string, string>} */
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };

/**
 * The renderer, built once KaTeX is there.
 * @param {KatexApi} katex
 * @returns {LatexRenderer}
 */
export function latexRenderer(katex) {
  /** @type {LatexRenderer} */
  const renderer = {
    create(node, ctx) {
      const root = h("div", { class: `${CLASS.element} ${CLASS.latex}` }, [
        h("div", { class: CLASS.latexBody }),
      ]);
      renderer.update(root, node, ctx);
      return root;
    },
    update(root, node) {
      const body = part(root, `:scope > .${CLASS.latexBody}`, HTMLDivElement);
      const { html, error } = typeset(katex, node.tex);
      if (html === null) setText(body, node.tex);
      else setHtml(body, html);
      let note = root.querySelector(`:scope > .${CLASS.latexError}`);
      if (error === null) note?.remove();
      else {
        if (note === null) body.after(note = h("div", { class: CLASS.latexError, role: "note" }));
        setText(note, error);
      }
      syncHelp(root, node.help, [body]);
    },
  };
  return renderer;
}

/**
 * Loads KaTeX, then gives the renderer.
 * @returns {Promise<LatexRenderer>}
 */
export async function openLatexRenderer() {
  return latexRenderer(await loadKatex());
}
