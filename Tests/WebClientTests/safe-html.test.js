// What reaches the page from server HTML and server URLs (safe-html.js), and the page icon.

import assert from "./assert.js";
import {
  hardenTree,
  isSafeUrl,
  keepsAttribute,
  relWithNoopener,
  safeImageUrl,
  safeUrl,
} from "../../Sources/SwiftlitWebClient/client/safe-html.js";
import { emojiFavicon } from "../../Sources/SwiftlitWebClient/client/page-chrome.js";

Deno.test("script URLs are refused however they are spelled", () => {
  for (
    const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
      "DATA:text/html;base64,PHNjcmlwdD4=",
    ]
  ) {
    assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    assert.equal(safeUrl(url), null, JSON.stringify(url));
  }
});

Deno.test("ordinary URLs pass, and data:image only for images", () => {
  for (
    const url of ["https://example.com/a?b=c:d", "/page", "#section", "mailto:a@example.com", "a/b:c", ""]
  ) {
    assert.equal(safeUrl(url), url, url);
  }
  assert.equal(safeImageUrl("data:image/png;base64,iVBORw0KGgo="), "data:image/png;base64,iVBORw0KGgo=");
  assert.equal(safeUrl("data:image/png;base64,iVBORw0KGgo="), null, "not as a link");
  assert.equal(safeImageUrl("data:text/html,x"), null);
  assert.equal(safeImageUrl("javascript:alert(1)"), null);
});

Deno.test("server HTML keeps no event handlers, srcdoc or script URLs", () => {
  assert.equal(keepsAttribute("img", "onerror", "alert(1)"), false);
  assert.equal(keepsAttribute("div", "ONCLICK", "alert(1)"), false);
  assert.equal(keepsAttribute("iframe", "srcdoc", "<script>alert(1)</script>"), false);
  assert.equal(keepsAttribute("a", "href", "javascript:alert(1)"), false);
  assert.equal(keepsAttribute("form", "action", "javascript:alert(1)"), false);
  assert.equal(keepsAttribute("button", "formaction", "vbscript:x"), false);
  assert.equal(keepsAttribute("a", "xlink:href", "javascript:alert(1)"), false);
  assert.equal(keepsAttribute("a", "href", "data:image/png;base64,AAAA"), false, "data: is no link");
  assert.equal(keepsAttribute("img", "src", "data:image/png;base64,AAAA"), true);
  assert.equal(keepsAttribute("image", "href", "data:image/png;base64,AAAA"), true);
  assert.equal(keepsAttribute("a", "href", "https://example.com/"), true);
  assert.equal(keepsAttribute("td", "align", "center"), true);
  assert.equal(keepsAttribute("span", "style", "color: red"), true);
});

Deno.test("links that open elsewhere get rel=noopener noreferrer", () => {
  assert.equal(relWithNoopener(null), "noopener noreferrer");
  assert.equal(relWithNoopener("nofollow"), "nofollow noopener noreferrer");
  assert.equal(relWithNoopener(" noreferrer  NOOPENER "), "noreferrer NOOPENER");
});

/**
 * A stand-in for the few Element members hardenTree uses.
 * @param {string} localName
 * @param {Record<string, string>} attributes
 */
function fakeElement(localName, attributes) {
  const map = new Map(Object.entries(attributes));
  const element = {
    localName,
    map,
    removed: false,
    getAttributeNames: () => [...map.keys()],
    /** @param {string} name */
    getAttribute: (name) => map.get(name) ?? null,
    /** @param {string} name */
    hasAttribute: (name) => map.has(name),
    /** @param {string} name */
    removeAttribute: (name) => void map.delete(name),
    /** @param {string} name @param {string} value */
    setAttribute: (name, value) => void map.set(name, value),
    remove() {
      element.removed = true;
    },
  };
  return element;
}

Deno.test("hardenTree strips handlers, script URLs and script elements, and guards new tabs", () => {
  const image = fakeElement("img", { src: "x", onerror: "alert(1)", alt: "x" });
  const link = fakeElement("a", { href: "javascript:alert(1)", target: "_blank", title: "t" });
  const script = fakeElement("script", {});
  const meta = fakeElement("meta", { "http-equiv": "refresh", content: "0;url=https://evil.example/" });
  const animate = fakeElement("set", { attributeName: "href", to: "javascript:alert(1)" });
  const safe = fakeElement("a", { href: "https://example.com/" });
  const nestedImage = fakeElement("img", { src: "x", onerror: "alert(1)" });
  const template = Object.assign(fakeElement("template", {}), {
    content: { querySelectorAll: () => [nestedImage] },
  });
  const elements = [image, link, script, meta, animate, safe, template];
  const root = /** @type {ParentNode} */ (/** @type {unknown} */ ({ querySelectorAll: () => elements }));
  hardenTree(root);
  assert.deepEqual(Object.fromEntries(image.map), { src: "x", alt: "x" });
  assert.deepEqual(Object.fromEntries(link.map), {
    target: "_blank",
    title: "t",
    rel: "noopener noreferrer",
  });
  assert.ok(script.removed && meta.removed && animate.removed);
  assert.deepEqual(Object.fromEntries(safe.map), { href: "https://example.com/" });
  assert.ok(!safe.removed && !image.removed && !link.removed);
  assert.deepEqual(Object.fromEntries(nestedImage.map), { src: "x" }, "inside a nested <template> too");
});

Deno.test("the page icon is an image data URL in which the app's text cannot break out", () => {
  const hostile = emojiFavicon('"/><script>alert(1)</script><text onload="x');
  assert.equal(safeImageUrl(hostile), hostile);
  const svg = decodeURIComponent(hostile.slice("data:image/svg+xml,".length));
  assert.ok(!svg.includes("<script"), svg);
  assert.equal(svg.match(/</g)?.length, 4, "only the icon's own <svg>, <text>, </text>, </svg>");
});
