// Emoji shortcodes (`:rocket:` → 🚀) in rendered Markdown and labels, as Streamlit shows them.
//
// Done here rather than on the server, because the table (emoji.json of the Python package emoji:
// 4,000 emoji and their aliases, 280 KB as fetch-vendor.sh trims it, 530 KB whole) is third-party
// data that is never committed: it lives in the git-ignored vendor/ folder (scripts/fetch-vendor.sh)
// or comes whole from its pinned CDN copy with Subresource Integrity (vendor-fetch.js). A page loads it only once some text holds a `:name:`
// candidate, and then once. The replacement works on the text nodes of HTML the server rendered,
// skipping code, so `:smile:` in a code span stays as written. Without the table (no vendor/ and no
// network) shortcodes stay as text.

import { fetchVendored } from "./vendor-fetch.js";
import { once } from "./script-loader.js";

/** The vendor/ path of the emoji table. */
export const EMOJI_TABLE_FILE = "emoji/emoji.json";

/** `:name:` with the characters shortcode names use. */
const SHORTCODE = /:[A-Za-z0-9_+-]+:/g;

/** Elements whose text is code or otherwise not prose: shortcodes stay as written there. */
const SKIPPED = new Set(["code", "pre", "kbd", "samp", "script", "style", "textarea", "math"]);

/**
 * Whether `text` holds something shaped like a shortcode.
 * @param {string} text
 * @returns {boolean}
 */
export function hasShortcode(text) {
  SHORTCODE.lastIndex = 0;
  return SHORTCODE.test(text);
}

/**
 * The shortcode table from emoji.json: every fully qualified emoji under its English name and its
 * aliases (`:thumbs_up:`, `:+1:`, `:thumbsup:`). A name that several emoji share keeps the first
 * fully qualified one.
 * @param {unknown} json the parsed emoji.json: `{emoji: {en, alias?, status}}`
 * @returns {Map<string, string>}
 */
export function buildShortcodeTable(json) {
  /** @type {Map<string, string>} */
  const table = new Map();
  if (typeof json !== "object" || json === null) return table;
  for (const [emoji, entry] of Object.entries(json)) {
    if (typeof entry !== "object" || entry === null) continue;
    const { en, alias, status } = /** @type {{en?: unknown, alias?: unknown, status?: unknown}} */ (entry);
    // status 2 is "fully qualified": the form with its presentation selector, as keyboards type it.
    if (status !== 2) continue;
    const names = [en, ...(Array.isArray(alias) ? alias : [])];
    for (const name of names) {
      if (typeof name === "string" && !table.has(name)) table.set(name, emoji);
    }
  }
  return table;
}

/**
 * `text` with every known shortcode replaced by its emoji; unknown ones stay.
 * @param {string} text
 * @param {ReadonlyMap<string, string>} table
 * @returns {string}
 */
export function replaceShortcodes(text, table) {
  return text.replace(SHORTCODE, (name) => table.get(name) ?? name);
}

/**
 * The DOM a walk needs: text nodes (type 3) with `data`, elements (type 1) with children.
 * @typedef {{nodeType: number, nodeName: string, data?: string, childNodes: ArrayLike<WalkNode>, classList?: {contains(name: string): boolean}}} WalkNode
 */

/**
 * The text nodes under `root` that hold a shortcode candidate, outside code and KaTeX output.
 * @template {WalkNode} N
 * @param {N} root
 * @returns {N[]}
 */
export function shortcodeTextNodes(root) {
  /** @type {N[]} */
  const found = [];
  /** @param {N} node */
  const visit = (node) => {
    for (const child of Array.from(/** @type {ArrayLike<N>} */ (node.childNodes))) {
      if (child.nodeType === 3) {
        if (hasShortcode(child.data ?? "")) found.push(child);
      } else if (
        child.nodeType === 1 && !SKIPPED.has(child.nodeName.toLowerCase()) &&
        !(child.classList?.contains("katex") ?? false)
      ) {
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}

/**
 * Replaces the shortcodes under `root` once the table is there; loads it only when some text
 * needs it. A failed load leaves the text as it is (and is tried again by the next call).
 * @param {Node} root
 * @param {() => Promise<ReadonlyMap<string, string>>} [loadTable]
 * @returns {Promise<void>}
 */
export async function replaceShortcodesIn(root, loadTable = loadShortcodeTable) {
  const nodes = shortcodeTextNodes(/** @type {WalkNode} */ (/** @type {unknown} */ (root)));
  if (nodes.length === 0) return;
  let table;
  try {
    table = await loadTable();
  } catch (error) {
    console.warn("swiftlit: emoji shortcodes stay as text:", error);
    return;
  }
  for (const node of nodes) {
    const text = /** @type {Text} */ (/** @type {unknown} */ (node));
    const replaced = replaceShortcodes(text.data, table);
    if (replaced !== text.data) text.data = replaced;
  }
}

/** The table, loaded once per page on first use. */
export const loadShortcodeTable = once(async () => {
  const response = await fetchVendored(EMOJI_TABLE_FILE);
  return buildShortcodeTable(await response.json());
});
