// The Prism languages the client can load one by one, with the names people write for them and
// what each needs loaded first (from Prism 1.29.0's components.json). Used where Prism's autoloader
// is not: on the CDN fallback, whose scripts must all carry SRI (the autoloader adds its own script
// tags, without `integrity`), so only languages with a hash in vendor-integrity.js can load there.

/**
 * Every language, in an order that loads each after what it requires and after what it modifies or
 * optionally uses (css and javascript extend markup, markdown uses yaml for front matter).
 * @type {ReadonlyArray<{id: string, requires: string[]}>}
 */
export const PRISM_LANGUAGES = [
  { id: "markup", requires: [] },
  { id: "css", requires: [] },
  { id: "clike", requires: [] },
  { id: "javascript", requires: ["clike"] },
  { id: "typescript", requires: ["javascript"] },
  { id: "c", requires: ["clike"] },
  { id: "cpp", requires: ["c"] },
  { id: "go", requires: ["clike"] },
  { id: "java", requires: ["clike"] },
  { id: "rust", requires: [] },
  { id: "swift", requires: [] },
  { id: "python", requires: [] },
  { id: "json", requires: [] },
  { id: "bash", requires: [] },
  { id: "sql", requires: [] },
  { id: "yaml", requires: [] },
  { id: "toml", requires: [] },
  { id: "markdown", requires: ["markup"] },
  { id: "diff", requires: [] },
];

/** Prism's own aliases for these languages; each component registers them when it loads. */
const ALIASES = /** @type {Record<string, string>} */ ({
  html: "markup",
  xml: "markup",
  svg: "markup",
  mathml: "markup",
  ssml: "markup",
  atom: "markup",
  rss: "markup",
  js: "javascript",
  ts: "typescript",
  py: "python",
  sh: "bash",
  shell: "bash",
  yml: "yaml",
  md: "markdown",
  webmanifest: "json",
});

const ORDER = new Map(PRISM_LANGUAGES.map((language, index) => [language.id, index]));

/**
 * The language a code element asks for, read the way Prism reads it (`language-xxx` or `lang-xxx`).
 * @param {string} className
 * @returns {string | null}
 */
export function languageOfClass(className) {
  const match = /\blang(?:uage)?-([\w-]+)\b/i.exec(className);
  return match === null ? null : match[1].toLowerCase();
}

/**
 * The table's id for a language name or alias, if the table has it.
 * @param {string} name
 * @returns {string | undefined}
 */
export function prismLanguageId(name) {
  const lower = name.toLowerCase();
  const id = Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : lower;
  return ORDER.has(id) ? id : undefined;
}

/**
 * What to load for `names`: their ids and everything they require, each once, in load order; and
 * the names the table does not know (they stay unhighlighted).
 * @param {Iterable<string>} names
 * @returns {{load: string[], unknown: string[]}}
 */
export function languagesToLoad(names) {
  /** @type {Set<string>} */
  const wanted = new Set();
  /** @type {Set<string>} */
  const unknown = new Set();
  /** @param {string} id */
  const add = (id) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const required of PRISM_LANGUAGES[ORDER.get(id) ?? -1]?.requires ?? []) add(required);
  };
  for (const name of names) {
    const id = prismLanguageId(name);
    if (id === undefined) unknown.add(name);
    else add(id);
  }
  const load = [...wanted].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
  return { load, unknown: [...unknown] };
}
