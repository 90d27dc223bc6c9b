// Chart selections as widget values: Vega-Lite selection stores (chart-selection.js) and Plotly
// events (plotly-selection.js), in the wire shapes of ChartWidgetValues.swift.

import assert from "./assert.js";
import {
  chartSelectionValue,
  paramSelection,
  selectionKinds,
  unknownParams,
  wireValue,
} from "../../Sources/SwiftlitWebClient/client/chart-selection.js";
import {
  pathRegion,
  plotlyClickValue,
  plotlyDragMode,
  plotlyPoints,
  plotlySelectedValue,
} from "../../Sources/SwiftlitWebClient/client/plotly-selection.js";
import { plotlyConfig, plotlyFigure } from "../../Sources/SwiftlitWebClient/client/plotly-figure.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/chart-selection.js").SelectionTuple} SelectionTuple */

const SPEC = {
  layer: [
    {
      params: [{ name: "brush", select: { type: "interval", encodings: ["x"] } }, {
        name: "limit",
        value: 3,
      }],
      mark: "point",
    },
    { params: [{ name: "pick", select: "point" }], mark: "bar" },
  ],
  datasets: { d: [{ params: [{ name: "fake", select: "point" }] }] },
};

Deno.test("selection parameters are found anywhere in the spec, with their kind", () => {
  const kinds = selectionKinds(SPEC);
  assert.deepEqual([...kinds.entries()], [["brush", "interval"], ["pick", "point"]]);
  assert.deepEqual(unknownParams(["brush", "limit", "nope"], kinds), ["limit", "nope"]);
  assert.equal(
    selectionKinds({ vconcat: [{ hconcat: [{ params: [{ name: "b", select: "interval" }] }] }] }).get("b"),
    "interval",
  );
});

Deno.test("a point selection reports each picked mark's field values", () => {
  /** @type {SelectionTuple[]} */
  const tuples = [
    { fields: [{ field: "category", type: "E" }], values: ["A"] },
    { fields: [{ field: "category", type: "E" }], values: ["C"] },
  ];
  assert.deepEqual(paramSelection("point", tuples), { points: [{ category: "A" }, { category: "C" }] });
  const when = new Date(Date.UTC(2024, 4, 1));
  assert.deepEqual(
    paramSelection("point", [{
      fields: [{ field: "day", type: "E" }, { field: "n", type: "E" }],
      values: [when, 2],
    }]),
    { points: [{ day: when.getTime(), n: 2 }] },
    "a date is its milliseconds",
  );
  assert.equal(paramSelection("point", []), undefined, "nothing picked");
});

Deno.test("an interval reports each field's [low, high], dates as milliseconds, or a discrete field's values", () => {
  const start = Date.UTC(2024, 0, 1);
  const end = Date.UTC(2024, 1, 1);
  assert.deepEqual(
    paramSelection("interval", [{
      fields: [{ field: "x", type: "R" }, { field: "y", type: "R" }],
      values: [[5, 1], [0, 2.5]],
    }]),
    { interval: { x: [1, 5], y: [0, 2.5] } },
    "a range dragged right to left is still [low, high]",
  );
  assert.deepEqual(
    paramSelection("interval", [{
      fields: [{ field: "day", type: "R" }],
      values: [[new Date(end), new Date(start)]],
    }]),
    { interval: { day: [start, end] } },
  );
  assert.deepEqual(
    paramSelection("interval", [{ fields: [{ field: "k", type: "E" }], values: [["B", "A", "C"]] }]),
    { interval: { k: ["B", "A", "C"] } },
  );
  assert.deepEqual(
    paramSelection("interval", [
      { fields: [{ field: "x", type: "R" }], values: [[1, 2]] },
      { fields: [{ field: "x", type: "R" }], values: [[7, 9]] },
    ]),
    { interval: { x: [1, 2] } },
    "a layered chart's second view repeats the first's field",
  );
  assert.equal(paramSelection("interval", []), undefined);
});

Deno.test("a chart's value holds only the parameters with something selected, as the wire's JSON", () => {
  /** @type {Record<string, SelectionTuple[]>} */
  const stores = {
    brush: [{ fields: [{ field: "x", type: "R" }], values: [[1, 5]] }],
    pick: [{ fields: [{ field: "category", type: "E" }], values: ["A"] }],
  };
  const kinds = selectionKinds(SPEC);
  const value = chartSelectionValue(["brush", "pick", "missing"], kinds, (param) => stores[param] ?? []);
  assert.equal(
    JSON.stringify(value),
    '{"brush":{"interval":{"x":[1,5]}},"pick":{"points":[{"category":"A"}]}}',
  );
  assert.equal(JSON.stringify(chartSelectionValue(["brush", "pick"], kinds, () => [])), "{}");
  const onlyPick = chartSelectionValue(
    ["brush", "pick"],
    kinds,
    (param) => param === "pick" ? stores.pick : [],
  );
  assert.deepEqual(Object.keys(onlyPick), ["pick"]);
});

Deno.test("values become JSON-safe: dates as numbers, non-finite numbers as null", () => {
  assert.equal(wireValue(new Date(5)), 5);
  assert.equal(wireValue(Number.NaN), null);
  assert.equal(wireValue(undefined), null);
  assert.deepEqual(wireValue({ a: [1, new Date(2)], b: Infinity }), { a: [1, 2], b: null });
});

Deno.test("Plotly's selected points become curve, index and coordinates", () => {
  assert.deepEqual(
    plotlyPoints([
      { curveNumber: 0, pointNumber: 3, pointIndex: 3, x: 1.5, y: "b" },
      { curveNumber: 1, pointNumbers: [4, 5], x: 2, y: 9 },
      { curveNumber: 2, pointIndex: 0, x: 1, y: 2, z: 3 },
      { curveNumber: "0", pointIndex: 1 },
      { curveNumber: 0 },
      null,
    ]),
    [
      { curve: 0, index: 3, x: 1.5, y: "b" },
      { curve: 1, index: 4, x: 2, y: 9 },
      { curve: 2, index: 0, x: 1, y: 2, z: 3 },
    ],
  );
  assert.deepEqual(plotlyPoints(undefined), []);
});

Deno.test("a box and a lasso become the wire's boxes and lassos", () => {
  const event = {
    points: [{ curveNumber: 0, pointIndex: 2, x: 3, y: 4 }],
    selections: [
      { type: "rect", x0: 1, x1: 5, y0: 0, y1: 8, xref: "x", yref: "y" },
      { type: "path", path: "M1,2L3,4L5,0Z" },
      { type: "circle" },
    ],
  };
  assert.equal(
    JSON.stringify(plotlySelectedValue(event)),
    '{"points":[{"curve":0,"index":2,"x":3,"y":4}],"boxes":[{"x":[1,5],"y":[0,8]}],"lassos":[{"x":[1,3,5],"y":[2,4,0]}]}',
  );
  assert.deepEqual(plotlySelectedValue({ points: [], range: { x2: [1, 2], y2: [3, 4] } }).boxes, [{
    x: [1, 2],
    y: [3, 4],
  }]);
  assert.deepEqual(plotlySelectedValue({ points: [], lassoPoints: { x: [1, 2, 3], y: [4, 5, 6] } }).lassos, [
    { x: [1, 2, 3], y: [4, 5, 6] },
  ]);
  assert.deepEqual(
    plotlySelectedValue(undefined),
    { points: [], boxes: [], lassos: [] },
    "a click off the points",
  );
  assert.equal(pathRegion("M1,2L3"), undefined);
  assert.equal(pathRegion("Mfoo"), undefined);
});

Deno.test("a click selects the clicked points alone", () => {
  assert.deepEqual(plotlyClickValue({ points: [{ curveNumber: 1, pointNumber: 0, x: "A", y: 3 }] }), {
    points: [{ curve: 1, index: 0, x: "A", y: 3 }],
    boxes: [],
    lassos: [],
  });
});

Deno.test("Plotly's layout gets the node's size, the theme's template and the selection's drag mode", () => {
  assert.equal(plotlyDragMode(["points", "lasso", "box"]), "lasso");
  assert.equal(plotlyDragMode(["box"]), "select");
  assert.equal(plotlyDragMode(["points"]), undefined);
  /** @type {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").PlotlyChartNode} */
  const node = {
    kind: "plotlyChart",
    figure: {
      data: [{ type: "bar" }],
      layout: { width: 900, title: { text: "T" } },
      frames: [{ name: "f" }],
    },
    widget: { id: "plotlyChart#t", label: "T" },
    selectionModes: ["points", "box"],
  };
  const stretched = plotlyFigure(node, { layout: { colorway: ["#111"] } });
  assert.equal(stretched.layout.width, undefined);
  assert.equal(stretched.layout.autosize, true);
  assert.equal(stretched.layout.height, 450);
  assert.equal(stretched.layout.dragmode, "select");
  assert.equal(stretched.layout.clickmode, "event+select");
  assert.deepEqual(stretched.layout.template, { layout: { colorway: ["#111"] } });
  assert.deepEqual(stretched.frames, [{ name: "f" }]);
  assert.deepEqual(stretched.data, [{ type: "bar" }]);
  const content = plotlyFigure({ ...node, fitContent: true, height: 200, widget: undefined }, undefined);
  assert.equal(content.layout.width, 900);
  assert.equal(content.layout.height, 200);
  assert.equal(content.layout.dragmode, undefined, "no widget: Plotly's own drag mode");
  assert.equal(content.layout.template, undefined);
  assert.equal(plotlyFigure({ ...node, width: 300 }, undefined).layout.width, 300);
  assert.deepEqual(
    plotlyConfig({ kind: "plotlyChart", figure: {}, config: { displayModeBar: false, showLink: true } }),
    {
      displaylogo: false,
      displayModeBar: false,
      showLink: false,
      showEditInChartStudio: false,
      showSendToCloud: false,
    },
  );
});
