// Turns what the user does into `rerun` messages: the render context handed to renderers. A
// renderer only says "this widget committed this value" or "this button was clicked"; where the
// widget sits decides the rest (widget-scope.js):
//
//   commit  ── in a form? ──yes──▶ stage the value (nothing is sent)
//              │ no
//              ▼
//           rerun {widgets, fragment?}              fragment: the nearest fragment around it
//   trigger ─▶ rerun {widgets, trigger, fragment?}  a submit button first adds its form's values;
//                                                    a chat input adds its message under its id
//   submit  ─▶ (Enter in a form with enterToSubmit) as if its submit button were clicked

import { findWidget, isSubmitButton, scopeOf, submitButtonIn } from "./widget-scope.js";
import { valuesEqual } from "./widget-values.js";

/** @typedef {import("./protocol.js").RerunMessage} RerunMessage */
/** @typedef {import("./protocol.js").WidgetValue} WidgetValue */
/** @typedef {import("./protocol-elements.js").PageConfigNode} PageConfigNode */
/** @typedef {import("./render-context.js").RenderContext} RenderContext */
/** @typedef {import("./tree.js").Tree} Tree */
/** @typedef {import("./widget-scope.js").WidgetScope} WidgetScope */
/** @typedef {import("./widget-values.js").WidgetValues} WidgetValues */

/**
 * @typedef {object} InteractionDeps
 * @property {WidgetValues} values
 * @property {Tree} tree the page as data, kept in step with the DOM by main.js
 * @property {(message: RerunMessage) => void} send
 * @property {() => string | undefined} [sessionId] the session's id, once the server sent it
 * @property {() => string | undefined} [uploadToken] the session's upload token, once the server sent it
 * @property {(node: PageConfigNode) => void} configurePage
 * @property {(root: Element) => void} highlightCode
 * @property {() => void} [stopStreams] the user pressed Stop: tell the server
 */

/**
 * @param {InteractionDeps} deps
 * @returns {RenderContext}
 */
export function createRenderContext(deps) {
  const { values, tree } = deps;

  /**
   * @param {string | undefined} trigger
   * @param {WidgetScope} scope
   * @param {WidgetValue} [sent] sent under `trigger` in this rerun only, never stored (a chat message)
   */
  const rerun = (trigger, scope, sent) => {
    /** @type {RerunMessage} */
    const message = { type: "rerun", widgets: values.snapshot() };
    if (trigger !== undefined && sent !== undefined) message.widgets[trigger] = sent;
    if (trigger !== undefined) message.trigger = trigger;
    if (scope.fragment !== undefined) message.fragment = scope.fragment;
    deps.send(message);
  };

  /**
   * @param {string} id
   * @returns {{place: import("./widget-scope.js").WidgetPlace | undefined, scope: WidgetScope}}
   */
  const locate = (id) => {
    const place = findWidget(tree, id);
    return { place, scope: scopeOf(place?.ancestors.map((ancestor) => ancestor.node) ?? []) };
  };

  return {
    values,
    commit(id, value) {
      const { scope } = locate(id);
      if (scope.form !== undefined) {
        values.stage(id, scope.form.id, value);
        return;
      }
      if (valuesEqual(values.get(id), value)) return;
      values.set(id, value);
      rerun(undefined, scope);
    },
    trigger(id, sent) {
      const { place, scope } = locate(id);
      if (place !== undefined && scope.form !== undefined && isSubmitButton(place.node)) {
        values.submitForm(scope.form.id);
      }
      rerun(id, scope, sent);
    },
    submit(id) {
      const { place, scope } = locate(id);
      const form = scope.form;
      if (place === undefined || form === undefined || !form.enterToSubmit) return;
      const formNode = place.ancestors.findLast((ancestor) => ancestor.node === form);
      const button = formNode === undefined ? undefined : submitButtonIn(formNode);
      if (button?.widget.disabled === true) return;
      values.submitForm(form.id);
      // A form without a submit button (the app forgot it) still sends its values.
      rerun(button?.widget.id, scope);
    },
    sessionId: deps.sessionId ?? (() => undefined),
    uploadToken: deps.uploadToken ?? (() => undefined),
    configurePage: deps.configurePage,
    highlightCode: deps.highlightCode,
    stopStreams: deps.stopStreams ?? (() => {}),
  };
}
