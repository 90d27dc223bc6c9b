// How the chart libraries load (script-loader.js, chart-libraries.js): vendor/ first, in order, else
// the pinned CDN with Subresource Integrity; once per page.

import assert from "./assert.js";
import {
  libraryScripts,
  openPlotly,
  openVega,
  PLOTLY_FILES,
  VEGA_FILES,
} from "../../Sources/SwiftlitWebClient/client/chart-libraries.js";
import { loadLibraryScripts, once } from "../../Sources/SwiftlitWebClient/client/script-loader.js";
import { CHART_CDN_SCRIPTS } from "../../Sources/SwiftlitWebClient/client/vendor-integrity.js";

const VENDOR = "https://app.test/static/1/vendor/";

/**
 * A script loader that records each load and fails for the URLs `missing` names.
 * @param {(url: string) => boolean} missing
 */
function recordingLoader(missing) {
  /** @type {Array<{url: string, integrity: string | undefined}>} */
  const loads = [];
  /** @type {import("../../Sources/SwiftlitWebClient/client/script-loader.js").ScriptLoader} */
  const load = (url, integrity) => {
    loads.push({ url, integrity });
    return missing(url) ? Promise.reject(new Error(`${url} did not load`)) : Promise.resolve();
  };
  return { loads, load };
}

Deno.test("every chart library file has a pinned jsDelivr copy with a sha512 hash, and nothing else is listed", () => {
  assert.deepEqual(Object.keys(CHART_CDN_SCRIPTS).sort(), [...VEGA_FILES, ...PLOTLY_FILES].sort());
  const versions = {
    "vega/vega.min.js": "vega@6.1.2/build/vega.min.js",
    "vega/vega-lite.min.js": "vega-lite@6.3.0/build/vega-lite.min.js",
    "vega/vega-embed.min.js": "vega-embed@7.0.2/build/vega-embed.min.js",
    "plotly/plotly.min.js": "plotly.js-dist-min@4.1.1/plotly.min.js",
  };
  for (const [file, script] of Object.entries(CHART_CDN_SCRIPTS)) {
    assert.equal(
      script.url,
      `https://cdn.jsdelivr.net/npm/${versions[/** @type {keyof typeof versions} */ (file)]}`,
    );
    assert.ok(/^sha512-[A-Za-z0-9+/]{86}==$/.test(script.integrity), `${file}: ${script.integrity}`);
  }
  assert.throws(() => libraryScripts(["vega/vega-extra.min.js"]), /no CDN copy with SRI/);
  assert.throws(() => libraryScripts(["toString"]), /no CDN copy with SRI/);
});

Deno.test("Vega loads from vendor/ in order: vega, vega-lite, vega-embed, without integrity", async () => {
  const { loads, load } = recordingLoader(() => false);
  assert.equal(await loadLibraryScripts(libraryScripts(VEGA_FILES, VENDOR), load), "vendor");
  assert.deepEqual(loads, [
    { url: `${VENDOR}vega/vega.min.js`, integrity: undefined },
    { url: `${VENDOR}vega/vega-lite.min.js`, integrity: undefined },
    { url: `${VENDOR}vega/vega-embed.min.js`, integrity: undefined },
  ]);
});

Deno.test("without vendor/, every script comes from the CDN with its integrity, still in order", async () => {
  const { loads, load } = recordingLoader((url) => url.startsWith(VENDOR));
  assert.equal(await loadLibraryScripts(libraryScripts(VEGA_FILES, VENDOR), load), "cdn");
  assert.deepEqual(
    loads,
    [
      { url: `${VENDOR}vega/vega.min.js`, integrity: undefined },
      CHART_CDN_SCRIPTS["vega/vega.min.js"],
      CHART_CDN_SCRIPTS["vega/vega-lite.min.js"],
      CHART_CDN_SCRIPTS["vega/vega-embed.min.js"],
    ].map((item) => ({ url: item.url, integrity: item.integrity })),
  );
});

Deno.test("a script on neither vendor/ nor the CDN fails the load, naming both", async () => {
  const { load } = recordingLoader(() => true);
  let message = "";
  await loadLibraryScripts(libraryScripts(PLOTLY_FILES, VENDOR), load).catch((error) =>
    message = String(error)
  );
  assert.ok(message.includes("plotly/plotly.min.js is neither in vendor/"), message);
  assert.ok(message.includes("plotly.js-dist-min@4.1.1/plotly.min.js did not load"), message);
});

Deno.test("a library loads once; a failed load is tried again on the next use", async () => {
  let calls = 0;
  let fail = true;
  const load = once(() => {
    calls++;
    return fail ? Promise.reject(new Error("offline")) : Promise.resolve(calls);
  });
  await load().catch(() => {});
  fail = false;
  assert.equal(await load(), 2);
  assert.equal(await load(), 2);
  assert.equal(calls, 2);
});

Deno.test("the libraries' globals are returned once their scripts ran; a missing global is an error", async () => {
  const global = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  /** @type {string[]} */
  const urls = [];
  /** @param {string} url */
  const load = (url) => {
    urls.push(url);
    if (url.endsWith("vega.min.js")) global.vega = { changeset: () => ({}) };
    if (url.endsWith("vega-embed.min.js")) global.vegaEmbed = () => Promise.resolve({});
    return Promise.resolve();
  };
  try {
    const library = await openVega(load);
    assert.equal(library.vega, global.vega);
    assert.equal(library.vegaEmbed, global.vegaEmbed);
    assert.deepEqual(urls.map((url) => url.slice(url.lastIndexOf("/") + 1)), [
      "vega.min.js",
      "vega-lite.min.js",
      "vega-embed.min.js",
    ]);
    let message = "";
    await openPlotly(load).catch((error) => message = String(error));
    assert.ok(message.includes("set no global Plotly"), message);
  } finally {
    delete global.vega;
    delete global.vegaEmbed;
  }
});
