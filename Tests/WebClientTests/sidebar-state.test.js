import assert from "./assert.js";
import {
  clampSidebarWidth,
  parseSidebarPrefs,
  serializeSidebarPrefs,
  SIDEBAR_WIDTH,
  sidebarAttribute,
  startsCollapsed,
  widthAfterKey,
} from "../../Sources/SwiftlitWebClient/client/sidebar-state.js";

Deno.test("sidebar widths are clamped to 12…36 rem", () => {
  assert.equal(clampSidebarWidth(18), 18);
  assert.equal(clampSidebarWidth(4), 12);
  assert.equal(clampSidebarWidth(80), 36);
  assert.equal(clampSidebarWidth(12), 12);
  assert.equal(clampSidebarWidth(36), 36);
  assert.equal(clampSidebarWidth(Number.NaN), SIDEBAR_WIDTH.initial);
  assert.equal(clampSidebarWidth(Number.POSITIVE_INFINITY), SIDEBAR_WIDTH.initial);
});

Deno.test("stored preferences are read leniently", () => {
  assert.deepEqual(parseSidebarPrefs(null), {});
  assert.deepEqual(parseSidebarPrefs(undefined), {});
  assert.deepEqual(parseSidebarPrefs(""), {});
  assert.deepEqual(parseSidebarPrefs("not json"), {});
  assert.deepEqual(parseSidebarPrefs("[true]"), {});
  assert.deepEqual(parseSidebarPrefs("null"), {});
  assert.deepEqual(parseSidebarPrefs('{"collapsed":true,"width":20}'), { collapsed: true, width: 20 });
  assert.deepEqual(parseSidebarPrefs('{"collapsed":"yes","width":"20"}'), {}, "wrong types are ignored");
  assert.deepEqual(parseSidebarPrefs('{"width":100}'), { width: 36 }, "a stored width is clamped");
  assert.deepEqual(parseSidebarPrefs('{"width":2}'), { width: 12 });
  assert.deepEqual(parseSidebarPrefs('{"collapsed":false}'), { collapsed: false });
});

Deno.test("preferences survive a round trip, absent fields staying absent", () => {
  for (const prefs of [{}, { collapsed: true }, { width: 24.5 }, { collapsed: false, width: 12 }]) {
    assert.deepEqual(parseSidebarPrefs(serializeSidebarPrefs(prefs)), prefs);
  }
});

Deno.test("the user's stored choice wins over the app's initial sidebar state", () => {
  assert.equal(startsCollapsed({}, "collapsed", false), true);
  assert.equal(startsCollapsed({}, "expanded", true), false);
  assert.equal(startsCollapsed({}, "auto", false), false, "auto: open on wide screens");
  assert.equal(startsCollapsed({}, "auto", true), true, "auto: collapsed on narrow screens");
  assert.equal(startsCollapsed({ collapsed: false }, "collapsed", true), false);
  assert.equal(startsCollapsed({ collapsed: true }, "expanded", false), true);
  assert.equal(startsCollapsed({ width: 20 }, "collapsed", false), true, "a width is no open/close choice");
});

Deno.test("data-sidebar is hidden without content, else shown or collapsed", () => {
  assert.equal(sidebarAttribute(false, false), "hidden");
  assert.equal(sidebarAttribute(false, true), "hidden");
  assert.equal(sidebarAttribute(true, false), "shown");
  assert.equal(sidebarAttribute(true, true), "collapsed");
});

Deno.test("arrow keys resize by a rem within the limits; Home and End go to them", () => {
  assert.equal(widthAfterKey(18, "ArrowRight"), 19);
  assert.equal(widthAfterKey(18, "ArrowLeft"), 17);
  assert.equal(widthAfterKey(12, "ArrowLeft"), 12);
  assert.equal(widthAfterKey(36, "ArrowRight"), 36);
  assert.equal(widthAfterKey(20, "Home"), 12);
  assert.equal(widthAfterKey(20, "End"), 36);
  assert.equal(widthAfterKey(20, "ArrowUp"), undefined);
});
