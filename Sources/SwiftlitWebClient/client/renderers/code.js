// Code blocks: highlighted by Prism when a language is given, with optional line numbers and a
// copy button.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";

/** @typedef {import("../protocol.js").CodeNode} CodeNode */
/** @typedef {import("../render-context.js").Renderer<CodeNode>} CodeRenderer */

/** Names people write that Prism spells differently (Prism's autoloader knows the usual aliases). */
const LANGUAGE_ALIASES = /** @type {Record<string, string>} */ ({
  "c++": "cpp",
  "c#": "csharp",
  "f#": "fsharp",
  "objective-c": "objectivec",
  text: "none",
  plain: "none",
  plaintext: "none",
});

/** How long the copy button says "Copied". */
const COPIED_FEEDBACK_MS = 1500;

/** @type {CodeRenderer} */
export const code = {
  create(node, ctx) {
    const copy = h("button", {
      type: "button",
      class: CLASS.codeCopy,
      [DATA.testId]: TEST_ID.copyButton,
      "aria-label": "Copy code",
      title: "Copy code",
    }, ["Copy"]);
    copy.addEventListener("click", () => copyText(copy, part(root, "code", HTMLElement).textContent ?? ""));
    const root = h("div", { class: `${CLASS.element} ${CLASS.code}` }, [
      h("pre", { class: CLASS.codePre, tabindex: 0 }, [h("code")]),
      copy,
    ]);
    code.update(root, node, ctx);
    return root;
  },
  update(root, node, ctx) {
    const pre = part(root, `.${CLASS.codePre}`, HTMLPreElement);
    const codeElement = part(pre, "code", HTMLElement);
    const language = prismLanguage(node.language);
    const className = language === null ? "" : `language-${language}`;
    const languageChanged = codeElement.className !== className;
    if (languageChanged) {
      codeElement.className = className;
      pre.className = CLASS.codePre; // Prism copies the language class onto <pre>; start clean.
    }
    const codeChanged = codeElement.textContent !== node.code;
    setText(codeElement, node.code);
    syncGutter(pre, node.lineNumbers === true ? node.code.split("\n").length : 0);
    if (language !== null && (languageChanged || codeChanged)) ctx.highlightCode(root);
  },
};

/**
 * @param {string | undefined} language as the app wrote it
 * @returns {string | null} Prism's name, or `null` for no highlighting
 */
function prismLanguage(language) {
  if (language === undefined || language.trim() === "") return null;
  const lower = language.trim().toLowerCase();
  const name = LANGUAGE_ALIASES[lower] ?? lower.replace(/[^a-z0-9_-]/g, "");
  return name === "none" || name === "" ? null : name;
}

/**
 * Line numbers live in their own column so that copying the code does not copy them.
 * @param {HTMLPreElement} pre
 * @param {number} lineCount 0 for none
 */
function syncGutter(pre, lineCount) {
  let gutter = pre.querySelector(`:scope > .${CLASS.codeGutter}`);
  if (lineCount === 0) {
    gutter?.remove();
    return;
  }
  if (gutter === null) {
    gutter = h("span", { class: CLASS.codeGutter, "aria-hidden": "true" });
    pre.prepend(gutter);
  }
  setText(gutter, Array.from({ length: lineCount }, (_, i) => String(i + 1)).join("\n"));
}

/**
 * @param {HTMLButtonElement} button
 * @param {string} text
 */
async function copyText(button, text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API outside secure contexts (plain http on another host): the old way.
    const scratch = h("textarea", { "aria-hidden": "true" });
    // CSSOM, not a style attribute, which a CSP without style-src 'unsafe-inline' would block.
    scratch.style.position = "fixed";
    scratch.style.opacity = "0";
    scratch.value = text;
    document.body.append(scratch);
    scratch.select();
    document.execCommand("copy");
    scratch.remove();
  }
  setText(button, "Copied");
  setAttribute(button, DATA.copied, true);
  setTimeout(() => {
    setText(button, "Copy");
    setAttribute(button, DATA.copied, null);
  }, COPIED_FEEDBACK_MS);
}
