// What the two chart renderers share (renderers/vega-chart.js, renderers/plotly-chart.js): the
// element's frame (a figure named after the chart, the library's drawing area, an alert for a chart
// that cannot be drawn), its state attribute for tests, the app theme's colours read from the page,
// and a hook for when the page's colour scheme changes.

import { CLASS, DATA, TEST_ID } from "./dom-names.js";
import { h, part, setAttribute, setText } from "./dom.js";
import { chartStyle } from "./chart-theme.js";

/** @typedef {import("./chart-theme.js").ChartStyle} ChartStyle */
/** @typedef {"loading" | "ready" | "error"} ChartState */

/**
 * Builds a chart's element: `role="figure"` named `name`, the drawing area and a hidden alert.
 * @param {string} name the accessible name
 * @returns {HTMLElement}
 */
export function chartFrame(name) {
  return h("div", { class: `${CLASS.element} ${CLASS.chart}`, role: "figure", "aria-label": name }, [
    h("div", { class: CLASS.chartView, [DATA.testId]: TEST_ID.chartView }),
    h("p", { class: CLASS.chartError, role: "alert", [DATA.testId]: TEST_ID.chartError, hidden: true }),
  ]);
}

/**
 * The element the library draws into.
 * @param {HTMLElement} root
 * @returns {HTMLDivElement}
 */
export function chartView(root) {
  return part(root, `.${CLASS.chartView}`, HTMLDivElement);
}

/**
 * Sets the chart's state for tests (`data-chart-state`); `error` shows `message` in the alert.
 * @param {HTMLElement} root
 * @param {ChartState} state
 * @param {string} [message]
 */
export function setChartState(root, state, message) {
  setAttribute(root, DATA.chartState, state);
  const alert = part(root, `.${CLASS.chartError}`, HTMLParagraphElement);
  alert.hidden = state !== "error";
  setText(alert, state === "error" ? message ?? "The chart could not be drawn." : "");
}

/**
 * The app theme's colours and font, read from the page's custom properties, each colour in a form
 * every library parses (the canvas turns `rgb(49 51 63 / 0.1)` into `rgba(49, 51, 63, 0.1)`).
 * @returns {ChartStyle}
 */
export function pageChartStyle() {
  const computed = getComputedStyle(document.documentElement);
  const style = chartStyle((property) => computed.getPropertyValue(property));
  const context = document.createElement("canvas").getContext("2d");
  /** @param {string} colour */
  const normalize = (colour) => {
    if (context === null || colour === "") return colour;
    context.fillStyle = "#000000";
    context.fillStyle = colour;
    return String(context.fillStyle);
  };
  return {
    ...style,
    text: normalize(style.text),
    muted: normalize(style.muted),
    grid: normalize(style.grid),
    border: normalize(style.border),
    palette: style.palette.map(normalize),
  };
}

/**
 * Calls `redraw` for every chart of `kind` on the page when the colour scheme changes (the app
 * theme follows it). Installed once per kind; charts are found in the document, so nothing keeps a
 * removed chart alive.
 * @param {string} kind the node kind
 * @param {(root: HTMLElement) => void} redraw
 */
export function onColourSchemeChange(kind, redraw) {
  if (watchedKinds.has(kind)) return;
  watchedKinds.add(kind);
  globalThis.matchMedia?.("(prefers-color-scheme: dark)").addEventListener("change", () => {
    for (const root of document.querySelectorAll(`[${DATA.kind}="${kind}"]`)) {
      if (root instanceof HTMLElement) redraw(root);
    }
  });
}

/** The kinds whose colour-scheme listener is installed (one listener per kind and page). */
const watchedKinds = new Set();

/**
 * Runs `onDetached` once the element has left the document (a ResizeObserver reports a removed
 * element), and `onResize` with its new width otherwise.
 * @param {HTMLElement} root
 * @param {(width: number) => void} onResize
 * @param {() => void} onDetached
 */
export function observeChartSize(root, onResize, onDetached) {
  let lastWidth = -1;
  const observer = new ResizeObserver(() => {
    if (!root.isConnected) {
      observer.disconnect();
      onDetached();
      return;
    }
    const width = root.clientWidth;
    if (width === lastWidth || width === 0) return;
    lastWidth = width;
    onResize(width);
  });
  observer.observe(root);
}
