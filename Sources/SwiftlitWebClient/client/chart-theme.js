// The `app` chart theme (Streamlit's theme="streamlit"): Swiftlit's colours and font, read from the
// CSS custom properties of styles/theme.css and styles/data.css, as a Vega-Lite `config` and a Plotly
// layout template. Pure: the renderers read the properties (chartStyle) and rebuild when the colour
// scheme changes.

/**
 * The colours and font a chart takes from the page.
 * @typedef {object} ChartStyle
 * @property {string} text the text colour (titles, legend labels)
 * @property {string} muted axis labels
 * @property {string} grid grid lines
 * @property {string} border axis lines and ticks
 * @property {string} font the font family
 * @property {string[]} palette the categorical colours, `--st-chart-1` …
 */

/** How many colours the palette has (`--st-chart-1` … `--st-chart-8` in data.css). */
export const PALETTE_SIZE = 8;

/**
 * The chart style from the page's custom properties.
 * @param {(property: string) => string} read a custom property's value (getComputedStyle's)
 * @returns {ChartStyle}
 */
export function chartStyle(read) {
  const value = (/** @type {string} */ property) => read(property).trim();
  return {
    text: value("--st-text"),
    muted: value("--st-text-muted"),
    grid: value("--st-chart-grid"),
    border: value("--st-border"),
    font: value("--st-font"),
    palette: Array.from({ length: PALETTE_SIZE }, (_, index) => value(`--st-chart-${index + 1}`))
      .filter((colour) => colour !== ""),
  };
}

/**
 * The Vega-Lite `config` of the app theme: transparent background, the page's font and colours,
 * the palette as the category range.
 * @param {ChartStyle} style
 * @returns {Record<string, unknown>}
 */
export function vegaThemeConfig(style) {
  const axis = {
    labelColor: style.muted,
    titleColor: style.text,
    gridColor: style.grid,
    domainColor: style.border,
    tickColor: style.border,
    labelFont: style.font,
    titleFont: style.font,
    titleFontWeight: 400,
    labelFontSize: 12,
    titleFontSize: 13,
  };
  const text = {
    labelColor: style.text,
    titleColor: style.text,
    labelFont: style.font,
    titleFont: style.font,
  };
  return {
    background: "transparent",
    font: style.font,
    view: { stroke: "transparent" },
    axis,
    legend: { ...text, titleFontWeight: 400 },
    header: text,
    title: { color: style.text, subtitleColor: style.muted, font: style.font, fontWeight: 600 },
    text: { color: style.text },
    range: { category: style.palette },
    mark: { color: style.palette[0] },
  };
}

/**
 * The Plotly layout template of the app theme.
 * @param {ChartStyle} style
 * @returns {{layout: Record<string, unknown>}}
 */
export function plotlyTemplate(style) {
  const axis = {
    gridcolor: style.grid,
    linecolor: style.border,
    zerolinecolor: style.border,
    tickcolor: style.border,
    tickfont: { color: style.muted },
    title: { font: { color: style.text } },
  };
  return {
    layout: {
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      font: { color: style.text, family: style.font },
      colorway: style.palette,
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: style.text } },
      title: { font: { color: style.text } },
    },
  };
}
