// `st.cameraInput`: the webcam's picture, a "Take photo" button that turns the current frame into
// a JPEG (a canvas, then `toBlob`) and uploads it, and, once taken, the photo with "Clear photo".
//
//   <div class="st-element st-widget st-camera">
//     <div class="st-widget__label-row"><span …>Take a picture</span></div>
//     <div role="group" class="st-media-input" aria-labelledby="…">
//       <video class="st-camera__video" muted playsinline></video>
//       <img class="st-camera__preview" alt="The photo taken" hidden>
//       <p class="st-upload__status" role="status">Allow the camera to take a photo</p>
//       <div class="st-media-input__actions"><button>Take photo</button><button>Clear photo</button></div>
//       <ul class="st-upload__files">…progress, refusals…</ul>
//
// The camera starts when the widget first comes into view (the browser asks the user first) and
// stops when the widget leaves the page.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute } from "../dom.js";
import { safeUrl } from "../safe-html.js";
import { keepState, showStatus, stateOf, syncDeviceWidgetInfo, UploadState } from "./upload-state.js";
import { createWidgetFrame, labelControl } from "./widget-frame.js";

/** @typedef {import("../protocol.js").UploadNode} UploadNode */
/** @typedef {import("../render-context.js").Renderer<UploadNode>} UploadRenderer */

/** How often a widget checks that it is still on the page, to let go of the camera. */
const DETACH_CHECK_MS = 1000;

/** @type {UploadRenderer} */
export const cameraInput = {
  create(node, ctx) {
    const frame = createWidgetFrame("span");
    const video = h("video", {
      class: CLASS.cameraVideo,
      [DATA.testId]: TEST_ID.cameraVideo,
      muted: true,
      playsinline: true,
      autoplay: true,
    });
    const preview = h("img", {
      class: CLASS.cameraPreview,
      [DATA.testId]: TEST_ID.cameraPreview,
      alt: "The photo taken",
      hidden: true,
    });
    const status = h("p", { class: CLASS.uploadStatus, role: "status", hidden: true });
    const take = h("button", {
      type: "button",
      class: `${CLASS.button} ${CLASS.buttonPrimary}`,
      [DATA.testId]: TEST_ID.cameraTake,
    }, ["Take photo"]);
    const clear = h("button", { type: "button", class: CLASS.button, [DATA.testId]: TEST_ID.cameraClear }, [
      "Clear photo",
    ]);
    const state = new UploadState(node, ctx);
    keepState(frame.root, state);
    frame.root.classList.add(CLASS.camera);
    // One group, named by the label: the buttons keep their own names ("Take photo").
    const group = h("div", { role: "group", class: CLASS.mediaInput }, [
      video,
      preview,
      status,
      h("div", { class: CLASS.mediaActions }, [take, clear]),
      state.list,
    ]);
    labelControl(group, frame.labelId);
    frame.root.append(group);

    const camera = new Camera(video, status, frame.root);
    /** The object URL of the photo shown, revoked when it goes. @type {string | undefined} */
    let previewUrl;
    state.onChange = () => {
      const hasPhoto = state.files.length > 0;
      if (!hasPhoto && previewUrl !== undefined) {
        URL.revokeObjectURL(previewUrl);
        previewUrl = undefined;
        preview.removeAttribute("src");
      }
      preview.hidden = !hasPhoto || previewUrl === undefined;
      video.hidden = hasPhoto && previewUrl !== undefined;
      syncButtons(frame.root, state);
    };
    take.addEventListener("click", async () => {
      const photo = await camera.snapshot();
      if (photo === undefined) return;
      take.disabled = true;
      const file = await state.upload(photo, "photo.jpg");
      if (file !== undefined) {
        if (previewUrl !== undefined) URL.revokeObjectURL(previewUrl);
        previewUrl = URL.createObjectURL(photo);
        setAttribute(preview, "src", safeUrl(previewUrl)); // an object URL of the bytes just recorded
      }
      state.onChange();
    });
    clear.addEventListener("click", () => state.remove());
    // The camera starts once the widget is in view: one in a closed expander asks for nothing.
    const watcher = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting) || state.node.widget.disabled === true) return;
      watcher.disconnect();
      camera.start();
    });
    watcher.observe(frame.root);
    syncDeviceWidgetInfo(frame.root, node);
    state.render();
    state.onChange();
    return frame.root;
  },
  update(root, node) {
    const state = stateOf(root);
    state.update(node);
    syncDeviceWidgetInfo(root, node);
    syncButtons(root, state);
  },
};

/**
 * @param {HTMLElement} root
 * @param {UploadState} state
 */
function syncButtons(root, state) {
  const disabled = state.node.widget.disabled === true;
  const hasPhoto = state.files.length > 0;
  part(root, `[${DATA.testId}="${TEST_ID.cameraTake}"]`, HTMLButtonElement).disabled = disabled || hasPhoto ||
    state.inFlight.size > 0;
  part(root, `[${DATA.testId}="${TEST_ID.cameraClear}"]`, HTMLButtonElement).disabled = disabled || !hasPhoto;
}

/** The webcam behind one widget. */
class Camera {
  #video;
  #status;
  #root;
  /** @type {MediaStream | undefined} */
  #stream;

  /**
   * @param {HTMLVideoElement} video
   * @param {HTMLElement} status
   * @param {HTMLElement} root
   */
  constructor(video, status, root) {
    this.#video = video;
    this.#status = status;
    this.#root = root;
  }

  /** Asks for the camera and shows it; the reason shows when the browser refuses. */
  async start() {
    if (navigator.mediaDevices?.getUserMedia === undefined) {
      showStatus(
        this.#status,
        "This browser gives no access to a camera here (it needs https or localhost).",
      );
      return;
    }
    showStatus(this.#status, "Allow the camera to take a photo.");
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
      this.#video.srcObject = this.#stream;
      await this.#video.play().catch(() => {});
      showStatus(this.#status, "");
      this.#stopWhenDetached();
    } catch (error) {
      showStatus(
        this.#status,
        `The camera is not available: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  /**
   * The current frame as a JPEG; `undefined` before the camera shows a picture.
   * @returns {Promise<Blob | undefined>}
   */
  async snapshot() {
    const { videoWidth: width, videoHeight: height } = this.#video;
    if (this.#stream === undefined || width === 0 || height === 0) {
      showStatus(this.#status, "The camera shows no picture yet.");
      return undefined;
    }
    const canvas = h("canvas", { width, height });
    canvas.getContext("2d")?.drawImage(this.#video, 0, 0, width, height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.9));
    return blob instanceof Blob ? blob : undefined;
  }

  #stopWhenDetached() {
    const timer = setInterval(() => {
      if (this.#root.isConnected) return;
      clearInterval(timer);
      for (const track of this.#stream?.getTracks() ?? []) track.stop();
      this.#stream = undefined;
    }, DETACH_CHECK_MS);
  }
}
