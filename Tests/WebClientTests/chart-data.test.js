// What a vegaLiteChart node becomes before Vega sees it (chart-data.js) and the app theme
// (chart-theme.js): rows from columns, the spec's data sets, size, theme config and update kinds.

import assert from "./assert.js";
import {
  canStretch,
  chartName,
  chartUpdate,
  chartWidth,
  datasetRows,
  embeddableSpec,
  mergeConfig,
} from "../../Sources/SwiftlitWebClient/client/chart-data.js";
import {
  chartStyle,
  PALETTE_SIZE,
  plotlyTemplate,
  vegaThemeConfig,
} from "../../Sources/SwiftlitWebClient/client/chart-theme.js";

/** @typedef {import("../../Sources/SwiftlitWebClient/client/protocol-data.js").VegaLiteChartNode} VegaLiteChartNode */

/**
 * A chart node with a bar spec over the data set "d".
 * @param {Partial<VegaLiteChartNode>} [changes]
 * @returns {VegaLiteChartNode}
 */
function chart(changes = {}) {
  return {
    kind: "vegaLiteChart",
    spec: { mark: "bar", data: { name: "d" }, encoding: { x: { field: "k", type: "nominal" } } },
    datasets: [{ name: "d", columns: [{ name: "k", texts: ["A", "B"] }, { name: "v", numbers: [1, 2] }] }],
    ...changes,
  };
}

Deno.test("columns become row objects; missing values and short columns are null", () => {
  const day = Date.UTC(2024, 0, 2);
  assert.deepEqual(
    datasetRows({
      name: "d",
      columns: [
        { name: "when", numbers: [day, 0, day + 86_400_000], missing: [1] },
        { name: "label", texts: ["a", ""], missing: [1] },
        { name: "ok", booleans: [true, false, false], missing: [2] },
        { name: "kind", codes: [1, 0, 1], categories: ["x", "y"], missing: [2] },
      ],
    }),
    [
      { when: day, label: "a", ok: true, kind: "y" },
      { when: null, label: null, ok: false, kind: "x" },
      { when: day + 86_400_000, label: null, ok: null, kind: null },
    ],
  );
  assert.deepEqual(datasetRows({ name: "empty", columns: [] }), []);
  assert.deepEqual(datasetRows({ name: "no rows", columns: [{ name: "x", numbers: [] }] }), []);
});

Deno.test("a column named __proto__ is a field of the row, not its prototype", () => {
  const [row] = datasetRows({ name: "d", columns: [{ name: "__proto__", texts: ["x"] }] });
  assert.equal(Object.getPrototypeOf(row), Object.prototype);
  assert.deepEqual(Object.keys(row), ["__proto__"]);
  assert.equal(Object.getOwnPropertyDescriptor(row, "__proto__")?.value, "x");
});

Deno.test("the node's data sets join the spec's own, as rows, under the same names", () => {
  const spec = embeddableSpec(
    chart({
      spec: { mark: "bar", data: { name: "d" }, datasets: { other: [{ a: 1 }], d: [{ stale: true }] } },
    }),
    undefined,
  );
  assert.deepEqual(spec.datasets, { other: [{ a: 1 }], d: [{ k: "A", v: 1 }, { k: "B", v: 2 }] });
  assert.deepEqual(spec.data, { name: "d" });
  assert.equal(spec.config, undefined, "the library's own look: no config");
});

Deno.test("width: stretch fills the container, content keeps the spec's, a number is fixed", () => {
  assert.deepEqual(chartWidth({}), { mode: "stretch" });
  assert.deepEqual(chartWidth({ fitContent: true }), { mode: "content" });
  assert.deepEqual(chartWidth({ width: 320, fitContent: true }), { mode: "fixed", width: 320 });
  assert.deepEqual(chartWidth({ width: 0 }), { mode: "stretch" }, "no width of 0");

  const stretched = embeddableSpec(chart({ spec: { mark: "bar", width: 200 } }), undefined);
  assert.equal(stretched.width, "container");
  assert.deepEqual(stretched.autosize, { type: "fit-x", contains: "padding" });

  const content = embeddableSpec(chart({ spec: { mark: "bar", width: 200 }, fitContent: true }), undefined);
  assert.equal(content.width, 200);
  assert.equal(content.autosize, undefined);

  const fixed = embeddableSpec(chart({ width: 480 }), undefined);
  assert.equal(fixed.width, 480);
  assert.equal(fixed.autosize, undefined);
});

Deno.test("concatenated, faceted and repeated charts keep their own width when asked to stretch", () => {
  assert.ok(canStretch({ mark: "bar" }));
  assert.ok(canStretch({ layer: [] }));
  for (const key of ["facet", "repeat", "concat", "hconcat", "vconcat"]) {
    assert.ok(!canStretch({ [key]: [] }), key);
    assert.equal(embeddableSpec(chart({ spec: { [key]: [] } }), undefined).width, undefined, key);
  }
});

Deno.test("height: the node's, else the spec's", () => {
  assert.equal(embeddableSpec(chart({ spec: { mark: "bar", height: 120 } }), undefined).height, 120);
  assert.equal(
    embeddableSpec(chart({ spec: { mark: "bar", height: 120 }, height: 300 }), undefined).height,
    300,
  );
  assert.equal(embeddableSpec(chart(), undefined).height, undefined);
});

Deno.test("the theme's config sits under the spec's own, merged one level deep", () => {
  const spec = embeddableSpec(
    chart({ spec: { mark: "bar", config: { axis: { grid: false }, background: "white" } } }),
    { axis: { gridColor: "#eee", labelColor: "#333" }, background: "transparent", font: "Inter" },
  );
  assert.deepEqual(spec.config, {
    axis: { gridColor: "#eee", labelColor: "#333", grid: false },
    background: "white",
    font: "Inter",
  });
  assert.deepEqual(mergeConfig({ range: { category: ["a"] } }, { range: ["x"] }), { range: ["x"] });
});

Deno.test("a new node redraws nothing, updates the data in place, or embeds again", () => {
  const first = chart();
  assert.equal(chartUpdate(first, first), "none");
  assert.equal(chartUpdate(first, chart()), "none", "equal content");
  const newRows = chart({ datasets: [{ name: "d", columns: [{ name: "k", texts: ["C"] }] }] });
  assert.equal(chartUpdate(first, newRows), "data");
  assert.equal(chartUpdate(first, chart({ spec: { mark: "line", data: { name: "d" } } })), "embed");
  assert.equal(chartUpdate(first, chart({ height: 200 })), "embed");
  assert.equal(chartUpdate(first, chart({ width: 200 })), "embed");
  assert.equal(chartUpdate(first, chart({ theme: "library" })), "embed");
  assert.equal(chartUpdate(first, chart({ theme: "app" })), "none", "app is the default");
  assert.equal(chartUpdate(first, chart({ selections: ["pick"] })), "embed");
  assert.equal(
    chartUpdate(first, chart({ datasets: [{ name: "e", columns: [{ name: "k", texts: ["A", "B"] }] }] })),
    "embed",
    "a renamed data set is another spec's data",
  );
});

Deno.test("a chart is named by its title, else its description, else 'Chart'", () => {
  assert.equal(chartName({ title: "Sales by month" }), "Sales by month");
  assert.equal(chartName({ title: { text: ["Sales", "2024"] } }), "Sales 2024");
  assert.equal(chartName({ title: { text: "  " }, description: "Bars of sales" }), "Bars of sales");
  assert.equal(chartName({ mark: "bar" }), "Chart");
  assert.equal(chartName(null), "Chart");
});

/** The custom properties of a light page, as getComputedStyle would give them. */
const LIGHT = /** @type {Record<string, string>} */ ({
  "--st-text": " #31333f",
  "--st-text-muted": "rgba(49, 51, 63, 0.6)",
  "--st-chart-grid": "rgba(49, 51, 63, 0.1)",
  "--st-border": "rgba(49, 51, 63, 0.2)",
  "--st-font": '"Source Sans Pro", sans-serif',
  ...Object.fromEntries(
    Array.from({ length: PALETTE_SIZE }, (_, i) => [`--st-chart-${i + 1}`, `#00000${i}`]),
  ),
});

Deno.test("the app theme's colours come from the page's custom properties", () => {
  const style = chartStyle((property) => LIGHT[property] ?? "");
  assert.equal(style.text, "#31333f", "trimmed");
  assert.equal(style.palette.length, 8);
  assert.equal(style.palette[7], "#000007");
  const config = vegaThemeConfig(style);
  assert.equal(config.background, "transparent");
  assert.equal(config.font, '"Source Sans Pro", sans-serif');
  const axis = /** @type {Record<string, unknown>} */ (config.axis);
  assert.equal(axis.labelColor, "rgba(49, 51, 63, 0.6)");
  assert.equal(axis.gridColor, "rgba(49, 51, 63, 0.1)");
  assert.equal(axis.domainColor, "rgba(49, 51, 63, 0.2)");
  assert.deepEqual(config.range, { category: style.palette });
  assert.deepEqual(config.mark, { color: "#000000" });
  const template = plotlyTemplate(style);
  assert.equal(template.layout.paper_bgcolor, "rgba(0,0,0,0)");
  assert.equal(template.layout.plot_bgcolor, "rgba(0,0,0,0)");
  assert.deepEqual(template.layout.font, { color: "#31333f", family: '"Source Sans Pro", sans-serif' });
  assert.deepEqual(template.layout.colorway, style.palette);
  assert.equal(/** @type {{gridcolor: string}} */ (template.layout.xaxis).gridcolor, "rgba(49, 51, 63, 0.1)");
});

Deno.test("a dark page gives other colours; a missing palette entry is left out", () => {
  /** @type {Record<string, string>} */
  const dark = { ...LIGHT, "--st-text": "#fafafa", "--st-chart-8": "" };
  const style = chartStyle((property) => dark[property] ?? "");
  assert.equal(/** @type {{color: string}} */ (vegaThemeConfig(style).title).color, "#fafafa");
  assert.equal(style.palette.length, 7);
});
