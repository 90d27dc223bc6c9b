// What a plotlyChart node becomes before plotly.js sees it (pure, no DOM): the figure's traces, its
// layout with the node's size, the app theme's template and the selection's drag mode, and the
// configuration.

import { chartWidth, specObject } from "./chart-data.js";
import { plotlyDragMode } from "./plotly-selection.js";

/** @typedef {import("./protocol-data.js").PlotlyChartNode} PlotlyChartNode */

/** Plotly's own default height, used when neither the node nor the figure gives one. */
export const DEFAULT_PLOTLY_HEIGHT = 450;

/**
 * The figure's traces, layout and animation frames, as Plotly.react takes them.
 * @param {PlotlyChartNode} node
 * @param {{layout: Record<string, unknown>} | undefined} template the app theme's; `undefined`: Plotly's look
 * @returns {{data: unknown[], layout: Record<string, unknown>, frames: unknown[] | undefined}}
 */
export function plotlyFigure(node, template) {
  const figure = specObject(node.figure);
  const data = Array.isArray(figure.data) ? figure.data : [];
  const layout = { ...specObject(figure.layout) };
  const width = chartWidth(node);
  if (width.mode === "fixed") layout.width = width.width;
  else if (width.mode === "stretch") {
    // The container's width: Plotly sizes to its element when the layout names no width.
    delete layout.width;
    layout.autosize = true;
  }
  if (node.height !== undefined && node.height > 0) layout.height = node.height;
  else if (typeof layout.height !== "number") layout.height = DEFAULT_PLOTLY_HEIGHT;
  if (template !== undefined) layout.template = template;
  if (node.widget !== undefined) {
    const dragmode = plotlyDragMode(node.selectionModes);
    if (dragmode !== undefined) layout.dragmode = dragmode;
    // Clicking a point selects it (and Shift-click adds) when points can be selected.
    if ((node.selectionModes ?? []).includes("points")) layout.clickmode = "event+select";
  }
  return { data, layout, frames: Array.isArray(figure.frames) ? figure.frames : undefined };
}

/**
 * The configuration: the node's, without Plotly's logo and its links to Chart Studio (they would
 * send the figure to an external site).
 * @param {PlotlyChartNode} node
 * @returns {Record<string, unknown>}
 */
export function plotlyConfig(node) {
  return {
    displaylogo: false,
    ...specObject(node.config),
    showLink: false,
    showEditInChartStudio: false,
    showSendToCloud: false,
  };
}
