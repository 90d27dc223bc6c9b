// Subresource Integrity (SRI) for every script the client may load from a CDN. Today that is Prism,
// loaded from cdnjs only when vendor/prism/ is absent (prism-loader.js); same-origin vendor/ files
// need no SRI. The page's Content-Security-Policy must allow PRISM_CDN_BASE in script-src.
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
