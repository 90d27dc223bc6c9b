import assert from "./assert.js";
import { navigationTarget, pageAddress } from "../../Sources/SwiftlitWebClient/client/navigation-history.js";

const plain = {
  button: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  defaultPrevented: false,
};
const tab = { href: "https://example.com/sales/reports?year=2026", root: "/sales/" };
/** @param {string} href */
const link = (href) => ({ href, target: "", download: false });

Deno.test("a page's address is the root, its path as one encoded segment, and the query", () => {
  assert.equal(pageAddress("/sales/", "settings", ""), "/sales/settings");
  assert.equal(pageAddress("/sales/", "", "tab=2"), "/sales/?tab=2");
  assert.equal(pageAddress("/", "über uns", "q=a+b"), "/%C3%BCber%20uns?q=a+b");
  assert.equal(pageAddress("/", "a/b", ""), "/a%2Fb");
});

Deno.test("a plain click on a link to a page of the app is taken over, with its query", () => {
  assert.deepEqual(navigationTarget(link("https://example.com/sales/settings?tab=2"), plain, tab), {
    page: "settings",
    query: "tab=2",
  });
  assert.deepEqual(navigationTarget(link("https://example.com/sales/"), plain, tab), { page: "", query: "" });
  assert.deepEqual(navigationTarget(link("https://example.com/sales/%C3%BCber/"), plain, tab), {
    page: "über",
    query: "",
  });
});

Deno.test("modifier clicks, other buttons, new tabs and downloads keep the browser's behaviour", () => {
  const target = link("https://example.com/sales/settings");
  for (const modifier of ["ctrlKey", "metaKey", "shiftKey", "altKey"]) {
    assert.equal(navigationTarget(target, { ...plain, [modifier]: true }, tab), null, modifier);
  }
  assert.equal(navigationTarget(target, { ...plain, button: 1 }, tab), null);
  assert.equal(navigationTarget(target, { ...plain, defaultPrevented: true }, tab), null);
  assert.equal(navigationTarget({ ...target, target: "_blank" }, plain, tab), null);
  assert.equal(navigationTarget({ ...target, download: true }, plain, tab), null);
  assert.ok(navigationTarget({ ...target, target: "_self" }, plain, tab) !== null);
});

Deno.test("other sites, other apps, the server's own files and anchors on this page are left alone", () => {
  assert.equal(navigationTarget(link("https://other.example/sales/settings"), plain, tab), null);
  assert.equal(navigationTarget(link("https://example.com/marketing/settings"), plain, tab), null);
  assert.equal(navigationTarget(link("https://example.com/sales/_stcore/media/a.png"), plain, tab), null);
  assert.equal(navigationTarget(link("https://example.com/sales/static/v1/app.css"), plain, tab), null);
  assert.equal(
    navigationTarget(link("https://example.com/sales/reports?year=2026#totals"), plain, tab),
    null,
  );
  assert.deepEqual(navigationTarget(link("https://example.com/sales/reports?year=2025#totals"), plain, tab), {
    page: "reports",
    query: "year=2025",
  });
  assert.equal(navigationTarget(link("not a url"), plain, tab), null);
});
