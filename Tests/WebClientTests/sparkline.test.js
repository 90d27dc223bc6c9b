import assert from "./assert.js";
import { sparklineShape } from "../../Sources/SwiftlitWebClient/client/renderers/sparkline.js";

const box = { width: 100, height: 20, inset: 0 };

Deno.test("a line spreads the values across the width, low at the bottom", () => {
  const shape = sparklineShape([0, 10, 5], "line", box);
  assert.equal(shape.line, "M0,20L50,0L100,10");
  assert.equal(shape.area, "");
  assert.deepEqual(shape.bars, []);
});

Deno.test("an area closes its line along the bottom", () => {
  assert.equal(sparklineShape([0, 10], "area", box).area, "M0,20L100,0L100,20L0,20Z");
});

Deno.test("bars grow from zero, with gaps between them", () => {
  const shape = sparklineShape([5, 10], "bar", box);
  assert.equal(shape.bars.length, 2);
  assert.deepEqual(shape.bars[1], { x: 51, y: 0, width: 48, height: 20 });
  assert.deepEqual(shape.bars[0], { x: 1, y: 10, width: 48, height: 10 });
  const negative = sparklineShape([-5, 5], "bar", box);
  assert.deepEqual(
    negative.bars.map((bar) => [bar.y, bar.height]),
    [[10, 10], [0, 10]],
    "below and above zero",
  );
});

Deno.test("a fixed range clamps values; one value or equal values make a flat line", () => {
  assert.equal(sparklineShape([-10, 50], "line", { ...box, min: 0, max: 10 }).line, "M0,20L100,0");
  assert.equal(sparklineShape([3], "line", box).line, "M0,10L100,10");
  assert.equal(sparklineShape([3, 3, 3], "line", box).line, "M0,10L50,10L100,10");
  assert.deepEqual(sparklineShape([], "line", box), { line: "", area: "", bars: [] });
});

Deno.test("the inset keeps strokes inside the box", () => {
  assert.equal(sparklineShape([0, 1], "line", { width: 100, height: 20, inset: 2 }).line, "M2,18L98,2");
});
