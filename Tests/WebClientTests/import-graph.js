// The modules a page fetches at start: main.js and everything it imports statically, transitively
// (dynamic `import()` and JSDoc type imports load nothing at start). Read from the sources, as the
// browser would follow them. Run it to print the figures:
//
//   deno run --allow-read Tests/WebClientTests/import-graph.js
//   → 56 modules, 246364 bytes loaded at start (main.js's static imports)

const CLIENT = new URL("../../Sources/SwiftlitWebClient/client/", import.meta.url);

/** `import … from "x"`, `export … from "x"`, `import "x"`, at the start of a statement. */
const STATIC_IMPORT = /^\s*(?:import|export)\s(?:[^;"']*?\sfrom\s*)?["']([^"']+)["']/gm;

/**
 * Source text without comments, so that JSDoc `import("…")` types and examples do not count. Good
 * enough for this client's sources, whose strings do not contain comment markers before an import.
 * @param {string} source
 * @returns {string}
 */
function withoutComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/**
 * The static import graph from `entry` (a path inside the client directory).
 * @param {string} [entry]
 * @returns {Map<string, number>} module path (relative to the client directory) → size in bytes
 */
export function startModules(entry = "main.js") {
  /** @type {Map<string, number>} */
  const modules = new Map();
  /** @param {URL} url */
  const visit = (url) => {
    const path = url.href.slice(CLIENT.href.length);
    if (modules.has(path)) return;
    const bytes = Deno.readFileSync(url);
    modules.set(path, bytes.length);
    for (const match of withoutComments(new TextDecoder().decode(bytes)).matchAll(STATIC_IMPORT)) {
      visit(new URL(match[1], url));
    }
  };
  visit(new URL(entry, CLIENT));
  return modules;
}

/**
 * The text of a file in the client directory.
 * @param {string} path
 * @returns {string}
 */
export function clientText(path) {
  return Deno.readTextFileSync(new URL(path, CLIENT));
}

if (import.meta.main) {
  const modules = startModules();
  const bytes = [...modules.values()].reduce((sum, size) => sum + size, 0);
  console.log(`${modules.size} modules, ${bytes} bytes loaded at start (main.js's static imports)`);
  if (Deno.args.includes("-v")) {
    for (const [path, size] of [...modules].sort((a, b) => b[1] - a[1])) console.log(`${size}\t${path}`);
  }
}
