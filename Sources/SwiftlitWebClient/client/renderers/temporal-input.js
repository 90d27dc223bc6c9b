// Date, time and datetime inputs: the browser's native `<input type="date|time|datetime-local">`
// (its calendar and clock, keyboard entry and screen-reader support come for free). A date range is
// two date fields in a group, "<label> (start)" and "<label> (end)". Under the field, a readout writes
// the chosen value in the app's format (the native field follows the browser's locale). Values are
// committed on `change`, which the native inputs fire once a whole value is entered or cleared.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import {
  dateTimeText,
  dateTimeValue,
  dayText,
  dayValue,
  rangeValue,
  timeText,
  timeValue,
} from "../temporal-input.js";
import { valueOfNode } from "../widget-values.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").DateInputNode} DateInputNode */
/** @typedef {import("../protocol.js").TimeInputNode} TimeInputNode */
/** @typedef {import("../protocol.js").DateTimeInputNode} DateTimeInputNode */
/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** The latest node of each root, for the readout and the commit handlers. */
const latest =
  /** @type {WeakMap<HTMLElement, DateInputNode | TimeInputNode | DateTimeInputNode>} */ (new WeakMap());

/** @type {Renderer<DateInputNode>} */
export const dateInput = {
  create(node, ctx) {
    const range = node.range === true;
    const frame = createWidgetFrame(range ? "span" : "label");
    const fields = (range ? ["start", "end"] : [null]).map(() =>
      h("input", { type: "date", class: CLASS.picker })
    );
    if (range) {
      const group = h(
        "div",
        { class: CLASS.dateRange, role: "group", "aria-labelledby": frame.labelId },
        fields,
      );
      frame.root.append(group);
    } else {
      fields[0].id = frame.controlId;
      labelControl(fields[0], frame.labelId);
      frame.root.append(fields[0]);
    }
    frame.root.append(readout());
    for (const field of fields) {
      field.addEventListener("change", () => {
        const current = /** @type {DateInputNode} */ (latest.get(frame.root));
        const value = range ? rangeValue(fields[0].value, fields[1].value) : dayValue(fields[0].value);
        if (range) {
          showDays(fields, /** @type {string[]} */ (value));
          limitEnd(fields, current);
        }
        ctx.commit(current.widget.id, value);
        showReadout(frame.root, value);
      });
    }
    ctx.values.reconcile(node.widget.id, nodeValue(node));
    showDays(fields, node.value);
    latest.set(frame.root, node);
    dateInput.update(frame.root, node, ctx);
    return frame.root;
  },
  // A single date that becomes a range (or back) under the same id is built anew.
  matches(root, node) {
    return fieldsOf(root).length === (node.range === true ? 2 : 1);
  },
  update(root, node, ctx) {
    latest.set(root, node);
    const fields = fieldsOf(root);
    const names = fields.length === 2
      ? [`${node.widget.label} (start)`, `${node.widget.label} (end)`]
      : [null];
    fields.forEach((field, i) => {
      setAttribute(field, "min", node.min);
      setAttribute(field, "max", node.max);
      setAttribute(field, "aria-label", names[i]);
    });
    if (ctx.values.reconcile(node.widget.id, nodeValue(node))) showDays(fields, node.value);
    limitEnd(fields, node);
    showReadout(root, ctx.values.get(node.widget.id) ?? null);
    sync(root, node, fields);
  },
};

/** @type {Renderer<TimeInputNode>} */
export const timeInput = {
  create(node, ctx) {
    return createSingle(node, ctx, "time", timeValue, timeInput);
  },
  update(root, node, ctx) {
    updateSingle(root, node, ctx);
  },
};

/** @type {Renderer<DateTimeInputNode>} */
export const datetimeInput = {
  create(node, ctx) {
    return createSingle(node, ctx, "datetime-local", dateTimeValue, datetimeInput);
  },
  update(root, node, ctx) {
    updateSingle(root, node, ctx);
    const field = part(root, `.${CLASS.picker}`, HTMLInputElement);
    setAttribute(field, "min", node.min);
    setAttribute(field, "max", node.max);
  },
};

/**
 * A time or datetime input: one native field and its readout.
 * @template {TimeInputNode | DateTimeInputNode} N
 * @param {N} node
 * @param {RenderContext} ctx
 * @param {"time" | "datetime-local"} type
 * @param {(input: string) => string | null} toValue
 * @param {Renderer<N>} renderer
 * @returns {HTMLElement}
 */
function createSingle(node, ctx, type, toValue, renderer) {
  const frame = createWidgetFrame();
  const field = h("input", { type, id: frame.controlId, class: CLASS.picker });
  labelControl(field, frame.labelId);
  frame.root.append(field, readout());
  field.addEventListener("change", () => {
    const current = /** @type {N} */ (latest.get(frame.root));
    const value = toValue(field.value);
    ctx.commit(current.widget.id, value);
    showReadout(frame.root, value);
  });
  ctx.values.reconcile(node.widget.id, node.value ?? null);
  field.value = node.value ?? "";
  latest.set(frame.root, node);
  renderer.update(frame.root, node, ctx);
  return frame.root;
}

/**
 * @param {HTMLElement} root
 * @param {TimeInputNode | DateTimeInputNode} node
 * @param {RenderContext} ctx
 */
function updateSingle(root, node, ctx) {
  latest.set(root, node);
  const field = part(root, `.${CLASS.picker}`, HTMLInputElement);
  setAttribute(field, "step", node.step);
  if (ctx.values.reconcile(node.widget.id, node.value ?? null)) field.value = node.value ?? "";
  showReadout(root, ctx.values.get(node.widget.id) ?? null);
  sync(root, node, [field]);
}

/** @returns {HTMLElement} the line under a field that writes its value in the app's format */
function readout() {
  // Hidden from assistive technology: the field itself already speaks its value.
  return h("div", {
    class: CLASS.pickerReadout,
    [DATA.testId]: TEST_ID.pickerReadout,
    "aria-hidden": "true",
  });
}

/**
 * Writes `value` under the field in the format the node asks for.
 * @param {HTMLElement} root
 * @param {WidgetValue | null} value
 */
function showReadout(root, value) {
  const node = latest.get(root);
  if (node === undefined) return;
  const line = part(root, `.${CLASS.pickerReadout}`, HTMLElement);
  const text = typeof value === "string" ? value : null;
  switch (node.kind) {
    case "dateInput": {
      const days = Array.isArray(value) ? value.map(String) : text === null ? [] : [text];
      setText(line, days.map((day) => dayText(day, node.format)).join(" – "));
      break;
    }
    case "timeInput":
      setText(line, timeText(text, node.format ?? "24h"));
      break;
    case "datetimeInput":
      setText(line, dateTimeText(text, node.format));
      break;
  }
}

/**
 * @param {DateInputNode} node
 * @returns {WidgetValue}
 */
function nodeValue(node) {
  return /** @type {WidgetValue} */ (valueOfNode(node));
}

/**
 * @param {HTMLInputElement[]} fields
 * @param {string[]} days
 */
function showDays(fields, days) {
  fields.forEach((field, i) => {
    const day = days[i] ?? "";
    if (field.value !== day) field.value = day;
  });
}

/**
 * The end field's calendar starts at the chosen start (or the node's `min`).
 * @param {HTMLInputElement[]} fields
 * @param {DateInputNode} node
 */
function limitEnd(fields, node) {
  if (fields.length === 2) {
    setAttribute(fields[1], "min", fields[0].value === "" ? node.min : fields[0].value);
  }
}

/**
 * @param {HTMLElement} root
 * @returns {HTMLInputElement[]}
 */
function fieldsOf(root) {
  return [...root.querySelectorAll(`input.${CLASS.picker}`)].map((
    field,
  ) => /** @type {HTMLInputElement} */ (field));
}

/**
 * @param {HTMLElement} root
 * @param {DateInputNode | TimeInputNode | DateTimeInputNode} node
 * @param {HTMLInputElement[]} fields
 */
function sync(root, node, fields) {
  syncWidgetInfo(root, node.widget, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: fields,
  });
}
