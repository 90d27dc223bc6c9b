// Every name the client writes into the DOM and that CSS or tests read: element ids, data-*
// attributes, data-testid values and class names. Declared once here (as LiveView's constants.ts
// does) so that a rename is one edit and a typo is a type error rather than a silent miss.

/** `id` attributes of the page shell (index.html). */
export const ID = Object.freeze({
  app: "swiftlit-app",
  main: "st-main",
  sidebar: "st-sidebar",
  event: "st-event",
  toasts: "st-toasts",
  sidebarToggle: "st-sidebar-toggle",
  sidebarResize: "st-sidebar-resize",
  connectionStatus: "st-connection-status",
  runningIndicator: "st-running-indicator",
  bannerSlot: "st-banner-slot",
});

/** `data-*` attributes. */
export const DATA = Object.freeze({
  testId: "data-testid",
  /** On the app root: `connecting | open | reconnecting | closed`. */
  connection: "data-connection",
  /** On the app root: `running | idle`. */
  runState: "data-run-state",
  /** On the app root: the number of the last run that finished (complete or error). */
  lastRun: "data-last-run",
  /** On the app root: `shown | collapsed | hidden` (hidden: the sidebar has no content). */
  sidebar: "data-sidebar",
  /** On the server's drawing of the page in the main area (server.prerender), until the first run. */
  prerendered: "data-st-prerendered",
  /** On `<html>`: `stale` when this tab must not show that drawing (prerender-boot.js). */
  prerender: "data-prerender",
  /** On the app root while the user drags the sidebar's edge. */
  resizing: "data-resizing",
  /** On every element root: the node kind. patch.js compares it to decide update vs. replace. */
  kind: "data-kind",
  /** On every widget root: the widget id (`slider:Repeat`). */
  widgetId: "data-widget-id",
  /** On every widget root: `visible | hidden | collapsed`. */
  labelVisibility: "data-label-visibility",
  /** On widget roots whose control is disabled. */
  disabled: "data-disabled",
  /** On widget roots whose width is not their default: `stretch | content | points`. */
  widthMode: "data-width-mode",
  /** On the element that holds a container's children (a block's, or a root). */
  children: "data-st-children",
  /** On alerts: `success | info | warning | error`. */
  variant: "data-variant",
  /** On blocks: the layout (`vertical`, `columns`, …). On the app root: `centered | wide`. */
  layout: "data-layout",
  /** On `vertical` and `dialog` blocks that hold a fragment: its id. */
  fragment: "data-fragment",
  /** On `form` blocks: the form's id. */
  formId: "data-form-id",
  /** On `vertical` and `form` blocks drawn with a border, and bordered metrics. */
  border: "data-border",
  /** On `columns` blocks: `small | medium | large`. */
  gap: "data-gap",
  /** On `columns` blocks: `top | center | bottom`. */
  verticalAlignment: "data-vertical-alignment",
  /** On `dialog` blocks: `small | medium | large`. */
  width: "data-width",
  /** On `status` blocks: `running | complete | error`. */
  state: "data-state",
  /** On `tabs` blocks: the index of the selected tab. */
  selectedTab: "data-selected-tab",
  /** On toast and celebration elements: the nonce last shown. */
  nonce: "data-nonce",
  /** On metric deltas: the arrow shown, `up | down | none`. */
  direction: "data-direction",
  /** On metric deltas: `positive | negative | neutral` (green, red, gray). */
  tone: "data-tone",
  /** On celebration animations: `balloons | snow`. */
  animation: "data-animation",
  /** On radio inputs and chip remove buttons: the option label they stand for. */
  option: "data-option",
  /** On links that open in a new tab. */
  newTab: "data-new-tab",
  /** On feedback stars up to the chosen one. */
  filled: "data-filled",
  /** On the copy button while it confirms. */
  copied: "data-copied",
  /** On `chatMessage` blocks: who speaks (`user`, `assistant` or any name). */
  name: "data-name",
  /** On chat avatars: `emoji | icon | preset | image | initial`. */
  avatar: "data-avatar",
  /** On `stream` blocks while their text grows. */
  streaming: "data-streaming",
  /** On dataframes: the table id their rows belong to. */
  table: "data-table",
  /** On dataframe rows: the row's place in the grid as shown (0-based, sorted and searched). */
  row: "data-row",
  /** On dataframe rows: the row's position in the table the app passed (what selections name). */
  position: "data-position",
  /** On a navigation element: `sidebar | top`. */
  navPosition: "data-nav-position",
  /** On dataframe rows added in a data editor: their index among the added rows. */
  added: "data-added",
  /** On dataframe rows whose cells have not arrived yet. */
  loading: "data-loading",
  /** On dataframe and table cells and column headers: the column's type (`number`, `text`, `date`, …). */
  columnType: "data-column-type",
  /** On dataframe and table cells and column headers: how the column shows (`text`, `checkbox`, `link`, …). */
  columnKind: "data-column-kind",
  /** On dataframe cells and column headers: the column's name (as the table names it). */
  column: "data-column",
  /** On dataframes: the number of rows shown (of the sorted and searched view, with a data editor's edits). */
  rowCount: "data-row-count",
  /** On dataframes: the column the rows are sorted by, and `data-sort-descending` when descending. */
  sort: "data-sort",
  sortDescending: "data-sort-descending",
  /** On dataframes: the search the rows are narrowed by. */
  search: "data-search",
  /** On dataframes that are data editors. */
  editor: "data-editor",
  /** On dataframes only as wide as their columns. */
  fitContent: "data-fit-content",
  /** On the dataframe cell the keyboard is on. */
  active: "data-active",
  /** On dataframe cells whose value the server refused or the browser finds wrong. */
  invalid: "data-invalid",
  /** On data editor cells the user changed (and cells of added rows). */
  edited: "data-edited",
  /** On dataframe toolbars while their search box is open. */
  open: "data-open",
  /** On static tables: `all | horizontal | none`. */
  tableBorder: "data-border-style",
  /** On a metric's sparkline: `line | bar | area`. */
  chartType: "data-chart-type",
  /** On charts: `loading | ready | error` (the library is loading, the chart is drawn, it cannot be). */
  chartState: "data-chart-state",
  /** On charts: `stretch | content | fixed` (the container's width, the chart's own, a number of points). */
  chartWidth: "data-chart-width",
});

/** `data-testid` values that are not `st-<kind>` element roots. */
export const TEST_ID = Object.freeze({
  app: "swiftlit-app",
  main: "st-main",
  sidebar: "st-sidebar",
  clientError: "st-client-error",
  clientErrorDismiss: "st-client-error-dismiss",
  devOverlay: "st-dev-overlay",
  devOverlayDiagnostic: "st-dev-overlay-diagnostic",
  connectionStatus: "st-connection-status",
  runningIndicator: "st-running-indicator",
  help: "st-help",
  headingAnchor: "st-heading-anchor",
  copyButton: "st-copy-button",
  stepDown: "st-step-down",
  stepUp: "st-step-up",
  sliderValue: "st-slider-value",
  pickerReadout: "st-picker-readout",
  groupOption: "st-group-option",
  multiselectChip: "st-multiselect-chip",
  multiselectRemove: "st-multiselect-remove",
  multiselectAdd: "st-multiselect-add",
  event: "st-event",
  sidebarToggle: "st-sidebar-toggle",
  sidebarResize: "st-sidebar-resize",
  tab: "st-tab",
  popoverButton: "st-popover-button",
  popoverPanel: "st-popover-panel",
  dialogClose: "st-dialog-close",
  toasts: "st-toasts",
  toastMessage: "st-toast-message",
  toastClose: "st-toast-close",
  celebrationAnimation: "st-celebration-animation",
  metricLabel: "st-metric-label",
  metricValue: "st-metric-value",
  metricDelta: "st-metric-delta",
  progressBar: "st-progress-bar",
  chatInputField: "st-chat-input-field",
  chatSend: "st-chat-send",
  chatAvatar: "st-chat-avatar",
  streamStop: "st-stream-stop",
  chatAttach: "st-chat-attach",
  chatAttachInput: "st-chat-attach-input",
  chatAttachments: "st-chat-attachments",
  // Upload widgets (renderers/file-uploader.js, camera-input.js, audio-input.js).
  uploadInput: "st-upload-input",
  uploadDropzone: "st-upload-dropzone",
  uploadFile: "st-upload-file",
  uploadRemove: "st-upload-remove",
  uploadProgress: "st-upload-progress",
  uploadError: "st-upload-error",
  cameraVideo: "st-camera-video",
  cameraTake: "st-camera-take",
  cameraClear: "st-camera-clear",
  cameraPreview: "st-camera-preview",
  audioRecord: "st-audio-record",
  audioClear: "st-audio-clear",
  audioPreview: "st-audio-preview",
  audioTime: "st-audio-time",
  dataframeGrid: "st-dataframe-grid",
  dataframeRow: "st-dataframe-row",
  dataframeCell: "st-dataframe-cell",
  dataframeIndexCell: "st-dataframe-index-cell",
  dataframeColumnHeader: "st-dataframe-column-header",
  /** The button in a column header that sorts by the column (cycles ascending, descending, none). */
  dataframeSort: "st-dataframe-sort",
  /** The button in a column header that selects the column (tables with column selection). */
  dataframeColumnSelect: "st-dataframe-column-select",
  /** The checkbox that selects a row (selectable tables, and data editors that delete rows). */
  dataframeRowSelect: "st-dataframe-row-select",
  dataframeToolbar: "st-dataframe-toolbar",
  /** The toolbar button that opens the search box. */
  dataframeSearchToggle: "st-dataframe-search-toggle",
  /** The search box. */
  dataframeSearch: "st-dataframe-search",
  /** The toolbar button that downloads the table as CSV. */
  dataframeDownload: "st-dataframe-download",
  /** The toolbar button that clears the selection. */
  dataframeClearSelection: "st-dataframe-clear-selection",
  /** The toolbar button of a data editor that deletes the selected rows. */
  dataframeDeleteRows: "st-dataframe-delete-rows",
  /** The button under a data editor that adds a row. */
  dataframeAddRow: "st-dataframe-add-row",
  /** The input, select or checkbox that edits a data editor's cell. */
  dataframeCellEditor: "st-dataframe-cell-editor",
  /** The live region that says how many rows a search found. */
  dataframeStatus: "st-dataframe-status",
  tableHeader: "st-table-header",
  tableRow: "st-table-row",
  tableCell: "st-table-cell",
  metricChart: "st-metric-chart",
  /** The element a chart library draws into (Vega-Embed's element, Plotly's graph div). */
  chartView: "st-chart-view",
  /** The alert a chart that cannot be drawn shows. */
  chartError: "st-chart-error",
});

/**
 * The test id of an element's root: `st-` and the node kind (`st-slider`, `st-markdown`); for a
 * block, `st-block-` and its layout (`st-block-columns`, `st-block-expander`).
 * @param {{kind: string, layout?: string}} node
 * @returns {string}
 */
export function testIdForNode(node) {
  return node.kind === "block" ? `st-block-${node.layout}` : `st-${node.kind}`;
}

/**
 * What code highlighting looks for: the code renderer's blocks and fenced code inside Markdown
 * (main.js checks for it before it loads prism-loader.js).
 */
export const HIGHLIGHT_SELECTOR = 'pre code[class*="language-"]';

/**
 * A Material Symbols icon: SwiftlitMarkdown writes `:material/name:` as a span of this class whose
 * text is the name (the icon font draws it as the glyph); renderers/icon.js writes the same.
 */
export const ICON_SELECTOR = ".st-icon";

/**
 * The attributes patch.js writes on every element's root (its kind, test id and widget id). A lazy
 * renderer carries them from its placeholder over to the element that replaces it.
 */
export const ELEMENT_STAMP = Object.freeze([DATA.kind, DATA.testId, DATA.widgetId]);

/** Class names. BEM-ish: `st-<block>__<part>--<modifier>`. */
export const CLASS = Object.freeze({
  // The page shell (index.html).
  app: "st-app",
  topbar: "st-topbar",
  connection: "st-connection",
  running: "st-running",
  runningBar: "st-running__bar",
  runningText: "st-running__text",
  layout: "st-layout",
  sidebar: "st-sidebar",
  sidebarToggle: "st-sidebar-toggle",
  sidebarResize: "st-sidebar-resize",
  main: "st-main",
  event: "st-event",
  // Elements.
  visuallyHidden: "st-visually-hidden",
  element: "st-element",
  /** An element whose renderer's module is still loading (lazy-renderer.js). */
  lazy: "st-lazy",
  /** An element whose renderer's module could not be loaded. */
  lazyFailed: "st-lazy--failed",
  widget: "st-widget",
  widgetLabel: "st-widget__label",
  widgetLabelRow: "st-widget__label-row",
  widgetControl: "st-widget__control",
  help: "st-help",
  helpText: "st-help__text",
  withHelp: "st-with-help",
  block: "st-block",
  blockChildren: "st-block__children",
  heading: "st-heading",
  headingText: "st-heading__text",
  // Text extras: icons, badges, formulas, the app's HTML.
  icon: "st-icon",
  badge: "st-badge",
  badgeElement: "st-badge-element",
  badgeIcon: "st-badge__icon",
  badgeText: "st-badge__text",
  latex: "st-latex",
  latexBody: "st-latex__body",
  latexError: "st-latex__error",
  html: "st-html",
  htmlBody: "st-html__body",
  htmlFrame: "st-html__frame",
  headingAnchor: "st-heading__anchor",
  markdown: "st-markdown",
  markdownBody: "st-markdown__body",
  caption: "st-caption",
  text: "st-text",
  textBody: "st-text__body",
  divider: "st-divider",
  code: "st-code",
  codePre: "st-code__pre",
  codeGutter: "st-code__gutter",
  codeCopy: "st-code__copy",
  json: "st-json",
  jsonKey: "st-json__key",
  jsonValue: "st-json__value",
  jsonSummary: "st-json__summary",
  jsonList: "st-json__list",
  alert: "st-alert",
  alertIcon: "st-alert__icon",
  alertBody: "st-alert__body",
  exception: "st-exception",
  exceptionType: "st-exception__type",
  exceptionMessage: "st-exception__message",
  exceptionDetails: "st-exception__details",
  button: "st-button",
  buttonPrimary: "st-button--primary",
  image: "st-image",
  imageItem: "st-image__item",
  imagePicture: "st-image__picture",
  imageCaption: "st-image__caption",
  player: "st-player",
  playerMedia: "st-player__media",
  pdf: "st-pdf",
  pdfFrame: "st-pdf__frame",
  downloadError: "st-download__error",
  checkRow: "st-check",
  checkInput: "st-check__input",
  toggleInput: "st-check__input--switch",
  textInput: "st-input",
  textArea: "st-textarea",
  numberRow: "st-number",
  stepButton: "st-number__step",
  slider: "st-slider",
  sliderTrack: "st-slider__track",
  sliderRange: "st-slider__range",
  sliderValue: "st-slider__value",
  sliderBounds: "st-slider__bounds",
  select: "st-select",
  radioGroup: "st-radio-group",
  radioGroupHorizontal: "st-radio-group--horizontal",
  radioOption: "st-radio",
  radioCaption: "st-radio__caption",
  chips: "st-chips",
  chip: "st-chip",
  chipRemove: "st-chip__remove",
  multiselectHint: "st-multiselect__hint",
  // Pickers and links (renderers/temporal-input.js, color-picker.js, select-slider.js, button-group.js, link.js).
  picker: "st-picker",
  pickerReadout: "st-picker__readout",
  dateRange: "st-date-range",
  colorRow: "st-color",
  colorInput: "st-color__input",
  colorValue: "st-color__value",
  buttonGroup: "st-button-group",
  groupOption: "st-button-group__option",
  // The app's pages (renderers/navigation.js).
  nav: "st-nav",
  navSection: "st-nav__section",
  navHeading: "st-nav__heading",
  navList: "st-nav__list",
  navLink: "st-nav__link",
  navIcon: "st-nav__icon",
  navLabel: "st-nav__label",
  link: "st-link",
  linkButton: "st-link--button",
  linkIcon: "st-link__icon",
  linkLabel: "st-link__label",
  clientError: "st-client-error",
  clientErrorText: "st-client-error__text",
  clientErrorDismiss: "st-client-error__dismiss",
  /** The banner carrying a notice that is no error (see error-banner.js). */
  clientNotice: "st-client-error--notice",
  devOverlay: "st-dev-overlay",
  devOverlayTitle: "st-dev-overlay__title",
  devOverlayList: "st-dev-overlay__list",
  devOverlayDiagnostic: "st-dev-overlay__diagnostic",
  devOverlayLocation: "st-dev-overlay__location",
  // Containers (renderers/block.js and the layout renderers).
  columns: "st-columns",
  column: "st-column",
  expander: "st-expander",
  expanderSummary: "st-expander__summary",
  expanderIcon: "st-expander__icon",
  expanderLabel: "st-expander__label",
  tabs: "st-tabs",
  tabList: "st-tabs__list",
  tab: "st-tabs__tab",
  tabPanel: "st-tabs__panel",
  popover: "st-popover",
  popoverButton: "st-popover__button",
  popoverPanel: "st-popover__panel",
  form: "st-form",
  dialog: "st-dialog",
  dialogHeader: "st-dialog__header",
  dialogTitle: "st-dialog__title",
  dialogClose: "st-dialog__close",
  status: "st-status",
  statusIcon: "st-status__icon",
  spinnerIcon: "st-spinner__icon",
  // Status elements.
  spinner: "st-spinner",
  spinnerText: "st-spinner__text",
  progress: "st-progress",
  progressText: "st-progress__text",
  progressTrack: "st-progress__track",
  progressBar: "st-progress__bar",
  metric: "st-metric",
  metricLabel: "st-metric__label",
  metricValue: "st-metric__value",
  metricDelta: "st-metric__delta",
  metricArrow: "st-metric__arrow",
  toasts: "st-toasts",
  toast: "st-toast",
  toastIcon: "st-toast__icon",
  toastBody: "st-toast__body",
  toastClose: "st-toast__close",
  toastLeaving: "st-toast--leaving",
  celebration: "st-celebration",
  celebrationItem: "st-celebration__item",
  // Upload widgets (renderers/file-uploader.js, camera-input.js, audio-input.js).
  upload: "st-upload",
  uploadDropzone: "st-upload__dropzone",
  uploadDragging: "st-upload__dropzone--dragging",
  uploadInstructions: "st-upload__instructions",
  uploadLimit: "st-upload__limit",
  uploadInput: "st-upload__input",
  uploadBrowse: "st-upload__browse",
  uploadFiles: "st-upload__files",
  uploadFile: "st-upload__file",
  uploadFileName: "st-upload__file-name",
  uploadFileSize: "st-upload__file-size",
  uploadRemove: "st-upload__remove",
  uploadProgress: "st-upload__progress",
  uploadProgressBar: "st-upload__progress-bar",
  uploadError: "st-upload__error",
  uploadStatus: "st-upload__status",
  camera: "st-camera",
  cameraVideo: "st-camera__video",
  cameraPreview: "st-camera__preview",
  mediaInput: "st-media-input",
  mediaActions: "st-media-input__actions",
  audio: "st-audio-input",
  audioTime: "st-audio-input__time",
  audioPreview: "st-audio-input__preview",
  // Chat (renderers/chat-input.js, renderers/chat-message.js).
  chatInput: "st-chat-input",
  chatInputBox: "st-chat-input__box",
  chatInputField: "st-chat-input__field",
  chatSend: "st-chat-input__send",
  chatAttach: "st-chat-input__attach",
  chatAttachInput: "st-chat-input__attach-input",
  chatAttachments: "st-chat-input__attachments",
  chatMessage: "st-chat-message",
  chatMessageUser: "st-chat-message--user",
  chatMessageAssistant: "st-chat-message--assistant",
  chatAvatar: "st-chat-message__avatar",
  chatContent: "st-chat-message__content",
  // Streamed replies (renderers/stream.js).
  stream: "st-stream",
  streamStop: "st-stream__stop",
  // Data elements (renderers/dataframe.js, renderers/table.js).
  dataframe: "st-dataframe",
  dataframeScroller: "st-dataframe__scroller",
  dataframeHead: "st-dataframe__head",
  dataframeBody: "st-dataframe__body",
  dataframeRows: "st-dataframe__rows",
  dataframeRow: "st-dataframe__row",
  dataframeCell: "st-dataframe__cell",
  dataframeIndex: "st-dataframe__index",
  dataframeNull: "st-dataframe__cell--null",
  dataframePinned: "st-dataframe__cell--pinned",
  dataframeLastPinned: "st-dataframe__cell--last-pinned",
  dataframeSelect: "st-dataframe__select",
  dataframeHeaderButton: "st-dataframe__header-button",
  dataframeHeaderLabel: "st-dataframe__header-label",
  dataframeSortButton: "st-dataframe__sort",
  dataframeSortIcon: "st-dataframe__sort-icon",
  dataframeToolbar: "st-dataframe__toolbar",
  dataframeToolButton: "st-dataframe__tool",
  dataframeSearch: "st-dataframe__search",
  dataframeAddRow: "st-dataframe__add-row",
  dataframeEditor: "st-dataframe__editor",
  dataframeStatus: "st-dataframe__status",
  cellCheckbox: "st-cell__checkbox",
  cellLink: "st-cell__link",
  cellImage: "st-cell__image",
  cellProgress: "st-cell__progress",
  cellProgressTrack: "st-cell__progress-track",
  cellProgressBar: "st-cell__progress-bar",
  cellProgressText: "st-cell__progress-text",
  cellChips: "st-cell__chips",
  cellChip: "st-cell__chip",
  cellChart: "st-cell__chart",
  cellText: "st-cell__text",
  table: "st-table",
  tableScroller: "st-table__scroller",
  tableTable: "st-table__table",
  tableIndex: "st-table__index",
  tableNull: "st-table__cell--null",
  tableNumeric: "st-table__cell--numeric",
  metricChart: "st-metric__chart",
  // Charts (renderers/vega-chart.js, renderers/plotly-chart.js, chart-frame.js).
  chart: "st-chart",
  chartView: "st-chart__view",
  chartError: "st-chart__error",
});
