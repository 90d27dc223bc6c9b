// Button groups: pills, segmented controls and feedback (thumbs, faces, stars).
//
// One choice: a `radiogroup` of buttons with role `radio` and `aria-checked`, one tab stop (the
// chosen button, else the first) and arrow keys moving between options, as the ARIA radio group
// pattern asks; a click on the chosen option clears it unless the group is required. Several
// choices: a `group` of toggle buttons with `aria-pressed`, each its own tab stop. Feedback is a
// one-choice group whose buttons are named "Thumbs up", "3 stars"… and show a glyph. A click
// commits at once (see button-group-state.js for what a click chooses).

import { afterClick, arrowTarget, FEEDBACK_NAMES, feedbackOrder } from "../button-group-state.js";
import { feedbackIcon } from "./feedback-icons.js";
import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").ButtonGroupNode} ButtonGroupNode */
/** @typedef {import("../protocol.js").FeedbackNode} FeedbackNode */
/** @typedef {import("../protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/**
 * @template {import("../protocol.js").Node} N
 * @typedef {import("../render-context.js").Renderer<N>} Renderer
 */

/**
 * What the buttons of a group stand for, whatever the widget: the option (a label, or a feedback
 * index as text), its visible text, its accessible name when that differs, and the rules.
 * @typedef {object} GroupModel
 * @property {string} id the widget id
 * @property {{option: string, text: string, name: string | null, style: FeedbackNode["style"] | null}[]} buttons
 *   in display order; feedback buttons have a style (their icon) and a name, and no text
 * @property {string[]} options every option, in value order
 * @property {string[]} chosen
 * @property {boolean} multi
 * @property {boolean} required
 * @property {(chosen: string[]) => WidgetValue} toValue the wire value for chosen options
 */

const models = /** @type {WeakMap<HTMLElement, GroupModel>} */ (new WeakMap());
/** The buttons each group shows, to rebuild them only when they change. */
const shownButtons = /** @type {WeakMap<HTMLElement, string>} */ (new WeakMap());

/** @type {Renderer<ButtonGroupNode>} */
export const pills = {
  create(node, ctx) {
    return createGroup(groupModel(node), node.widget, ctx, pills, node);
  },
  matches(root, node) {
    return models.get(root)?.multi === (node.multi === true);
  },
  update(root, node, ctx) {
    updateGroup(root, groupModel(node), node.widget, ctx);
  },
};

/** Segmented controls behave as pills; CSS joins their buttons (by `data-kind`). */
export const segmentedControl = pills;

/** @type {Renderer<FeedbackNode>} */
export const feedback = {
  create(node, ctx) {
    return createGroup(feedbackModel(node), node.widget, ctx, feedback, node);
  },
  update(root, node, ctx) {
    setAttribute(part(root, `.${CLASS.buttonGroup}`, HTMLDivElement), DATA.variant, node.style);
    updateGroup(root, feedbackModel(node), node.widget, ctx);
  },
};

/**
 * @param {ButtonGroupNode} node
 * @returns {GroupModel}
 */
function groupModel(node) {
  const multi = node.multi === true;
  return {
    id: node.widget.id,
    buttons: node.options.map((option) => ({ option, text: option, name: null, style: null })),
    options: node.options,
    chosen: node.value,
    multi,
    required: node.required === true,
    toValue: (chosen) => (multi ? chosen : chosen[0] ?? null),
  };
}

/**
 * @param {FeedbackNode} node
 * @returns {GroupModel}
 */
function feedbackModel(node) {
  const names = FEEDBACK_NAMES[node.style];
  return {
    id: node.widget.id,
    buttons: feedbackOrder(node.style).map((i) => ({
      option: String(i),
      text: "",
      name: names[i],
      style: node.style,
    })),
    options: names.map((_, i) => String(i)),
    chosen: node.value === undefined ? [] : [String(node.value)],
    multi: false,
    required: false,
    toValue: (chosen) => (chosen.length === 0 ? null : Number(chosen[0])),
  };
}

/**
 * @template {ButtonGroupNode | FeedbackNode} N
 * @param {GroupModel} model
 * @param {import("../protocol.js").WidgetInfo} info
 * @param {RenderContext} ctx
 * @param {Renderer<N>} renderer
 * @param {N} node
 * @returns {HTMLElement}
 */
function createGroup(model, info, ctx, renderer, node) {
  const frame = createWidgetFrame("span");
  const group = h("div", { class: CLASS.buttonGroup, role: model.multi ? "group" : "radiogroup" });
  labelControl(group, frame.labelId);
  group.addEventListener("click", (event) => {
    const button = /** @type {Element} */ (event.target).closest(`.${CLASS.groupOption}`);
    const current = models.get(frame.root);
    if (!(button instanceof HTMLButtonElement) || current === undefined || button.disabled) return;
    const option = button.getAttribute(DATA.option) ?? "";
    const chosen = afterClick(chosenOf(group), option, current);
    showChosen(group, chosen, current.multi);
    ctx.commit(current.id, current.toValue(chosen));
  });
  group.addEventListener("keydown", (event) => {
    const current = models.get(frame.root);
    if (current === undefined || current.multi) return;
    const buttons = buttonsOf(group);
    const from = buttons.findIndex((button) => button === document.activeElement);
    const to = from < 0 ? null : arrowTarget(from, event.key, buttons.length);
    if (to === null) return;
    event.preventDefault();
    // As in a native radio group, moving with the arrows also chooses.
    buttons[to].focus();
    buttons[to].click();
  });
  frame.root.append(group);
  ctx.values.reconcile(info.id, model.toValue(model.chosen));
  models.set(frame.root, model);
  renderer.update(frame.root, node, ctx);
  return frame.root;
}

/**
 * @param {HTMLElement} root
 * @param {GroupModel} model
 * @param {import("../protocol.js").WidgetInfo} info
 * @param {RenderContext} ctx
 */
function updateGroup(root, model, info, ctx) {
  models.set(root, model);
  const group = part(root, `.${CLASS.buttonGroup}`, HTMLDivElement);
  const rebuilt = renderButtons(group, model);
  const won = ctx.values.reconcile(info.id, model.toValue(model.chosen));
  if (won || rebuilt) showChosen(group, chosenFromValue(ctx.values.get(info.id)), model.multi);
  syncWidgetInfo(root, info, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: buttonsOf(group),
  });
}

/**
 * (Re)builds the buttons when the options changed.
 * @param {HTMLElement} group
 * @param {GroupModel} model
 * @returns {boolean} whether they were rebuilt
 */
function renderButtons(group, model) {
  const signature = JSON.stringify([model.multi, model.buttons]);
  if (shownButtons.get(group) === signature) return false;
  shownButtons.set(group, signature);
  setAttribute(group, "role", model.multi ? "group" : "radiogroup");
  group.replaceChildren(...model.buttons.map(({ option, text, name, style }) => {
    const glyph = style === null ? text : feedbackIcon(style, Number(option));
    const button = h("button", {
      type: "button",
      class: CLASS.groupOption,
      role: model.multi ? null : "radio",
      "aria-label": name,
      [DATA.option]: option,
      [DATA.testId]: TEST_ID.groupOption,
    }, [glyph]);
    return button;
  }));
  return true;
}

/**
 * @param {HTMLElement} group
 * @returns {HTMLButtonElement[]}
 */
function buttonsOf(group) {
  return [...group.querySelectorAll(`.${CLASS.groupOption}`)].map((
    button,
  ) => /** @type {HTMLButtonElement} */ (button));
}

/**
 * @param {HTMLElement} group
 * @returns {string[]} the options shown as chosen
 */
function chosenOf(group) {
  return buttonsOf(group)
    .filter((button) =>
      button.getAttribute("aria-checked") === "true" || button.getAttribute("aria-pressed") === "true"
    )
    .map((button) => button.getAttribute(DATA.option) ?? "");
}

/**
 * The options a stored wire value stands for.
 * @param {WidgetValue | undefined} value
 * @returns {string[]}
 */
function chosenFromValue(value) {
  if (Array.isArray(value)) return value.map(String);
  return value === null || value === undefined ? [] : [String(value)];
}

/**
 * Marks the chosen buttons; in a one-choice group, only the chosen (else the first) is a tab stop.
 * Stars also fill every star up to the chosen one.
 * @param {HTMLElement} group
 * @param {string[]} chosen
 * @param {boolean} multi
 */
function showChosen(group, chosen, multi) {
  const buttons = buttonsOf(group);
  const stop = buttons.find((button) => chosen.includes(button.getAttribute(DATA.option) ?? "")) ??
    buttons[0];
  const chosenIndex = Number(chosen[0] ?? -1);
  for (const button of buttons) {
    const option = button.getAttribute(DATA.option) ?? "";
    const on = chosen.includes(option);
    setAttribute(button, multi ? "aria-pressed" : "aria-checked", String(on));
    if (!multi) setAttribute(button, "tabindex", button === stop ? 0 : -1);
    // Read by the stars' CSS: a star is lit when at or below the chosen one.
    setAttribute(button, DATA.filled, chosen.length > 0 && Number(option) <= chosenIndex);
  }
}
