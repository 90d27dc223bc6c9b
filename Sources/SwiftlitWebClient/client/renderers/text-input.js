// Text input (one line, optionally masked) and text area. Typing reruns the app live: a commit
// happens 300 ms after the last keystroke, and at once on Enter (Ctrl/Cmd+Enter in a text area)
// or when the field loses focus. Inside a form a commit only stores the value (interaction.js),
// and Enter in a text input then submits the form when it has `enterToSubmit`. A rerun never rewrites the field unless the app moved it, so the
// caret, the selection and keystrokes typed since the last commit survive.

import { CLASS } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").TextInputNode} TextInputNode */
/** @typedef {import("../protocol.js").TextAreaNode} TextAreaNode */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/** Quiet time after the last keystroke before the value is sent. */
export const TYPING_DEBOUNCE_MS = 300;

/** Pending live commits, by field. */
const timers = /** @type {WeakMap<HTMLElement, number>} */ (new WeakMap());

/** @type {Renderer<TextInputNode>} */
export const textInput = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const input = h("input", {
      type: "text",
      id: frame.controlId,
      class: CLASS.textInput,
      autocomplete: "off",
    });
    wireField(input, node.widget.id, ctx, (event) => event.key === "Enter", true);
    return finishCreate(frame.root, frame.labelId, input, node, ctx, textInput);
  },
  update(root, node, ctx) {
    const input = part(root, `.${CLASS.textInput}`, HTMLInputElement);
    syncField(root, input, node, ctx);
    setAttribute(input, "type", node.password ? "password" : "text");
  },
};

/** @type {Renderer<TextAreaNode>} */
export const textArea = {
  create(node, ctx) {
    const frame = createWidgetFrame();
    const area = h("textarea", { id: frame.controlId, class: CLASS.textArea });
    wireField(
      area,
      node.widget.id,
      ctx,
      (event) => event.key === "Enter" && (event.ctrlKey || event.metaKey),
      false,
    );
    return finishCreate(frame.root, frame.labelId, area, node, ctx, textArea);
  },
  update(root, node, ctx) {
    const area = part(root, `.${CLASS.textArea}`, HTMLTextAreaElement);
    syncField(root, area, node, ctx);
    area.style.height = node.height === undefined ? "" : `${node.height}px`;
  },
};

/**
 * @template {TextInputNode | TextAreaNode} N
 * @param {HTMLDivElement} root
 * @param {string} labelId
 * @param {HTMLInputElement | HTMLTextAreaElement} field
 * @param {N} node
 * @param {RenderContext} ctx
 * @param {Renderer<N>} renderer
 * @returns {HTMLDivElement}
 */
function finishCreate(root, labelId, field, node, ctx, renderer) {
  labelControl(field, labelId);
  root.append(field);
  ctx.values.reconcile(node.widget.id, node.value ?? null);
  field.value = node.value ?? "";
  renderer.update(root, node, ctx);
  return root;
}

/**
 * @param {HTMLElement} root
 * @param {HTMLInputElement | HTMLTextAreaElement} field
 * @param {TextInputNode | TextAreaNode} node
 * @param {RenderContext} ctx
 */
function syncField(root, field, node, ctx) {
  if (ctx.values.reconcile(node.widget.id, node.value ?? null)) {
    // The app moved the widget: its value replaces whatever is being typed.
    cancelPending(field);
    field.value = node.value ?? "";
  }
  setAttribute(field, "placeholder", node.placeholder);
  setAttribute(field, "maxlength", node.maxChars);
  syncWidgetInfo(root, node.widget, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: [field],
  });
}

/**
 * @param {HTMLInputElement | HTMLTextAreaElement} field
 * @param {string} id
 * @param {RenderContext} ctx
 * @param {(event: KeyboardEvent) => boolean} isSubmitKey
 * @param {boolean} submitsForm whether the submit key also submits an enclosing form
 */
function wireField(field, id, ctx, isSubmitKey, submitsForm) {
  const commitNow = () => {
    cancelPending(field);
    const stored = ctx.values.get(id);
    // An untouched empty field of a widget without a value stays "no value", not "".
    ctx.commit(id, field.value === "" && (stored === null || stored === undefined) ? null : field.value);
  };
  field.addEventListener("input", () => {
    cancelPending(field);
    timers.set(field, setTimeout(commitNow, TYPING_DEBOUNCE_MS));
  });
  // Through HTMLElement: on the union of field types TypeScript loses the KeyboardEvent type.
  /** @type {HTMLElement} */ (field).addEventListener("keydown", (event) => {
    if (!event.isComposing && isSubmitKey(event)) {
      event.preventDefault();
      commitNow();
      if (submitsForm) ctx.submit(id);
    }
  });
  field.addEventListener("blur", commitNow);
}

/** @param {HTMLElement} field */
function cancelPending(field) {
  const timer = timers.get(field);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(field);
}
