// How Prism is loaded: vendor/ with its autoloader, or the CDN with Subresource Integrity on every
// script (prism-loader.js, prism-languages.js, vendor-integrity.js).

import assert from "./assert.js";
import {
  CDN_CORE,
  cdnLanguageFile,
  cdnScript,
  openHighlighter,
} from "../../Sources/SwiftlitWebClient/client/prism-loader.js";
import { loadClassicScript } from "../../Sources/SwiftlitWebClient/client/script-loader.js";
import {
  languageOfClass,
  languagesToLoad,
  PRISM_LANGUAGES,
  prismLanguageId,
} from "../../Sources/SwiftlitWebClient/client/prism-languages.js";
import {
  PRISM_CDN_BASE,
  PRISM_CDN_INTEGRITY,
  PRISM_VERSION,
} from "../../Sources/SwiftlitWebClient/client/vendor-integrity.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/prism-loader.js").PrismApi} PrismApi */

/** Every file the loader can ask the CDN for: the core and each language of the table. */
const CDN_FILES = [CDN_CORE, ...PRISM_LANGUAGES.map((language) => cdnLanguageFile(language.id))];

Deno.test("every CDN script the loader can produce has an SRI hash, and no hash is left over", () => {
  for (const file of CDN_FILES) {
    const script = cdnScript(file);
    assert.equal(script.url, `${PRISM_CDN_BASE}${file}`);
    assert.ok(/^sha(384|512)-[A-Za-z0-9+/]+={0,2}$/.test(script.integrity), `${file}: ${script.integrity}`);
  }
  assert.deepEqual(Object.keys(PRISM_CDN_INTEGRITY).sort(), [...CDN_FILES].sort());
  assert.equal(PRISM_CDN_BASE, `https://cdnjs.cloudflare.com/ajax/libs/prism/${PRISM_VERSION}/`);
  assert.throws(() => cdnScript("components/prism-cobol.js"), /no SRI hash/);
  assert.throws(() => cdnScript("toString"), /no SRI hash/);
});

Deno.test("the languages the brief asked for are all in the table, with their requirements", () => {
  for (
    const name of [
      "swift",
      "python",
      "javascript",
      "typescript",
      "json",
      "bash",
      "shell",
      "sql",
      "markup",
      "html",
    ]
      .concat(["css", "c", "cpp", "go", "rust", "java", "yaml", "toml", "markdown", "diff"])
  ) assert.ok(prismLanguageId(name) !== undefined, name);
  const ids = new Set(PRISM_LANGUAGES.map((language) => language.id));
  PRISM_LANGUAGES.forEach((language, index) => {
    for (const required of language.requires) {
      assert.ok(ids.has(required), `${language.id} requires ${required}`);
      const at = PRISM_LANGUAGES.findIndex((other) => other.id === required);
      assert.ok(at < index, `${required} loads before ${language.id}`);
    }
  });
});

Deno.test("a page's languages load with their requirements, in order, unknown ones apart", () => {
  assert.deepEqual(languagesToLoad(["ts", "sh", "cobol", "TypeScript"]), {
    load: ["clike", "javascript", "typescript", "bash"],
    unknown: ["cobol"],
  });
  assert.deepEqual(languagesToLoad(["markdown", "cpp", "yml"]).load, [
    "markup",
    "clike",
    "c",
    "cpp",
    "yaml",
    "markdown",
  ]);
  assert.deepEqual(languagesToLoad(["toString", "constructor"]).unknown, ["toString", "constructor"]);
  assert.equal(languageOfClass("language-Swift"), "swift");
  assert.equal(languageOfClass("lang-py foo"), "py");
  assert.equal(languageOfClass("plain"), null);
});

/**
 * A fake script loader: records what it was asked for, fails for URLs under `missing`, and lets
 * a "loaded" core define a Prism global.
 * @param {string} missing
 */
function fakeLoader(missing) {
  /** @type {Array<{url: string, integrity?: string}>} */
  const loads = [];
  /** @type {PrismApi} */
  const prism = { highlightElement() {}, plugins: { autoloader: { languages_path: "" } }, languages: {} };
  /** @type {(url: string, integrity?: string) => Promise<void>} */
  const load = (url, integrity) => {
    loads.push(integrity === undefined ? { url } : { url, integrity });
    return url.startsWith(missing) ? Promise.reject(new Error(`404 ${url}`)) : Promise.resolve();
  };
  return { loads, prism, load };
}

Deno.test("with vendor/: the local core and autoloader, no CDN and no SRI", async () => {
  const fake = fakeLoader(PRISM_CDN_BASE);
  const highlighter = await openHighlighter(fake.load, () => fake.prism, "https://app.test/vendor/prism/");
  await highlighter.ensureLanguages(["swift"]);
  assert.deepEqual(fake.loads, [
    { url: "https://app.test/vendor/prism/components/prism-core.min.js" },
    { url: "https://app.test/vendor/prism/plugins/autoloader/prism-autoloader.min.js" },
  ]);
  assert.equal(fake.prism.plugins.autoloader?.languages_path, "https://app.test/vendor/prism/components/");
});

Deno.test("without vendor/: core and languages from the CDN, each with its integrity", async () => {
  const local = "https://app.test/vendor/prism/";
  const fake = fakeLoader(local);
  const notes = /** @type {unknown[]} */ ([]);
  const info = console.info;
  console.info = (...args) => void notes.push(args[0]);
  try {
    const highlighter = await openHighlighter(fake.load, () => fake.prism, local);
    await highlighter.ensureLanguages(["ts", "cobol"]);
    // clike, javascript and typescript are there by now: only java is new.
    await highlighter.ensureLanguages(["typescript", "java", "cobol"]);
  } finally {
    console.info = info;
  }
  const cdn = fake.loads.filter((load) => !load.url.startsWith(local));
  assert.deepEqual(cdn.map((load) => load.url.slice(PRISM_CDN_BASE.length)), [
    "components/prism-core.js",
    "components/prism-clike.js",
    "components/prism-javascript.js",
    "components/prism-typescript.js",
    "components/prism-java.js",
  ]);
  for (const load of cdn) {
    assert.ok(load.url.startsWith(PRISM_CDN_BASE), load.url);
    assert.equal(load.integrity, PRISM_CDN_INTEGRITY[load.url.slice(PRISM_CDN_BASE.length)], load.url);
  }
  assert.equal(notes.length, 1, "one console note per unknown language");
  assert.ok(String(notes[0]).includes('"cobol"'));
});

Deno.test("a script tag gets integrity and CORS mode for the CDN, neither for vendor/", async () => {
  /** @type {Array<Record<string, unknown>>} */
  const scripts = [];
  const fakeDocument = {
    createElement: () => {
      /** @type {Record<string, unknown>} */
      const script = { remove() {} };
      scripts.push(script);
      return script;
    },
    head: {
      /** @param {Record<string, unknown>} script */
      append: (script) => queueMicrotask(() => /** @type {() => void} */ (script.onload)()),
    },
  };
  Object.defineProperty(globalThis, "document", { value: fakeDocument, configurable: true });
  try {
    const core = cdnScript(CDN_CORE);
    await loadClassicScript(core.url, core.integrity);
    await loadClassicScript("https://app.test/vendor/prism/components/prism-core.min.js");
  } finally {
    Reflect.deleteProperty(globalThis, "document");
  }
  assert.equal(scripts[0].src, `${PRISM_CDN_BASE}${CDN_CORE}`);
  assert.equal(scripts[0].integrity, PRISM_CDN_INTEGRITY[CDN_CORE]);
  assert.equal(scripts[0].crossOrigin, "anonymous");
  assert.equal(scripts[1].integrity, undefined);
  assert.equal(scripts[1].crossOrigin, undefined);
});
