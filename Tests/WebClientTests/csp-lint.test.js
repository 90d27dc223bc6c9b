/// <reference lib="deno.unstable" />
// The lint rules of csp-lint.js, which scripts/check-client.sh runs over the real client: each rule
// on code it must refuse and on the client's own idioms it must accept.

import assert from "./assert.js";
import plugin from "./csp-lint.js";

/**
 * The `swiftlit/…` rules that `source` breaks, as if it were a client module.
 * @param {string} source
 * @returns {string[]}
 */
function broken(source) {
  const diagnostics = Deno.lint.runPlugin(plugin, "/repo/Sources/SwiftlitWebClient/client/x.js", source);
  return [...new Set(diagnostics.map((diagnostic) => diagnostic.id))].sort();
}

/**
 * @param {string} rule
 * @param {string[]} bad snippets that must break `rule`
 * @param {string[]} good snippets that must break nothing
 */
function checkRule(rule, bad, good) {
  for (const source of bad) assert.deepEqual(broken(source), [`swiftlit/${rule}`], source);
  for (const source of good) assert.deepEqual(broken(source), [], source);
}

Deno.test("no-html-sink: only setHtml may turn a string into HTML", () => {
  checkRule("no-html-sink", [
    "el.innerHTML = label;",
    "el.outerHTML = `<b>${name}</b>`;",
    'el.insertAdjacentHTML("beforeend", text);',
    "document.write(text);",
    "frame.srcdoc = html;",
    "range.createContextualFragment(text);",
    'new DOMParser().parseFromString(text, "text/html");',
  ], [
    "el.textContent = label;",
    "setText(el, label);",
    "const old = el.innerHTML;",
    "writer.write(chunk);",
    "setHtml(body, node.html);",
  ]);
});

Deno.test("no-string-code: no eval, Function, string timers or script URLs", () => {
  checkRule("no-string-code", [
    "eval(code);",
    "globalThis.eval(code);",
    'new Function("return 1");',
    'Function("return 1")();',
    'setTimeout("tick()", 10);',
    "setInterval(`tick()`, 10);",
    'const url = "javascript:alert(1)";',
    'const url = " VBScript:msgbox";',
  ], [
    "setTimeout(() => tick(), 10);",
    "setTimeout(tick, 10);",
    'const note = "a javascript: URL is refused";',
  ]);
});

Deno.test("no-inline-handler: events through addEventListener only", () => {
  checkRule("no-inline-handler", [
    'el.setAttribute("onclick", code);',
    'setAttribute(el, "onerror", code);',
    'h("button", { onclick: "go()" });',
    'h("img", { "onload": code });',
    "const html = '<img src=x onerror=alert(1)>';",
    "const html = `<a href='#' onclick=\"${code}\">x</a>`;",
  ], [
    'button.addEventListener("click", go);',
    'h("button", { type: "button", "aria-label": "Close" });',
    'const text = "onclick is not an attribute here";',
  ]);
});

Deno.test("checked-url: href and src only from safe values", () => {
  checkRule("checked-url", [
    'setAttribute(link, "href", node.url);',
    'link.setAttribute("href", url);',
    'img.setAttribute("src", "data:text/html,<b>x</b>");',
    'h("a", { href: node.url });',
    'h("img", { src: cond ? node.image : "x.png" });',
    "script.src = url;",
    "link.href = node.url;",
  ], [
    'setAttribute(link, "href", `#${anchor}`);',
    'setAttribute(link, "href", safeUrl(node.url));',
    'h("img", { src: safeImageUrl(node.image) });',
    'h("a", { href: "https://example.com/" });',
    'setAttribute(link, "href", null);',
    'h("a", { href: ok ? safeUrl(a) : "#top" });',
    'setAttribute(el, "title", node.url);',
  ]);
});

Deno.test("blank-target-rel: links to another tab carry rel=noopener noreferrer", () => {
  checkRule("blank-target-rel", [
    'h("a", { href: "https://example.com/", target: "_blank" });',
    'h("a", { href: "https://example.com/", target: "_blank", rel: "noopener" });',
    'link.setAttribute("target", "_blank");',
    'link.target = "_blank";',
  ], [
    'h("a", { href: "https://example.com/", target: "_blank", rel: "noopener noreferrer" });',
    'h("a", { href: "https://example.com/" });',
    "const clicked = event.target;",
  ]);
});
