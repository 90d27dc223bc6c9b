// Which renderer draws which node kind: a plain map, checked by the type checker to cover every
// kind in protocol.js. A new element is one renderer module and one line here.
//
// Families that are big and rarely on a page load the first time a page shows them
// (lazy-renderer.js): their modules are not fetched at page start. Making another family lazy is
// its line here: `kind: lazyRenderer(() => import("./renderers/x.js").then((m) => m.x))`.

import { lazyRenderer } from "./lazy-renderer.js";
import { alert, exception } from "./renderers/alert.js";
import { block } from "./renderers/block.js";
import { checkbox, toggle } from "./renderers/boolean.js";
import { button } from "./renderers/button.js";
import { celebration } from "./renderers/celebration.js";
import { chatInput } from "./renderers/chat-input.js";
import { code } from "./renderers/code.js";
import { json } from "./renderers/json.js";
import { metric } from "./renderers/metric.js";
import { multiselect } from "./renderers/multiselect.js";
import { numberInput } from "./renderers/number-input.js";
import { pageConfig } from "./renderers/page-config.js";
import { progress, spinner } from "./renderers/progress.js";
import { radio } from "./renderers/radio.js";
import { selectbox } from "./renderers/selectbox.js";
import { slider } from "./renderers/slider.js";
import { caption, divider, heading, markdown, text } from "./renderers/text.js";
import { textArea, textInput } from "./renderers/text-input.js";
import { toast } from "./renderers/toast.js";

/** @typedef {import("./protocol.js").Node} Node */
/** @typedef {import("./protocol.js").NodeKind} NodeKind */
/**
 * @template {Node} N
 * @typedef {import("./render-context.js").Renderer<N>} Renderer
 */

/** @type {{[K in NodeKind]: Renderer<Extract<Node, {kind: K}>>}} */
export const RENDERERS = {
  heading,
  markdown,
  caption,
  text,
  code,
  divider,
  json,
  alert,
  exception,
  block,
  spinner,
  progress,
  toast,
  celebration,
  metric,
  pageConfig,
  button,
  checkbox,
  toggle,
  textInput,
  textArea,
  numberInput,
  slider,
  selectbox,
  radio,
  multiselect,
  chatInput,
  // Pickers and links (issue 13). Date and time fields share date-format.js with the data grid,
  // which a page without either should not load.
  dateInput: lazyRenderer(() => import("./renderers/temporal-input.js").then((m) => m.dateInput)),
  timeInput: lazyRenderer(() => import("./renderers/temporal-input.js").then((m) => m.timeInput)),
  datetimeInput: lazyRenderer(() => import("./renderers/temporal-input.js").then((m) => m.datetimeInput)),
  // The other widgets and text extras of issue 13 are rare on a page: a page without them should
  // not fetch them (hello's page loads 12 modules fewer).
  colorPicker: lazyRenderer(() => import("./renderers/color-picker.js").then((m) => m.colorPicker)),
  selectSlider: lazyRenderer(() => import("./renderers/select-slider.js").then((m) => m.selectSlider)),
  pills: lazyRenderer(() => import("./renderers/button-group.js").then((m) => m.pills)),
  segmentedControl: lazyRenderer(() => import("./renderers/button-group.js").then((m) => m.segmentedControl)),
  feedback: lazyRenderer(() => import("./renderers/button-group.js").then((m) => m.feedback)),
  linkButton: lazyRenderer(() => import("./renderers/link.js").then((m) => m.linkButton)),
  pageLink: lazyRenderer(() => import("./renderers/link.js").then((m) => m.pageLink)),
  downloadButton: lazyRenderer(() => import("./renderers/download-button.js").then((m) => m.downloadButton)),
  badge: lazyRenderer(() => import("./renderers/badge.js").then((m) => m.badge)),
  html: lazyRenderer(() => import("./renderers/html.js").then((m) => m.html)),
  // KaTeX, loaded with its renderer the first time a page shows a formula.
  latex: lazyRenderer(() => import("./renderers/latex.js").then((m) => m.openLatexRenderer())),
  // The data grid: a dozen modules, with the row store and cell formats they share with tables.
  dataframe: lazyRenderer(() => import("./renderers/dataframe.js").then((m) => m.dataframe)),
  table: lazyRenderer(() => import("./renderers/table.js").then((m) => m.table)),
  // Charts: their renderers, and the chart libraries those load on first use.
  vegaLiteChart: lazyRenderer(() => import("./renderers/vega-chart.js").then((m) => m.vegaLiteChart)),
  plotlyChart: lazyRenderer(() => import("./renderers/plotly-chart.js").then((m) => m.plotlyChart)),
  // Pictures, players and PDFs: one module, with the playback rules it uses.
  image: lazyRenderer(() => import("./renderers/media.js").then((m) => m.image)),
  audio: lazyRenderer(() => import("./renderers/media.js").then((m) => m.audio)),
  video: lazyRenderer(() => import("./renderers/media.js").then((m) => m.video)),
  pdf: lazyRenderer(() => import("./renderers/media.js").then((m) => m.pdf)),
  // Uploads: the file list, the XHR upload, the camera and the microphone (with its WAV encoder).
  fileUploader: lazyRenderer(() => import("./renderers/file-uploader.js").then((m) => m.fileUploader)),
  cameraInput: lazyRenderer(() => import("./renderers/camera-input.js").then((m) => m.cameraInput)),
  audioInput: lazyRenderer(() => import("./renderers/audio-input.js").then((m) => m.audioInput)),
  navigation: lazyRenderer(() => import("./renderers/navigation.js").then((m) => m.navigation)),
};

/**
 * The renderer for a node, typed for that node.
 * @param {Node} node
 * @returns {Renderer<Node>}
 */
export function rendererFor(node) {
  // Sound because RENDERERS pairs each kind with the renderer of exactly that node type.
  return /** @type {Renderer<Node>} */ (/** @type {unknown} */ (RENDERERS[node.kind]));
}
