// Subresource Integrity (SRI) for every file the client may load from a CDN: Prism, loaded from
// cdnjs only when vendor/prism/ is absent (prism-loader.js), and the chart libraries, loaded from
// jsDelivr only when vendor/vega/ or vendor/plotly/ is absent (chart-libraries.js). Same-origin
// vendor/ files need no SRI. The page's Content-Security-Policy (SecurityHeaders.swift) allows
// exactly PRISM_CDN_BASE and the URLs of CHART_CDN_SCRIPTS in script-src; a test checks that.
//
// Where the hashes come from: the sha512 of Prism 1.29.0's non-minified files as shipped in Debian's
// node-prismjs 1.29.0+dfsg package (scripts/fetch-vendor.sh --print-integrity prints them). Not the
// *.min.js files: Debian rebuilds those with its own minifier (its source drops upstream's, see
// Files-Excluded), so they differ from npm's. The non-minified files are upstream's bytes: Debian's
// orig tarball is the v1.29.0 release minus *.min.js, the binary package ships them unchanged, and
// the SRI values cdnjs publishes for prism/1.29.0/components/prism-core.js and prism-javascript.js
// (and jsDelivr's sha256 for prism-core.js) equal the hashes of Debian's files.
//
// To regenerate (a Prism version bump, or a language added to prism-languages.js): change
// PRISM_VERSION, add the new files' keys, run scripts/fetch-vendor.sh --print-integrity, paste its
// lines below, and compare prism-core.js with the hash cdnjs shows for that version.

/** The Prism version the CDN fallback pins; scripts/fetch-vendor.sh installs the same one. */
export const PRISM_VERSION = "1.29.0";

/** Where the CDN fallback loads Prism from (cdnjs mirrors the npm package's files). */
export const PRISM_CDN_BASE = `https://cdnjs.cloudflare.com/ajax/libs/prism/${PRISM_VERSION}/`;

/**
 * The SRI hash of each Prism file the CDN fallback may load, by its path under PRISM_CDN_BASE.
 * @type {Readonly<Record<string, string>>}
 */
export const PRISM_CDN_INTEGRITY = Object.freeze({
  // Equal to cdnjs's and jsDelivr's published SRI for this file.
  "components/prism-core.js":
    "sha512-jhk8ktzYxeUWJ/vx3Lzp53xE0Jgsp+UxA3wDyRSYeMBdPutgCp6jiGvTjyZm+R7cn3Lu/0MnEIR421EOdl3qAg==",
  // The languages of prism-languages.js, in its load order.
  "components/prism-markup.js":
    "sha512-TftzsvGJ89VJIKbduov7tD4BqUklQB8BQfo0ox7rmtFAnyGbOmxgS2mb7bA3mRIMVuf7pvXlr8mRboDfI8963w==",
  "components/prism-css.js":
    "sha512-z4HIyglJayj6Tp2YcKnAmk9qrdQfDdd/UJzR5LU97CDt8yPheGiuTJ5w8jHMYnPs2JCY1Jn73iTQNITyOPc/xA==",
  "components/prism-clike.js":
    "sha512-TPocPpw9r8nH2uIIYGK8bbG2QlvLApdW/9YglGpKv3bBrWcQfAWe4PAbOIjd+QpaDWVUQm4d2V0hr6DIw3riqA==",
  // Equal to cdnjs's published SRI for this file.
  "components/prism-javascript.js":
    "sha512-Kz83UzPU5O1qUHKfcuwW6tsPfSlGoAR7GIrdRh5oPOM/M2qphGQJOGfPVjQHk/D1TwkhltYvQjLqW/DErTc9rw==",
  "components/prism-typescript.js":
    "sha512-oZZIwB4PddzxwaUkLFIdcxJctivhG7cyGovnQtnlWVcZUwAyrkY99Eu40yYxK4RuQ2nRgvXnkgTWFZuPS0TdqA==",
  "components/prism-c.js":
    "sha512-9XtxUj0SAhtuHIeO1t/f3BAItsOEEzswcvfyv7s2FiuPi3DCJTzq7pfORtH5x9zVDc5Hxm/ZQkEJDnhZZKpjrA==",
  "components/prism-cpp.js":
    "sha512-V9b03TrR2OUXssPWIV5aaj8T4OLVShP8Hq6bzompFI6a+g7L2nkZqLe27HAH2ShJLzE6wAylPAaNvbSDdZElSg==",
  "components/prism-go.js":
    "sha512-bRlqI7esD3Q7qyE7udSGxaSy0GEdglAYZ5zS3v6JEjqVeUdWbOntG7zBBW2Z/S+dPagrjmGYYDJ1wVhL2Hq/HQ==",
  "components/prism-java.js":
    "sha512-XufDRqTXGakbjeXYlI9Cp00SVZSYiejKtVwPb5WQCG1ZwXoSRCo/shTWx3PYv1HHJfoNkZMZ592NboPikR2/7g==",
  "components/prism-rust.js":
    "sha512-I353RrBmKQ5Y19sEI3NesH/JDNLtV/ZVsoTK1hIJsDHdwwU7GHUyYoyGXtvtxp/Dq4tIhZslgkOWbNRfSA3bmQ==",
  "components/prism-swift.js":
    "sha512-SVrSYDjo+enWqW2EN1rs15ZQO7j3jxR1vcYJgRX8zzhPFgMLcuN8BIFKL0uCdhINM+QcFGnzrraGGKz6x5Sxzw==",
  "components/prism-python.js":
    "sha512-T/ujeFlUjzNDvFyZnYuDlgEsjj3TowWktBVO0a/70am8xz7ncZheHkOHEpsRDquXpAq7OJAwH+4bhQcU3KccpQ==",
  "components/prism-json.js":
    "sha512-HaWcXvMqAt4Jw+25VpFSlOiOfDC1e6xHdtSaaMf25AEfj1esYd4Z6YaLifMtwzpNVvilIpk7NvpRI4LZ+d1uGQ==",
  "components/prism-bash.js":
    "sha512-pmRnchdgH0Bluc59cQnAR9GQNCrcHcL3M6xLLv2Z2ufa09sLzx8C4EEyQMHMgPtbQ0NQk7zGqhZYBQYNzN89vg==",
  "components/prism-sql.js":
    "sha512-NC7EOjwHwgY3UA5ZFoiPXkr8/yr0de1v3vcfDU+rwBNjGEwxU570+rq+TPmnNHQ9QKww2tl5seMboQk73eF+Uw==",
  "components/prism-yaml.js":
    "sha512-bAm5reKIVxAe0JOwH/CAt/tcusQs33PZHzvtLt9Sr7ci+ByHNnQ4UTIQt7Os8SwaYUx5yVrI3Z0ymtorIZ587Q==",
  "components/prism-toml.js":
    "sha512-UK1iEcj4AJxlzImK1VALtQknYUXQxEWldpsXeXue569wZ11gXeo9QKUfzQgNeNnz6VdaOFZ6aNZgW7pAv8YYWw==",
  "components/prism-markdown.js":
    "sha512-YPgRaNq2YySLNSG2PKi2Q7l2ZxxzLV+J6sDrynUp88bhnPsc2/poRHsB6wa6FdAQ6UNhyTd99JZ3jHCfsAYcJg==",
  "components/prism-diff.js":
    "sha512-dBMceA8F0iPdlPM7RVc16A/rsAPJZFqyOW76Mns91yvzgl3yR1uXEiGQOOMhepPt/lRzeteeeCz9eu/XFUXPoA==",
});

// The chart libraries. What was verified, and what was not: the hashes are the sha512 of the files in
// the pinned PyPI wheels that scripts/fetch-vendor.sh vendors (panel 1.9.4 for Vega, plotly 7.1.0 for
// plotly.js; `fetch-vendor.sh --print-integrity` prints them). The CDN cannot be reached from our
// machines, so they were NOT compared with the bytes jsDelivr serves: they equal them only if each
// wheel ships npm's file unchanged. That is likely (the Vega files end with npm's
// `//# sourceMappingURL=<name>.min.js.map` line and carry their release's version string; plotly.js's
// starts with its own release banner), not proven. SRI fails closed: if a hash is wrong, the browser
// refuses that CDN script and the chart shows that its library could not be loaded; it never runs
// other code. After a version bump, or once the CDN is reachable, compare with jsDelivr's published
// hashes (https://data.jsdelivr.com/v1/packages/npm/<package>@<version>).

/**
 * A script the CDN fallback may load: its pinned URL and SRI hash.
 * @typedef {{readonly url: string, readonly integrity: string}} CdnScript
 */

/**
 * The chart libraries' CDN copies, by their path under vendor/.
 * @type {Readonly<Record<string, CdnScript>>}
 */
export const CHART_CDN_SCRIPTS = Object.freeze({
  "vega/vega.min.js": Object.freeze({
    url: "https://cdn.jsdelivr.net/npm/vega@6.1.2/build/vega.min.js",
    integrity:
      "sha512-yAuQCETsAXrUmztayJZPUXwmmCukL2KlXbcUN/F8jzTLTph39kfDGvvyrPKgeebgJmmwYWUJtI+HT451NUG4Sg==",
  }),
  "vega/vega-lite.min.js": Object.freeze({
    url: "https://cdn.jsdelivr.net/npm/vega-lite@6.3.0/build/vega-lite.min.js",
    integrity:
      "sha512-+8+toM2YSZ7YEqrvBdLASADvkAYazBtkzl0GjzknIWYNYutMxT42Zdqg5LaiLjprFzpzZX4tyqXxoBNU6zoOMg==",
  }),
  "vega/vega-embed.min.js": Object.freeze({
    url: "https://cdn.jsdelivr.net/npm/vega-embed@7.0.2/build/vega-embed.min.js",
    integrity:
      "sha512-sN01iN/FB7CxcwWiE+BZUadk7T04QGhOJit1KBWJChZkdjvyxsS5tntVrMikgSYBIgvH+WH2ssKswk2e+aSQnQ==",
  }),
  "plotly/plotly.min.js": Object.freeze({
    url: "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.1/plotly.min.js",
    integrity:
      "sha512-2SAjXeni/1+3u+HXGF7+CYi8nJ5WYF/2cBFcrgIv+4Ie9W5rpoXVnHGAM0tm0HBg+sKDj8+CnFEQwCWxA4uqig==",
  }),
});

// KaTeX (st.latex), the Material Symbols icon font (`:material/name:`) and the emoji table
// (`:shortcode:`). Hashes from their pinned wheels as above (`fetch-vendor.sh --print-integrity`),
// with the same caveat: not compared with the CDN's bytes, which we cannot reach. The font is the one
// Streamlit's repository carries at its 1.67.0 tag (the wheel ships it as built, renamed with a
// hash), and emoji.json the file of the emoji package's v2.16.0 tag; jsDelivr serves both from
// GitHub.

/** KaTeX's script, a classic script that sets the global `katex`. */
export const KATEX_CDN_SCRIPTS = Object.freeze({
  "katex/katex.min.js": Object.freeze({
    url: "https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.js",
    integrity:
      "sha512-qpr2U7eF0GuHYFz+lHooMm8fV6wOIcvD9VCehypknv9oHVfZkXL5lmHmJg/0GZCZuBn2qMIX/jKePKvOXJoO/g==",
  }),
});

/**
 * A file the CDN fallback loads other than as a script: a stylesheet (a `<link>` with integrity)
 * or a file read with `fetch(…, {integrity})`.
 * @typedef {{readonly href: string, readonly integrity: string}} CdnFile
 */

/**
 * KaTeX's stylesheet. Its `@font-face` rules load KaTeX's fonts from beside it: from vendor/katex/fonts/,
 * or from KATEX_CDN_FONTS when the stylesheet came from the CDN. A font loaded by CSS cannot carry
 * SRI; the CSP names that one folder in font-src, and a font cannot run code.
 * @type {CdnFile}
 */
export const KATEX_CDN_STYLESHEET = Object.freeze({
  href: "https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.css",
  integrity:
    "sha512-Fi/onD6kSl2wVM7Y4hOIrSEGHEp9ql/ErGVQ559ssFy14Hqt+QL3qnqBaxty8nS7kNrqyV0Icm80winRBLYu2Q==",
});

/** The folder KaTeX's stylesheet loads its fonts from, when it came from the CDN. */
export const KATEX_CDN_FONTS = "https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/fonts/";

/**
 * Files read with `fetch` and checked with their integrity (connect-src in the CSP): the icon font
 * (handed to the FontFace API as bytes, so it is checked, unlike a font CSS loads) and the emoji
 * table, by their path under vendor/.
 * @type {Readonly<Record<string, CdnFile>>}
 */
export const FETCHED_CDN_FILES = Object.freeze({
  "material-symbols/MaterialSymbols-Rounded.woff2": Object.freeze({
    href:
      "https://cdn.jsdelivr.net/gh/streamlit/streamlit@1.67.0/frontend/app/src/assets/fonts/MaterialSymbols/MaterialSymbols-Rounded.woff2",
    integrity:
      "sha512-Jf2pgOg26EXYJNrJERFvsEigbhlwnup9jeG0RIr73Z2bJHPkhjwcgOJ/3ke/4n9YUplZMHjXWmlNe+ijGOKb5w==",
  }),
  "emoji/emoji.json": Object.freeze({
    href: "https://cdn.jsdelivr.net/gh/carpedm20/emoji@v2.16.0/emoji/unicode_codes/emoji.json",
    integrity:
      "sha512-NxdkcNAT01jWNCssUCp+4AYU1oim0OPrKb27WvbsCU5mqCziOcwHI3/rVSiDWUGKD2c3yS+6FZalH6+pZHCBKw==",
  }),
});
