import assert from "./assert.js";
import {
  chartMargins,
  chartSummary,
  extent,
  formatTick,
  linearScale,
  linePath,
  niceNumber,
  niceTicks,
} from "../../Sources/SwiftlitWebClient/client/renderers/chart-scale.js";

Deno.test("nice numbers are 1, 2, 5 or 10 times a power of ten", () => {
  assert.equal(niceNumber(7.5, false), 10);
  assert.equal(niceNumber(1.8, false), 2);
  assert.equal(niceNumber(0.034, false), 0.05);
  assert.equal(niceNumber(2.5, true), 2);
  assert.equal(niceNumber(3.5, true), 5);
  assert.equal(niceNumber(1200, true), 1000);
  assert.equal(niceNumber(80, true), 100);
});

Deno.test("nice ticks cover the data in about five round steps", () => {
  assert.deepEqual(niceTicks(0.5, 8), { min: 0, max: 8, step: 2, values: [0, 2, 4, 6, 8] });
  assert.deepEqual(niceTicks(0, 5).values, [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(niceTicks(0, 799).values, [0, 200, 400, 600, 800]);
  assert.deepEqual(niceTicks(-3.2, 4.1).values, [-4, -2, 0, 2, 4, 6]);
  assert.deepEqual(niceTicks(0.1, 0.7).values, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], "no 0.30000000000000004");
  assert.deepEqual(niceTicks(0.1, 0.75).values, [0, 0.2, 0.4, 0.6, 0.8]);
  assert.deepEqual(niceTicks(2000, 2024).values, [2000, 2005, 2010, 2015, 2020, 2025]);
});

Deno.test("an empty range is widened around its value", () => {
  assert.deepEqual(niceTicks(5, 5).values, [4.4, 4.6, 4.8, 5, 5.2, 5.4, 5.6]);
  const zero = niceTicks(0, 0);
  assert.ok(zero.min < 0 && zero.max > 0);
  assert.deepEqual(niceTicks(8, 2).values, niceTicks(2, 8).values, "reversed bounds");
});

Deno.test("tick labels: the step's decimals, grouped thousands, compact millions", () => {
  assert.equal(formatTick(0.2, 0.2), "0.2");
  assert.equal(formatTick(2, 0.5), "2");
  assert.equal(formatTick(2.5, 0.5), "2.5");
  assert.equal(formatTick(12000, 2000), "12,000");
  assert.equal(formatTick(2_500_000, 500_000), "2.5M");
  assert.equal(formatTick(-0, 1), "0");
});

Deno.test("extents span every series; none without points", () => {
  const series = [{ name: "a", x: [0, 1, 2], y: [3, -1, 2] }, { name: "b", x: [5], y: [10] }];
  assert.deepEqual(extent(series, "x"), [0, 5]);
  assert.deepEqual(extent(series, "y"), [-1, 10]);
  assert.equal(extent([{ name: "a", x: [], y: [] }], "x"), null);
  assert.equal(extent([], "y"), null);
  assert.deepEqual(extent([{ name: "a", x: [0, 1, 9], y: [4] }], "x"), [0, 0], "only paired points count");
});

Deno.test("a linear scale maps the domain onto the range, y upside down", () => {
  const x = linearScale([0, 10], [40, 140]);
  assert.equal(x(0), 40);
  assert.equal(x(5), 90);
  assert.equal(x(10), 140);
  const y = linearScale([0, 8], [200, 0]);
  assert.equal(y(0), 200);
  assert.equal(y(8), 0);
  assert.equal(y(2), 150);
  assert.equal(linearScale([3, 3], [0, 100])(3), 0, "an empty domain does not divide by zero");
});

Deno.test("the line's path moves to the first point and draws to the others", () => {
  const x = linearScale([0, 5], [0, 100]);
  const y = linearScale([0, 8], [80, 0]);
  assert.equal(linePath([0, 1, 2, 5], [3, 4.5, 2, 8], x, y), "M0,50L20,35L40,60L100,0");
  assert.equal(linePath([], [], x, y), "");
  assert.equal(linePath([1 / 3], [1], (v) => v, (v) => v), "M0.33,1", "rounded to 0.01 px");
  assert.equal(linePath([0, 1, 2], [1], x, y), "M0,70", "only paired points");
});

Deno.test("margins make room for the y labels and the axis titles", () => {
  const plain = chartMargins(["0", "10"], false, false);
  const titled = chartMargins(["0", "10"], true, true);
  assert.ok(titled.left > plain.left && titled.bottom > plain.bottom);
  assert.ok(chartMargins(["1,000,000"], false, false).left > plain.left);
});

Deno.test("the summary names the series, their sizes and the ranges", () => {
  const summary = chartSummary({
    kind: "lineChart",
    series: [{ name: "sales", x: [0, 1, 2, 5], y: [3, 4.5, 2, 8] }, {
      name: "returns",
      x: [0, 5],
      y: [1, 2],
    }],
    xLabel: "day",
    yLabel: "units",
  });
  assert.equal(
    summary,
    "Line chart, 2 series: sales (4 points), returns (2 points); x (day) from 0 to 5, y (units) from 1 to 8",
  );
  assert.equal(chartSummary({ kind: "lineChart", series: [] }), "Line chart with no data");
  assert.equal(
    chartSummary({ kind: "lineChart", series: [{ name: "", x: [1], y: [5] }] }),
    "Line chart, 1 series: unnamed (1 point); x from 1 to 1, y from 5 to 5",
  );
});
