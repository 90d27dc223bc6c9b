// Chat messages (`st.chatMessage`): an avatar beside the message's children. The avatar is the
// one the app gave (an emoji, a Material icon or an image); otherwise, as in Streamlit, a Material
// icon in a coloured square for the user (`face`) and the assistant (`smart_toy`), and the name's
// first letter for anyone else. The message is a named group ("user message"), so that a screen
// reader announces who speaks; the avatar itself is decoration (hidden, an image without alt text).
//
//   <div data-layout="chatMessage" data-name="user" role="group" aria-label="user message"
//        class="st-chat-message st-chat-message--user">
//     <div class="st-chat-message__avatar" data-avatar="icon" aria-hidden="true">(icon | emoji | img | initial)</div>
//     <div class="st-chat-message__content" data-st-children>…</div>

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { safeMediaUrl } from "../media-playback.js";
import { safeImageUrl } from "../safe-html.js";
import { iconContent } from "./icon.js";
import { childrenBox } from "./layout.js";

/** @typedef {import("../protocol-elements.js").ChatMessageBlockNode} ChatMessageBlockNode */
/** @typedef {import("../protocol-types.js").AvatarInfo} AvatarInfo */
/** @typedef {import("../render-context.js").Renderer<ChatMessageBlockNode>} ChatMessageRenderer */

/**
 * What a message's avatar shows: an emoji or an initial as text, a Material icon by name (`preset`:
 * the user's or the assistant's default, drawn in its colour), or an image by URL.
 * @typedef {{type: "emoji" | "initial" | "icon" | "preset" | "image", text: string}} Avatar
 */

/** Streamlit's default avatars: Material icons for the user and the assistant. */
const DEFAULT_ICONS = { user: "face", assistant: "smart_toy" };

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
 * The avatar of a message: the app's own, else the name's default. Pure, for tests.
 * @param {string} name
 * @param {AvatarInfo} [avatar] the app's avatar, as the server checked it
 * @returns {Avatar}
 */
export function avatarFor(name, avatar) {
  if (avatar !== undefined && avatar.value.trim() !== "") {
    const text = avatar.value.trim();
    if (avatar.type === "image") {
      const url = safeMediaUrl(text);
      if (url !== null) return { type: "image", text: url };
    } else if (avatar.type === "icon") {
      if (/^[a-z0-9_]{1,64}$/.test(text)) return { type: "icon", text };
    } else {
      return { type: "emoji", text };
    }
  }
  const role = chatRole(name);
  if (role !== undefined) return { type: "preset", text: DEFAULT_ICONS[role] };
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
  switch (avatar.type) {
    case "icon":
    case "preset":
      element.replaceChildren(iconContent(`:material/${avatar.text}:`));
      break;
    case "image":
      // Decoration: the message's label says who speaks, so the image has no alternative text.
      element.replaceChildren(h("img", { src: safeImageUrl(avatar.text), alt: "", draggable: "false" }));
      break;
    default:
      element.replaceChildren(avatar.text);
  }
}
