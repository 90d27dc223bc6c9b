// The widget values the browser holds: the last value each widget committed (sent to the server)
// or was told by the server. They travel in every `rerun` and in `hello` after a reconnect.
//
// Reconciling with the server (docs/protocol.md, "Nodes"): a widget node carries the value the
// server wants shown. When it differs from ours, the node wins: the app moved the widget. When it
// is equal, the DOM is left alone, because the user may have typed past the last value we sent and
// rewriting the input would lose those keystrokes, the caret and the focus.
//
// Forms: a value committed inside a form waits ("staged") until the form is submitted. It is what
// the widget shows (`get`), but not what reruns send (`snapshot`) nor what a node is compared with
// (`reconcile`), so that another widget's rerun neither submits nor undoes the user's form edits.

/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("./protocol.js").WidgetValues} WidgetValuesSnapshot */
/** @typedef {import("./protocol.js").Node} Node */

/**
 * The value a widget node asks to show, in the form the wire's `widgets` map uses.
 * @param {Node} node
 * @returns {WidgetValue | undefined} `undefined` for nodes that hold no value (buttons, displays)
 */
export function valueOfNode(node) {
  switch (node.kind) {
    case "checkbox":
    case "toggle":
      return node.value;
    case "textInput":
    case "textArea":
    case "numberInput":
    case "selectbox":
    case "radio":
      return node.value ?? null;
    case "slider":
      // The node always carries an array; the value is a number unless it is a range.
      return node.value.length === 1 ? node.value[0] : [...node.value];
    case "multiselect":
      return [...node.value];
    case "timeInput":
    case "datetimeInput":
      return node.value ?? null;
    case "colorPicker":
      return node.value;
    case "feedback":
      return node.value ?? null;
    case "dateInput":
      return node.range === true ? [...node.value] : node.value[0] ?? null;
    case "selectSlider":
      return node.value.length === 1 ? node.value[0] : [...node.value];
    case "pills":
    case "segmentedControl":
      return node.multi === true ? [...node.value] : node.value[0] ?? null;
    case "fileUploader":
    case "cameraInput":
    case "audioInput":
      return node.files.map((file) => file.id);
    default:
      return undefined;
  }
}

/**
 * Structural equality of two widget values.
 * @param {WidgetValue | undefined} a
 * @param {WidgetValue | undefined} b
 * @returns {boolean}
 */
export function valuesEqual(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/**
 * Whether a node's value replaces the stored one (and is written into the DOM).
 * @param {WidgetValue | undefined} stored `undefined` when the widget is new to the browser
 * @param {WidgetValue} fromNode
 * @returns {boolean}
 */
export function nodeWins(stored, fromNode) {
  return stored === undefined || !valuesEqual(stored, fromNode);
}

/** The browser's widget values, by widget id. */
export class WidgetValues {
  /** @type {Map<string, WidgetValue>} */
  #values = new Map();
  /** Values waiting for their form's submit: widget id → form id and value. */
  /** @type {Map<string, {form: string, value: WidgetValue}>} */
  #staged = new Map();

  /**
   * The value the widget shows: a staged one if any, else the last one sent or received.
   * @param {string} id
   * @returns {WidgetValue | undefined}
   */
  get(id) {
    const staged = this.#staged.get(id);
    return staged === undefined ? this.#values.get(id) : staged.value;
  }

  /**
   * Stores a value the user committed (it goes with the next rerun).
   * @param {string} id
   * @param {WidgetValue} value
   */
  set(id, value) {
    this.#staged.delete(id);
    this.#values.set(id, value);
  }

  /**
   * Stores a value committed inside a form: it waits for {@link submitForm}.
   * @param {string} id
   * @param {string} form the form's id
   * @param {WidgetValue} value
   */
  stage(id, form, value) {
    this.#staged.set(id, { form, value });
  }

  /**
   * Makes a form's staged values part of the next rerun.
   * @param {string} form
   * @returns {number} how many values were staged
   */
  submitForm(form) {
    let count = 0;
    for (const [id, staged] of [...this.#staged]) {
      if (staged.form !== form) continue;
      this.set(id, staged.value);
      count += 1;
    }
    return count;
  }

  /**
   * Takes in the value a widget node carries. It is compared with the value last sent, not with a
   * staged one: a form's unsent edit stays unless the app moved the widget.
   * @param {string} id
   * @param {WidgetValue} fromNode
   * @returns {boolean} `true` when the node won and the DOM must show its value
   */
  reconcile(id, fromNode) {
    if (!nodeWins(this.#values.get(id), fromNode)) return false;
    this.set(id, fromNode);
    return true;
  }

  /**
   * Every value, as sent in `hello` and `rerun`.
   * @returns {WidgetValuesSnapshot}
   */
  snapshot() {
    return Object.fromEntries(this.#values);
  }

  /**
   * Forgets widgets that are no longer on the page, after a run that completed or failed.
   * @param {Set<string>} keep the ids of the widgets on the page
   */
  prune(keep) {
    for (const id of [...this.#values.keys()]) if (!keep.has(id)) this.#values.delete(id);
    for (const id of [...this.#staged.keys()]) if (!keep.has(id)) this.#staged.delete(id);
  }

  /** @returns {number} */
  get size() {
    return this.#values.size;
  }
}
