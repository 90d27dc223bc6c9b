// The chat message box (`st.chatInput`). It holds no value: Enter (or the send button) sends the
// text once, as a rerun with the box as `trigger` and the text under its id (interaction.js), then
// empties the box and keeps the focus in it. Shift+Enter starts a new line; the box grows with its
// text up to a few lines, then scrolls. Whitespace alone is not sent.
//
//   <div class="st-element st-widget st-chat-input" data-label-visibility="collapsed">
//     <div class="st-widget__label-row"><label …>Say something</label></div>
//     <div class="st-chat-input__box">
//       <textarea class="st-chat-input__field" rows="1" aria-labelledby="…"></textarea>
//       <button class="st-chat-input__send" aria-label="Send">(arrow)</button>
//
// Where it sits decides how it looks (chat.css): a direct child of the main area is pinned to the
// bottom of the window, across the main column; anywhere else it is an ordinary inline widget.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, svg } from "../dom.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").ChatInputNode} ChatInputNode */
/** @typedef {import("../render-context.js").Renderer<ChatInputNode>} ChatInputRenderer */

/**
 * What a submission sends: `undefined` when there is nothing to send (empty, or only whitespace),
 * else the text as typed, cut to `maxChars` characters (code points) if it is longer. Pure, for tests.
 * @param {string} text
 * @param {number} [maxChars]
 * @returns {string | undefined}
 */
export function chatSubmission(text, maxChars) {
  const chars = Array.from(text);
  const kept = maxChars === undefined || chars.length <= maxChars ? text : chars.slice(0, maxChars).join("");
  return kept.trim() === "" ? undefined : kept;
}

/**
 * Whether a key press in the box sends the message: Enter without Shift, outside an IME composition.
 * @param {{key: string, shiftKey: boolean, isComposing: boolean}} event
 * @returns {boolean}
 */
export function isSendKey(event) {
  return event.key === "Enter" && !event.shiftKey && !event.isComposing;
}

/** @type {ChatInputRenderer} */
export const chatInput = {
  create(node, ctx) {
    const id = node.widget.id; // patch.js only updates in place for the same id
    const frame = createWidgetFrame();
    const field = h("textarea", {
      id: frame.controlId,
      class: CLASS.chatInputField,
      [DATA.testId]: TEST_ID.chatInputField,
      rows: 1,
      enterkeyhint: "send",
    });
    labelControl(field, frame.labelId);
    const send = h("button", {
      type: "button",
      class: CLASS.chatSend,
      [DATA.testId]: TEST_ID.chatSend,
      "aria-label": "Send",
      title: "Send",
    }, [sendIcon()]);
    frame.root.classList.add(CLASS.chatInput);
    frame.root.append(h("div", { class: CLASS.chatInputBox }, [field, send]));

    const submitNow = () => {
      const text = chatSubmission(field.value, field.maxLength >= 0 ? field.maxLength : undefined);
      if (text === undefined || field.disabled) return;
      ctx.trigger(id, text);
      field.value = "";
      fitToText(field);
      syncSendButton(field, send);
    };
    field.addEventListener("keydown", (event) => {
      if (!isSendKey(event)) return;
      event.preventDefault(); // Enter sends; it never adds a line
      submitNow();
    });
    field.addEventListener("input", () => {
      fitToText(field);
      syncSendButton(field, send);
    });
    send.addEventListener("click", () => {
      submitNow();
      field.focus(); // the next message is typed at once, as after Enter
    });
    chatInput.update(frame.root, node, ctx);
    return frame.root;
  },
  update(root, node) {
    const field = part(root, `.${CLASS.chatInputField}`, HTMLTextAreaElement);
    setAttribute(field, "placeholder", node.placeholder);
    setAttribute(field, "maxlength", node.maxChars);
    syncWidgetInfo(root, node.widget, {
      label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
      helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
      controls: [field],
    });
    syncSendButton(field, part(root, `.${CLASS.chatSend}`, HTMLButtonElement));
  },
};

/**
 * The send button works when there is something to send.
 * @param {HTMLTextAreaElement} field
 * @param {HTMLButtonElement} send
 */
function syncSendButton(field, send) {
  const disabled = field.disabled || field.value.trim() === "";
  if (send.disabled !== disabled) send.disabled = disabled;
}

/**
 * Grows (or shrinks) the box to its text; CSS caps the height, past which it scrolls.
 * @param {HTMLTextAreaElement} field
 */
function fitToText(field) {
  field.style.height = "auto";
  // The field has no border (its box draws it), so its scroll height is its whole height.
  if (field.scrollHeight > 0) field.style.height = `${field.scrollHeight}px`;
}

/** @returns {SVGElement} a paper plane pointing right */
function sendIcon() {
  return svg("svg", {
    viewBox: "0 0 24 24",
    width: "18",
    height: "18",
    "aria-hidden": "true",
    focusable: "false",
    fill: "currentColor",
  }, [
    svg("path", {
      d: "M3.4 20.4 21.85 12.5a.55.55 0 0 0 0-1L3.4 3.6a.5.5 0 0 0-.7.6L5 11l9 1-9 1-2.3 6.8a.5.5 0 0 0 .7.6z",
    }),
  ]);
}
