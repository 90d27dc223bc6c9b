// The shape of every wire message and node kind, as data: one line per kind or message, read by
// protocol-validation.js. Mirrors docs/protocol.md; a new node kind is one line here (plus its
// typedef in protocol.js or protocol-elements.js, and its renderer). A block's fields depend on its
// layout: one line per layout in BLOCK_LAYOUT_FIELDS.

/**
 * A field rule: a type name, optionally followed by `?` when the field may be omitted.
 * Type names: `string`, `bool`, `int` (non-negative integer), `number` (finite), `json` (anything),
 * `widget`, `numberSpec`, `strings`, `numbers`, `ops`, `widgetValues`, `columns` (a table's
 * columns), `rows` (arrays of JSON scalars), `series` (a chart's lines), `rowsCount` (an integer
 * 1…1000), or `enum:a|b|c` (numeric members are numbers on the wire).
 * @typedef {string} FieldRule
 */

/**
 * The fields of a block beside `kind` and `layout`, by layout (docs/protocol.md, "Block layouts").
 * @type {Record<string, Record<string, FieldRule>>}
 */
export const BLOCK_LAYOUT_FIELDS = {
  vertical: { border: "bool?", height: "int?", fragment: "string?" },
  columns: { gap: "enum:small|medium|large", verticalAlignment: "enum:top|center|bottom" },
  column: { weight: "number" },
  expander: { label: "string", expanded: "bool", icon: "string?" },
  tabs: { labels: "strings" },
  tab: { label: "string" },
  popover: { label: "string", help: "string?", disabled: "bool?" },
  form: { id: "string", enterToSubmit: "bool", border: "bool" },
  dialog: {
    title: "string",
    width: "enum:small|medium|large",
    dismissible: "bool",
    opened: "number",
    fragment: "string?",
  },
  status: { label: "string", state: "enum:running|complete|error", expanded: "bool" },
  slot: {},
  chatMessage: { name: "string", avatar: "string?" },
};

/** @type {Record<string, Record<string, FieldRule>>} */
export const NODE_FIELDS = {
  heading: { level: "enum:1|2|3", html: "string", anchor: "string?", help: "string?" },
  markdown: { html: "string", help: "string?" },
  caption: { html: "string", help: "string?" },
  text: { text: "string", help: "string?" },
  code: { code: "string", language: "string?", lineNumbers: "bool?" },
  divider: {},
  json: { value: "json", expanded: "bool" },
  alert: { variant: "enum:success|info|warning|error", html: "string", icon: "string?" },
  exception: { type: "string?", message: "string", details: "string?" },
  block: { layout: `enum:${Object.keys(BLOCK_LAYOUT_FIELDS).join("|")}` },
  spinner: { text: "string" },
  progress: { value: "number", html: "string?" },
  toast: { html: "string", icon: "string?", nonce: "number" },
  celebration: { animation: "enum:balloons|snow", nonce: "number" },
  metric: {
    label: "string",
    value: "string",
    delta: "string?",
    deltaColor: "enum:normal|inverse|off?",
    help: "string?",
    border: "bool?",
  },
  pageConfig: {
    title: "string?",
    icon: "string?",
    layout: "enum:centered|wide?",
    initialSidebarState: "enum:auto|expanded|collapsed?",
  },
  button: { widget: "widget", style: "enum:primary|secondary?", formSubmit: "bool?" },
  checkbox: { widget: "widget", value: "bool" },
  toggle: { widget: "widget", value: "bool" },
  textInput: {
    widget: "widget",
    value: "string?",
    placeholder: "string?",
    maxChars: "int?",
    password: "bool?",
  },
  textArea: {
    widget: "widget",
    value: "string?",
    placeholder: "string?",
    maxChars: "int?",
    height: "int?",
  },
  numberInput: { widget: "widget", value: "number?", number: "numberSpec", placeholder: "string?" },
  slider: { widget: "widget", value: "numbers", number: "numberSpec" },
  selectbox: {
    widget: "widget",
    options: "strings",
    value: "string?",
    placeholder: "string?",
    horizontal: "bool?",
    captions: "strings?",
  },
  radio: {
    widget: "widget",
    options: "strings",
    value: "string?",
    placeholder: "string?",
    horizontal: "bool?",
    captions: "strings?",
  },
  multiselect: {
    widget: "widget",
    options: "strings",
    value: "strings",
    maxSelections: "int?",
    placeholder: "string?",
  },
  chatInput: { widget: "widget", placeholder: "string?", maxChars: "int?" },
  dataframe: { table: "string", columns: "columns", rowCount: "int", rows: "rows", height: "int?" },
  lineChart: { series: "series", xLabel: "string?", yLabel: "string?", height: "int?" },
};

/** @type {Record<string, Record<string, FieldRule>>} */
export const SERVER_MESSAGE_FIELDS = {
  session: { protocol: "int", sessionId: "string", resumed: "bool" },
  delta: { run: "int", ops: "ops" },
  runFinished: { run: "int", status: "enum:complete|error|interrupted", ops: "ops" },
  error: { code: "string", message: "string" },
  rows: { table: "string", offset: "int", rows: "rows" },
};

/** @type {Record<string, Record<string, FieldRule>>} */
export const CLIENT_MESSAGE_FIELDS = {
  hello: { protocol: "int", sessionId: "string?", widgets: "widgetValues?" },
  rerun: { widgets: "widgetValues", trigger: "string?", fragment: "string?" },
  rows: { table: "string", offset: "int", count: "rowsCount" },
};

/** @type {Record<string, FieldRule>} */
export const WIDGET_INFO_FIELDS = {
  id: "string",
  label: "string",
  help: "string?",
  disabled: "bool?",
  labelVisibility: "enum:visible|hidden|collapsed?",
};

/** @type {Record<string, FieldRule>} */
export const NUMBER_SPEC_FIELDS = {
  min: "number?",
  max: "number?",
  step: "number",
  integer: "bool?",
  format: "string?",
};

/** @type {Record<string, FieldRule>} */
export const DATA_COLUMN_FIELDS = { name: "string", type: "enum:number|integer|text|boolean" };

/** @type {Record<string, FieldRule>} */
export const CHART_SERIES_FIELDS = { name: "string", x: "numbers", y: "numbers" };

/** The node kinds this client can render. */
export const NODE_KINDS = Object.freeze(Object.keys(NODE_FIELDS));

/** The block layouts this client can render. */
export const BLOCK_LAYOUTS = Object.freeze(Object.keys(BLOCK_LAYOUT_FIELDS));
