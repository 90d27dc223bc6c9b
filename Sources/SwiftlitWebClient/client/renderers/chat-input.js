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
// With `acceptFile`, an attach button (a real file input, named "Attach files") sits before the
// field: chosen files are uploaded at once (the upload route, as st.fileUploader's) and listed above
// the box, each with a remove button; the message then sends `[text, fileId…]` (chat-attachments.js),
// and can be files alone. Sending waits for uploads in flight.
//
// Where it sits decides how it looks (chat.css): a direct child of the main area is pinned to the
// bottom of the window, across the main column; anywhere else it is an ordinary inline widget.

import { attachLabel, canSendMessage, chatMessageValue, filesToUpload } from "../chat-attachments.js";
import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, svg } from "../dom.js";
import { deletePath, refusalOf, uploadPath } from "../upload-files.js";
import { releaseUpload, sendUpload } from "../upload-request.js";
import { fileRow } from "./upload-file-row.js";
import { createWidgetFrame, labelControl, syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").ChatInputNode} ChatInputNode */
/** @typedef {import("../render-context.js").Renderer<ChatInputNode>} ChatInputRenderer */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */
/** @typedef {import("../protocol.js").UploadedFileInfo} UploadedFileInfo */

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
    const attachments = new Attachments(node, ctx, () => syncSendButton(field, send));
    attachmentsOf.set(frame.root, attachments);
    frame.root.classList.add(CLASS.chatInput);
    frame.root.append(
      attachments.list,
      h("div", { class: CLASS.chatInputBox }, [attachments.button, attachments.input, field, send]),
    );

    const submitNow = () => {
      const text = chatSubmission(field.value, field.maxLength >= 0 ? field.maxLength : undefined) ?? "";
      if (field.disabled || !canSendMessage(text, attachments.files.length, attachments.uploading)) return;
      ctx.trigger(id, chatMessageValue(text, attachments.files.map((file) => file.id)));
      attachments.sent();
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
    attachmentsOf.get(root)?.update(node);
    syncSendButton(field, part(root, `.${CLASS.chatSend}`, HTMLButtonElement));
  },
};

/** Each chat input's attachments. @type {WeakMap<Element, Attachments>} */
const attachmentsOf = new WeakMap();

/** The files a chat input carries with its next message: chosen, uploaded, listed, removable. */
class Attachments {
  /** @type {UploadedFileInfo[]} */
  files = [];
  /** Uploads in flight. */
  uploading = 0;
  /** @type {string[]} */
  errors = [];
  #node;
  #ctx;
  #changed;
  button;
  input;
  list;

  /**
   * @param {ChatInputNode} node
   * @param {RenderContext} ctx
   * @param {() => void} changed called when what can be sent changes
   */
  constructor(node, ctx, changed) {
    this.#node = node;
    this.#ctx = ctx;
    this.#changed = changed;
    this.input = h("input", {
      type: "file",
      class: `${CLASS.chatAttachInput} ${CLASS.visuallyHidden}`,
      [DATA.testId]: TEST_ID.chatAttachInput,
      tabindex: -1,
      "aria-hidden": "true",
    });
    this.button = h("button", {
      type: "button",
      class: CLASS.chatAttach,
      [DATA.testId]: TEST_ID.chatAttach,
    }, [paperclipIcon()]);
    this.list = h("ul", {
      class: CLASS.chatAttachments,
      [DATA.testId]: TEST_ID.chatAttachments,
      "aria-live": "polite",
    });
    this.button.addEventListener("click", () => this.input.click());
    this.input.addEventListener("change", () => {
      const chosen = filesToUpload([...(this.input.files ?? [])], this.#node.acceptFile ?? "single");
      this.input.value = ""; // choosing the same file again is a new upload
      if (this.#node.acceptFile === "single") this.removeAll();
      for (const file of chosen) void this.#upload(file);
    });
    this.update(node);
  }

  /** @param {ChatInputNode} node */
  update(node) {
    this.#node = node;
    const accepts = node.acceptFile !== undefined;
    this.button.hidden = !accepts;
    if (accepts) {
      const label = attachLabel(node.acceptFile ?? "single");
      setAttribute(this.button, "aria-label", label);
      setAttribute(this.button, "title", label);
    }
    this.button.disabled = node.widget.disabled === true;
    setAttribute(this.input, "accept", node.accept?.join(","));
    this.input.multiple = node.acceptFile === "multiple" || node.acceptFile === "directory";
    this.input.toggleAttribute("webkitdirectory", node.acceptFile === "directory");
    if (!accepts && this.files.length > 0) this.removeAll();
    this.render();
  }

  /**
   * @param {File} file
   */
  async #upload(file) {
    const node = this.#node;
    const refusal = refusalOf({ accept: node.accept, maxUploadSize: node.maxUploadSize ?? Infinity }, file);
    const session = this.#ctx.sessionId();
    const token = this.#ctx.uploadToken();
    if (refusal !== undefined || session === undefined || token === undefined) {
      this.errors.push(refusal ?? "not connected to the server yet; try again in a moment");
      this.render();
      return;
    }
    this.errors = [];
    this.uploading += 1;
    this.render();
    try {
      const uploaded = await sendUpload({
        url: uploadPath(session, node.widget.id, file.name),
        token,
        body: file,
        onProgress: () => {},
      }).done;
      this.files = node.acceptFile === "single" ? [uploaded] : [...this.files, uploaded];
    } catch (error) {
      this.errors.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.uploading -= 1;
      this.render();
    }
  }

  /**
   * Removes a file before sending: the server releases it now.
   * @param {UploadedFileInfo} file
   */
  remove(file) {
    this.files = this.files.filter((kept) => kept.id !== file.id);
    const session = this.#ctx.sessionId();
    const token = this.#ctx.uploadToken();
    if (session !== undefined && token !== undefined) {
      releaseUpload(deletePath(session, this.#node.widget.id, file.id), token);
    }
    this.render();
  }

  removeAll() {
    for (const file of [...this.files]) this.remove(file);
  }

  /** The message went with its files: the server releases them once it read them. */
  sent() {
    this.files = [];
    this.errors = [];
    this.render();
  }

  render() {
    const disabled = this.#node.widget.disabled === true;
    const rows = [
      ...this.files.map((file) => fileRow(file, disabled, () => this.remove(file))),
      ...(this.uploading > 0
        ? [h("li", { class: CLASS.uploadFile, role: "status" }, [`Uploading ${this.uploading} file(s)…`])]
        : []),
      ...this.errors.map((message) =>
        h("li", { class: CLASS.uploadError, role: "alert", [DATA.testId]: TEST_ID.uploadError }, [message])
      ),
    ];
    this.list.replaceChildren(...rows);
    this.list.hidden = rows.length === 0;
    this.#changed();
  }
}

/**
 * The send button works when there is something to send (text or files) and no upload is in flight.
 * @param {HTMLTextAreaElement} field
 * @param {HTMLButtonElement} send
 */
function syncSendButton(field, send) {
  const attachments = attachmentsOf.get(field.closest(`.${CLASS.chatInput}`) ?? field);
  const sendable = canSendMessage(field.value, attachments?.files.length ?? 0, attachments?.uploading ?? 0);
  const disabled = field.disabled || !sendable;
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

/** @returns {SVGElement} a paper clip */
function paperclipIcon() {
  return svg("svg", {
    viewBox: "0 0 24 24",
    width: "18",
    height: "18",
    "aria-hidden": "true",
    focusable: "false",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "2",
    "stroke-linecap": "round",
  }, [
    svg("path", {
      d: "M21 11.5 12.5 20a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L10.2 17.7a1.7 1.7 0 0 1-2.4-2.4L15.5 7.6",
    }),
  ]);
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
