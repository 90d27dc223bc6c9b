import assert from "./assert.js";
import { appPathHref, safeHref } from "../../Sources/SwiftlitWebClient/client/link-target.js";

const button = { mail: true, appPaths: false };
const page = { mail: false, appPaths: true };

Deno.test("link buttons allow http, https and mailto addresses", () => {
  assert.equal(safeHref("https://swift.org/", button), "https://swift.org/");
  assert.equal(safeHref("HTTP://example.com", button), "HTTP://example.com");
  assert.equal(safeHref("mailto:team@example.com", button), "mailto:team@example.com");
});

Deno.test("script and other schemes are refused however they are spelled", () => {
  for (
    const href of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "\u0001javascript:x",
      "data:text/html,x",
      "vbscript:x",
      "https:",
    ]
  ) {
    assert.equal(safeHref(href, button), null, href);
    assert.equal(safeHref(href, page), null, href);
  }
});

Deno.test("page links allow paths of the app but not other hosts without a scheme", () => {
  assert.equal(safeHref("/settings", page), "/settings");
  assert.equal(safeHref("reports?year=2026", page), "reports?year=2026");
  assert.equal(safeHref("//evil.example", page), null);
  assert.equal(safeHref("/\\evil.example", page), null);
  assert.equal(safeHref("/settings", button), null);
  assert.equal(safeHref("mailto:a@b.c", page), null);
});

Deno.test("paths of the app are read from the app's root, under a base path too", () => {
  assert.equal(appPathHref("/settings", "http://host/"), "/settings");
  assert.equal(appPathHref("/settings?tab=2#top", "http://host/myapp/"), "/myapp/settings?tab=2#top");
  assert.equal(appPathHref("reports", "http://host/myapp/"), "reports");
});
