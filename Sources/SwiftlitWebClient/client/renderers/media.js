// Media elements: pictures (st.image), players (st.audio, st.video) and PDFs (st.pdf). Their bytes
// come from the media endpoint (`_stcore/media/<id>`, relative to `<base>`) or, for pictures and
// players, from an https address the app named. Players start at `startTime` and stop (or loop)
// at `endTime` (media-playback.js).
//
//   <div data-kind="image" class="st-element st-image" data-width-mode="content">
//     <figure class="st-image__item"><img alt="Sales"><figcaption>Sales</figcaption></figure> …
//   <div data-kind="video" class="st-element st-player"><video controls><track kind="subtitles"> …
//   <div data-kind="pdf" class="st-element st-pdf"><iframe title="PDF document"></iframe></div>

import { CLASS, DATA } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { imageAlt, nativeLoop, playbackAction, safeMediaUrl } from "../media-playback.js";
import { safeUrl } from "../safe-html.js";

/** @typedef {import("../protocol-types.js").ImageNode} ImageNode */
/** @typedef {import("../protocol-types.js").PlayerNode} PlayerNode */
/** @typedef {import("../protocol-types.js").PdfNode} PdfNode */
/** @typedef {import("../protocol-types.js").ImageItem} ImageItem */

/**
 * Sets `src` only when it changed: setting it again reloads the media.
 * @param {HTMLImageElement | HTMLMediaElement | HTMLIFrameElement | HTMLTrackElement} element
 * @param {string} url
 */
function syncSource(element, url) {
  const safe = safeMediaUrl(url);
  if (element.getAttribute("src") !== safe) {
    setAttribute(element, "src", safe === null ? null : safeUrl(safe));
  }
}

/**
 * @param {ImageItem} item
 * @param {number} index
 * @param {number} count
 * @returns {HTMLElement}
 */
function figure(item, index, count) {
  const img = h("img", { class: CLASS.imagePicture, alt: imageAlt(item.caption, index, count) });
  syncSource(img, item.url);
  /** @type {HTMLElement[]} */
  const children = [img];
  if (item.caption) children.push(h("figcaption", { class: CLASS.imageCaption }, [item.caption]));
  return h("figure", { class: CLASS.imageItem }, children);
}

/** @type {import("../render-context.js").Renderer<ImageNode>} */
export const image = {
  create(node, ctx) {
    const root = h("div", { class: `${CLASS.element} ${CLASS.image}` });
    image.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const points = typeof node.width === "number" && node.width > 0;
    setAttribute(root, DATA.widthMode, points ? "points" : (node.widthMode ?? "content"));
    root.style.setProperty("--st-image-width", points ? `${node.width}px` : "");
    const figures = root.querySelectorAll(`.${CLASS.imageItem}`);
    const count = node.images.length;
    const same = figures.length === count;
    if (!same) root.replaceChildren(...node.images.map((item, index) => figure(item, index, count)));
    else {
      node.images.forEach((item, index) => {
        const old = figures[index];
        const img = part(/** @type {HTMLElement} */ (old), "img", HTMLImageElement);
        const caption = old.querySelector("figcaption");
        if ((caption?.textContent ?? undefined) !== (item.caption || undefined)) {
          old.replaceWith(figure(item, index, count));
          return;
        }
        syncSource(img, item.url);
        setAttribute(img, "alt", imageAlt(item.caption, index, count));
      });
    }
  },
};

/**
 * The player's element: `<audio>` or `<video>`.
 * @param {HTMLElement} root
 * @returns {HTMLMediaElement}
 */
function playerOf(root) {
  return part(root, "audio, video", HTMLMediaElement);
}

/** The fields of each player's node, read by its event handlers as the node changes. */
const ranges = new WeakMap();

/**
 * Keeps playback within the node's range: seek to the start once the metadata is known, pause or
 * loop back at the end.
 * @param {HTMLMediaElement} player
 */
function watchRange(player) {
  player.addEventListener("loadedmetadata", () => {
    const range = ranges.get(player);
    if (range?.startTime) player.currentTime = range.startTime;
  });
  const check = (/** @type {boolean} */ ended) => {
    const range = ranges.get(player);
    if (!range) return;
    const action = playbackAction(player.currentTime, range, ended);
    if (action === "pause" && !player.paused) player.pause();
    if (action === "pause" && ended && range.startTime) player.currentTime = range.startTime;
    if (action === "restart") {
      player.currentTime = range.startTime ?? 0;
      void player.play().catch(() => {});
    }
  };
  player.addEventListener("timeupdate", () => check(false));
  player.addEventListener("ended", () => {
    if (!player.loop) check(true);
  });
}

/** The subtitle tracks each video shows, as JSON, to tell when they change. */
const trackKeys = new WeakMap();

/**
 * Subtitle tracks of a video, rebuilt when they change.
 * @param {HTMLMediaElement} player
 * @param {PlayerNode} node
 */
function syncTracks(player, node) {
  const tracks = node.subtitles ?? [];
  const key = JSON.stringify(tracks);
  if (trackKeys.get(player) === key) return;
  trackKeys.set(player, key);
  player.querySelectorAll("track").forEach((track) => track.remove());
  tracks.forEach(
    (/** @type {import("../protocol-types.js").SubtitleTrackInfo} */ info, /** @type {number} */ index) => {
      const track = h("track", { kind: "subtitles", label: info.label });
      syncSource(track, info.url);
      if (index === 0) track.default = true;
      player.append(track);
    },
  );
}

/**
 * @param {"audio" | "video"} tag
 * @returns {import("../render-context.js").Renderer<PlayerNode>}
 */
function playerRenderer(tag) {
  /** @type {import("../render-context.js").Renderer<PlayerNode>} */
  const renderer = {
    create(node, ctx) {
      const player = h(tag, { controls: true, preload: "metadata", class: CLASS.playerMedia });
      if (tag === "video") player.setAttribute("playsinline", "");
      watchRange(player);
      const root = h("div", { class: `${CLASS.element} ${CLASS.player}` }, [player]);
      renderer.update(root, node, ctx);
      return root;
    },
    update(root, node) {
      const player = playerOf(root);
      const previous = ranges.get(player);
      ranges.set(player, { startTime: node.startTime, endTime: node.endTime, loop: node.loop });
      player.loop = nativeLoop(node);
      player.autoplay = node.autoplay === true;
      player.muted = node.muted === true;
      setAttribute(player, "aria-label", tag === "video" ? "Video" : "Audio");
      if (tag === "video") syncTracks(player, node);
      const changed = player.getAttribute("src") !== safeMediaUrl(node.url);
      syncSource(player, node.url);
      // A new start on the same media applies at once.
      if (!changed && previous && previous.startTime !== node.startTime && player.readyState > 0) {
        player.currentTime = node.startTime ?? 0;
      }
    },
  };
  return renderer;
}

export const audio = playerRenderer("audio");
export const video = playerRenderer("video");

/** @type {import("../render-context.js").Renderer<PdfNode>} */
export const pdf = {
  create(node, ctx) {
    const frame = h("iframe", { class: CLASS.pdfFrame, title: "PDF document" });
    const root = h("div", { class: `${CLASS.element} ${CLASS.pdf}` }, [frame]);
    pdf.update(root, node, ctx);
    return root;
  },
  update(root, node) {
    const frame = part(root, "iframe", HTMLIFrameElement);
    frame.style.height = `${node.height}px`;
    syncSource(frame, node.url);
  },
};
