// Chat messages (`st.chatMessage`): an avatar beside the message's children. The avatar is the
// app's emoji when it gave one; otherwise an icon for the user and for the assistant, and the
// name's first letter for anyone else. The message is a named group ("user message"), so that a
// screen reader announces who speaks; the avatar itself is decoration.
//
//   <div data-layout="chatMessage" data-name="user" role="group" aria-label="user message"
//        class="st-chat-message st-chat-message--user">
//     <div class="st-chat-message__avatar" aria-hidden="true">(svg | emoji | initial)</div>
//     <div class="st-chat-message__content" data-st-children>…</div>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, svg } from "../dom.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").ChatMessageBlockNode} ChatMessageBlockNode */
/** @typedef {import("../render-context.js").Renderer<ChatMessageBlockNode>} ChatMessageRenderer */

/**
 * What a message's avatar shows: the app's emoji, a drawn icon for the user or the assistant, or
 * an initial.
 * @typedef {{type: "emoji" | "initial", text: string} | {type: "icon", role: "user" | "assistant"}} Avatar
 */

/** Names that mean the user or the assistant, as Streamlit reads them (case-insensitive). */
const ROLES = /** @type {Record<string, "user" | "assistant">} */ ({
  user: "user",
  human: "user",
  assistant: "assistant",
  ai: "assistant",
});

/**
 * Who a name stands for: the user, the assistant, or someone else (`undefined`).
 * @param {string} name
 * @returns {"user" | "assistant" | undefined}
 */
export function chatRole(name) {
  return Object.hasOwn(ROLES, name.trim().toLowerCase()) ? ROLES[name.trim().toLowerCase()] : undefined;
}

/**
 * The avatar of a message. Pure, for tests.
 * @param {string} name
 * @param {string} [avatar] the app's emoji
 * @returns {Avatar}
 */
export function avatarFor(name, avatar) {
  const role = chatRole(name);
  if (avatar !== undefined && avatar.trim() !== "") return { type: "emoji", text: avatar.trim() };
  if (role !== undefined) return { type: "icon", role };
  const first = Array.from(name.trim())[0];
  return { type: "initial", text: first === undefined ? "?" : first.toUpperCase() };
}

/**
 * The accessible name of a message: "user message", "assistant message", "Ada message".
 * @param {string} name
 * @returns {string}
 */
export function messageLabel(name) {
  return name.trim() === "" ? "message" : `${name.trim()} message`;
}

/** @type {ChatMessageRenderer} */
export const chatMessage = {
  create(node, ctx) {
    const avatar = h("div", {
      class: CLASS.chatAvatar,
      [DATA.testId]: TEST_ID.chatAvatar,
      "aria-hidden": "true",
    });
    const content = childrenBox();
    content.classList.add(CLASS.chatContent);
    const root = h("div", { class: CLASS.chatMessage, role: "group" }, [avatar, content]);
    chatMessage.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const role = chatRole(node.name);
    setAttribute(root, DATA.name, node.name);
    setAttribute(root, "aria-label", messageLabel(node.name));
    root.classList.toggle(CLASS.chatMessageUser, role === "user");
    root.classList.toggle(CLASS.chatMessageAssistant, role === "assistant");
    syncAvatar(part(root, `.${CLASS.chatAvatar}`, HTMLDivElement), avatarFor(node.name, node.avatar));
  },
};

/** What each avatar element shows, so that an update redraws it only when it changes. */
const shown = /** @type {WeakMap<Element, string>} */ (new WeakMap());

/**
 * @param {HTMLDivElement} element
 * @param {Avatar} avatar
 */
function syncAvatar(element, avatar) {
  const key = JSON.stringify(avatar);
  if (shown.get(element) === key) return;
  shown.set(element, key);
  setAttribute(element, DATA.avatar, avatar.type);
  if (avatar.type === "icon") element.replaceChildren(icon(avatar.role));
  else element.replaceChildren(avatar.text);
}

/**
 * A drawn head: a person for the user, a robot for the assistant (no emoji font needed).
 * @param {"user" | "assistant"} role
 * @returns {SVGElement}
 */
function icon(role) {
  const shapes = role === "user"
    ? [
      svg("circle", { cx: "12", cy: "8", r: "4.25" }),
      svg("path", { d: "M3.75 21c0-4.4 3.7-7.25 8.25-7.25s8.25 2.85 8.25 7.25z" }),
    ]
    : [
      svg("rect", { x: "11", y: "1.5", width: "2", height: "4", rx: "1" }),
      svg("path", {
        "fill-rule": "evenodd",
        d: "M7 5h10a4 4 0 0 1 4 4v7a4 4 0 0 1-4 4H7a4 4 0 0 1-4-4V9a4 4 0 0 1 4-4zm2 5a1.75 1.75 0 1 0 0 3.5 " +
          "1.75 1.75 0 0 0 0-3.5zm6 0a1.75 1.75 0 1 0 0 3.5 1.75 1.75 0 0 0 0-3.5zm-5 6.25a.75.75 0 0 0 0 " +
          "1.5h4a.75.75 0 0 0 0-1.5z",
      }),
    ];
  return svg("svg", {
    viewBox: "0 0 24 24",
    width: "20",
    height: "20",
    focusable: "false",
    fill: "currentColor",
  }, shapes);
}
