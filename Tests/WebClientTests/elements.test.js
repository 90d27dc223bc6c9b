import assert from "./assert.js";
import {
  deltaArrow,
  deltaStyle,
  metricChartLabel,
} from "../../Sources/SwiftlitWebClient/client/renderers/metric.js";
import { progressPercent } from "../../Sources/SwiftlitWebClient/client/renderers/progress.js";
import { clampTabIndex, tabIndexAfterKey } from "../../Sources/SwiftlitWebClient/client/renderers/tabs.js";
import { emojiFavicon } from "../../Sources/SwiftlitWebClient/client/page-chrome.js";
import { testIdForNode } from "../../Sources/SwiftlitWebClient/client/dom-names.js";
import { widgetWidth } from "../../Sources/SwiftlitWebClient/client/renderers/widget-frame.js";

Deno.test("a metric's delta points by its sign", () => {
  assert.equal(deltaStyle("+4%", undefined).direction, "up");
  assert.equal(deltaStyle("4%", undefined).direction, "up");
  assert.equal(deltaStyle("-4%", undefined).direction, "down");
  assert.equal(deltaStyle("  -0.5 °C", undefined).direction, "down");
  assert.equal(deltaStyle("−2", undefined).direction, "down", "a minus sign counts too");
});

Deno.test("a metric's delta colour: normal, inverse, off", () => {
  assert.deepEqual(deltaStyle("+4%", undefined), { direction: "up", tone: "positive" });
  assert.deepEqual(deltaStyle("-4%", undefined), { direction: "down", tone: "negative" });
  assert.deepEqual(deltaStyle("+4%", "normal"), { direction: "up", tone: "positive" });
  assert.deepEqual(deltaStyle("+4%", "inverse"), { direction: "up", tone: "negative" });
  assert.deepEqual(deltaStyle("-4%", "inverse"), { direction: "down", tone: "positive" });
  assert.deepEqual(deltaStyle("+4%", "off"), { direction: "up", tone: "neutral" });
  assert.deepEqual(deltaStyle("-4%", "off"), { direction: "down", tone: "neutral" });
});

Deno.test("deltaArrow overrides the arrow, not the colour, which follows the sign", () => {
  const falling = deltaStyle("-4%", "normal");
  assert.equal(deltaArrow(falling.direction, undefined), "down");
  assert.equal(deltaArrow(falling.direction, "up"), "up");
  assert.equal(deltaArrow(falling.direction, "off"), null);
  assert.equal(falling.tone, "negative", "the colour stays red however the arrow points");
  assert.equal(deltaArrow(deltaStyle("+4%", "inverse").direction, "down"), "down");
});

Deno.test("a metric's chart is named for screen readers", () => {
  assert.equal(metricChartLabel([1, 5, 3], "line"), "Line chart of 3 values, from 1 to 3");
  assert.equal(metricChartLabel([2], "bar"), "Bar chart of 1 value, from 2 to 2");
  assert.equal(metricChartLabel([], "area"), "Area chart, no values");
});

Deno.test("the selected tab is clamped to the tabs there are", () => {
  assert.equal(clampTabIndex(0, 3), 0);
  assert.equal(clampTabIndex(2, 3), 2);
  assert.equal(clampTabIndex(5, 3), 2, "tabs went away: the last one");
  assert.equal(clampTabIndex(1, 0), 0, "no tabs");
  assert.equal(clampTabIndex(-1, 3), 0);
  assert.equal(clampTabIndex(Number.NaN, 3), 0);
});

Deno.test("arrow keys, Home and End move between tabs, wrapping around", () => {
  assert.equal(tabIndexAfterKey(0, 3, "ArrowRight"), 1);
  assert.equal(tabIndexAfterKey(2, 3, "ArrowRight"), 0);
  assert.equal(tabIndexAfterKey(0, 3, "ArrowLeft"), 2);
  assert.equal(tabIndexAfterKey(1, 3, "Home"), 0);
  assert.equal(tabIndexAfterKey(1, 3, "End"), 2);
  assert.equal(tabIndexAfterKey(1, 3, "Enter"), undefined);
  assert.equal(tabIndexAfterKey(0, 0, "ArrowRight"), undefined);
});

Deno.test("progress values become percentages within 0…100", () => {
  assert.equal(progressPercent(0.25), 25);
  assert.equal(progressPercent(0), 0);
  assert.equal(progressPercent(1.5), 100);
  assert.equal(progressPercent(-1), 0);
  assert.equal(progressPercent(0.3333), 33.3);
});

Deno.test("an emoji favicon is an SVG data URI with the emoji escaped", () => {
  const uri = emojiFavicon("📈");
  assert.ok(uri.startsWith("data:image/svg+xml,"));
  assert.ok(decodeURIComponent(uri).includes(">📈</text>"));
  assert.ok(decodeURIComponent(emojiFavicon("<&>")).includes(">&lt;&amp;&gt;</text>"));
});

Deno.test("element roots have st-<kind> test ids; blocks st-block-<layout>", () => {
  assert.equal(testIdForNode({ kind: "metric" }), "st-metric");
  assert.equal(testIdForNode({ kind: "block", layout: "columns" }), "st-block-columns");
  assert.equal(testIdForNode({ kind: "block", layout: "expander" }), "st-block-expander");
});

Deno.test("a widget's width: its default, stretch, content, or fixed points", () => {
  const info = { id: "button:Go", label: "Go" };
  assert.deepEqual(widgetWidth(info), { mode: null, width: "" });
  assert.deepEqual(widgetWidth({ ...info, widthMode: "stretch" }), { mode: "stretch", width: "" });
  assert.deepEqual(widgetWidth({ ...info, widthMode: "content" }), { mode: "content", width: "" });
  assert.deepEqual(widgetWidth({ ...info, width: 240 }), { mode: "points", width: "240px" });
  assert.deepEqual(widgetWidth({ ...info, width: 0 }), { mode: null, width: "" });
});
