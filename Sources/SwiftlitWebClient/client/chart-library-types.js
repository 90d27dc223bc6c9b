// The parts of the chart libraries' global APIs the client uses (Vega, Vega-Embed, plotly.js),
// loaded by chart-libraries.js. Types only.

/**
 * A Vega changeset: which tuples to remove and insert.
 * @typedef {object} VegaChangeset
 * @property {(predicate: (tuple: unknown) => boolean) => VegaChangeset} remove
 * @property {(tuples: object[]) => VegaChangeset} insert
 */

/**
 * A running Vega view.
 * @typedef {object} VegaView
 * @property {(name: string, handler: (name: string, value: unknown) => void) => VegaView} addSignalListener
 * @property {(name: string, handler: (name: string, value: unknown) => void) => VegaView} removeSignalListener
 * @property {(name: string) => unknown[]} data the tuples of a data set (throws for an unknown name)
 * @property {(name: string, changeset: VegaChangeset) => VegaView} change
 * @property {(width: number) => VegaView} width
 * @property {() => VegaView} resize
 * @property {() => Promise<VegaView>} runAsync
 * @property {() => VegaView} finalize
 */

/**
 * What vegaEmbed resolves to.
 * @typedef {object} VegaEmbedResult
 * @property {VegaView} view
 * @property {() => void} finalize removes the view and the actions menu
 */

/**
 * @typedef {(element: HTMLElement, spec: object, options: object) => Promise<VegaEmbedResult>} VegaEmbed
 */

/**
 * What the renderer uses of Vega's globals.
 * @typedef {object} VegaLibrary
 * @property {{changeset: () => VegaChangeset}} vega
 * @property {VegaEmbed} vegaEmbed
 */

/**
 * A Plotly graph div once plotted: an element with Plotly's event methods.
 * @typedef {HTMLElement & {
 *   on: (event: string, handler: (event: unknown) => void) => void,
 *   removeAllListeners?: (event?: string) => void,
 * }} PlotlyGraph
 */

/**
 * What the renderer uses of plotly.js's global.
 * @typedef {object} PlotlyApi
 * @property {(element: HTMLElement, figure: {data: unknown[], layout: object, frames?: unknown[], config: object}) => Promise<PlotlyGraph>} react
 *   draws the figure, or updates the element's plot in place
 * @property {(element: HTMLElement) => void} purge
 * @property {{resize: (element: HTMLElement) => Promise<void> | void}} Plots
 */

export {};
