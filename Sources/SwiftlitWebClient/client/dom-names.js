// Every name the client writes into the DOM and that CSS or tests read: element ids, data-*
// attributes, data-testid values and class names. Declared once here (as LiveView's constants.ts
// does) so that a rename is one edit and a typo is a type error rather than a silent miss.

/** `id` attributes of the page shell (index.html). */
export const ID = Object.freeze({
  app: "swiftlit-app",
  main: "st-main",
  sidebar: "st-sidebar",
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
  /** On the app root: `shown | hidden`, whether the sidebar has content. */
  sidebar: "data-sidebar",
  /** On every element root: the node kind. patch.js compares it to decide update vs. replace. */
  kind: "data-kind",
  /** On every widget root: the widget id (`slider:Repeat`). */
  widgetId: "data-widget-id",
  /** On every widget root: `visible | hidden | collapsed`. */
  labelVisibility: "data-label-visibility",
  /** On widget roots whose control is disabled. */
  disabled: "data-disabled",
  /** On the element that holds a container's children (a block's, or a root). */
  children: "data-st-children",
  /** On alerts: `success | info | warning | error`. */
  variant: "data-variant",
  /** On blocks: the layout (`vertical`). */
  layout: "data-layout",
  /** On radio inputs and chip remove buttons: the option label they stand for. */
  option: "data-option",
  /** On the copy button while it confirms. */
  copied: "data-copied",
});

/** `data-testid` values that are not `st-<kind>` element roots. */
export const TEST_ID = Object.freeze({
  app: "swiftlit-app",
  main: "st-main",
  sidebar: "st-sidebar",
  clientError: "st-client-error",
  clientErrorDismiss: "st-client-error-dismiss",
  connectionStatus: "st-connection-status",
  runningIndicator: "st-running-indicator",
  help: "st-help",
  headingAnchor: "st-heading-anchor",
  copyButton: "st-copy-button",
  stepDown: "st-step-down",
  stepUp: "st-step-up",
  sliderValue: "st-slider-value",
  multiselectChip: "st-multiselect-chip",
  multiselectRemove: "st-multiselect-remove",
  multiselectAdd: "st-multiselect-add",
});

/**
 * The test id of an element's root: `st-` and the node kind (`st-slider`, `st-markdown`).
 * @param {string} kind
 * @returns {string}
 */
export function testIdForKind(kind) {
  return `st-${kind}`;
}

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
  main: "st-main",
  // Elements.
  visuallyHidden: "st-visually-hidden",
  element: "st-element",
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
  clientError: "st-client-error",
  clientErrorText: "st-client-error__text",
  clientErrorDismiss: "st-client-error__dismiss",
});
