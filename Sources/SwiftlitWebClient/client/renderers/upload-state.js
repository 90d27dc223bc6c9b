// What the three upload widgets share (file-uploader.js, camera-input.js, audio-input.js): the
// files a widget holds, the uploads in flight with their progress, the refusals to show, and the
// list that shows them. One UploadState per widget root, kept in a WeakMap.
//
//   <ul class="st-upload__files">
//     <li class="st-upload__file">data.csv <span>12 KB</span> <button aria-label="Remove data.csv">×</button></li>
//     <li class="st-upload__file">big.bin <div role="progressbar" aria-valuenow="40">…</div></li>
//     <li class="st-upload__error" role="alert">x.exe is not an accepted type (.csv)</li>
//   </ul>
//
// The value the widget commits is the ids of the files it holds, once their upload finished; the
// node the server sends back names them with what the server recorded (name, size, type).

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { deletePath, refusalOf, uploadPath, valueAfterUpload } from "../upload-files.js";
import { releaseUpload, sendUpload } from "../upload-request.js";
import { fileRow } from "./upload-file-row.js";
import { syncWidgetInfo } from "./widget-frame.js";

/** @typedef {import("../protocol.js").UploadNode} UploadNode */
/** @typedef {import("../protocol.js").UploadedFileInfo} UploadedFileInfo */
/** @typedef {import("../render-context.js").RenderContext} RenderContext */

/**
 * @typedef {object} InFlight
 * @property {string} name
 * @property {number | undefined} fraction
 * @property {() => void} abort
 */

/** One widget's files, uploads and refusals. */
export class UploadState {
  /** @type {UploadedFileInfo[]} */
  files = [];
  /** @type {Map<number, InFlight>} */
  inFlight = new Map();
  /** @type {string[]} */
  errors = [];
  /** @type {UploadNode} */
  node;
  #ctx;
  #list;
  #nextUpload = 0;
  /** Called after the files change (the camera shows or hides its preview). */
  onChange = () => {};

  /**
   * @param {UploadNode} node
   * @param {RenderContext} ctx
   */
  constructor(node, ctx) {
    this.node = node;
    this.#ctx = ctx;
    this.#list = h("ul", { class: CLASS.uploadFiles, "aria-live": "polite" });
    this.files = [...node.files];
    ctx.values.reconcile(node.widget.id, node.files.map((file) => file.id));
  }

  /** The list element, to place in the widget. */
  get list() {
    return this.#list;
  }

  /**
   * Takes in a newer node: when the app changed the files (cleared them), the node wins.
   * @param {UploadNode} node
   */
  update(node) {
    this.node = node;
    const ids = node.files.map((file) => file.id);
    if (this.#ctx.values.reconcile(node.widget.id, ids)) {
      this.files = [...node.files];
      this.onChange();
    } else {
      // Same files: take the server's record of them (its names and types).
      const byId = new Map(node.files.map((file) => [file.id, file]));
      this.files = this.files.map((file) => byId.get(file.id) ?? file);
    }
    this.render();
  }

  /**
   * Uploads a file; it joins the widget's value when the server stored it. A file the widget
   * would refuse is not sent: its refusal shows instead.
   * @param {Blob} body
   * @param {string} name
   * @returns {Promise<UploadedFileInfo | undefined>}
   */
  async upload(body, name) {
    const refusal = refusalOf(this.node, { name, type: body.type, size: body.size });
    const session = this.#ctx.sessionId();
    const token = this.#ctx.uploadToken();
    if (refusal !== undefined || session === undefined || token === undefined) {
      this.errors.push(refusal ?? "not connected to the server yet; try again in a moment");
      this.render();
      return undefined;
    }
    if (this.node.multiple !== true) this.errors = [];
    const key = this.#nextUpload++;
    const request = sendUpload({
      url: uploadPath(session, this.node.widget.id, name),
      token,
      body,
      onProgress: (fraction) => {
        const flight = this.inFlight.get(key);
        if (flight === undefined) return;
        flight.fraction = fraction;
        this.#showProgress(key, fraction);
      },
    });
    this.inFlight.set(key, { name, fraction: 0, abort: request.abort });
    this.render();
    try {
      const file = await request.done;
      this.inFlight.delete(key);
      const ids = valueAfterUpload(this.files.map((f) => f.id), file.id, this.node.multiple === true);
      this.files = ids.map((id) => id === file.id ? file : this.files.find((f) => f.id === id) ?? file);
      this.#ctx.commit(this.node.widget.id, ids);
      this.onChange();
      return file;
    } catch (error) {
      this.inFlight.delete(key);
      this.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      this.render();
    }
  }

  /**
   * Removes one file (its remove button), or every file when `id` is undefined ("Clear photo").
   * @param {string} [id]
   */
  remove(id) {
    const removed = this.files.filter((file) => id === undefined || file.id === id);
    this.files = this.files.filter((file) => !removed.includes(file));
    this.errors = [];
    const widget = this.node.widget.id;
    const sent = this.#ctx.values.snapshot()[widget];
    this.#ctx.commit(widget, this.files.map((file) => file.id));
    // A file the server never saw in a value is released now; the others go when it reads the value.
    const session = this.#ctx.sessionId();
    const token = this.#ctx.uploadToken();
    for (const file of removed) {
      const known = Array.isArray(sent) && sent.includes(file.id);
      if (!known && session !== undefined && token !== undefined) {
        releaseUpload(deletePath(session, widget, file.id), token);
      }
    }
    this.onChange();
    this.render();
  }

  /** Cancels every upload in flight. */
  cancelAll() {
    for (const flight of this.inFlight.values()) flight.abort();
  }

  /** Redraws the list: finished files, uploads in flight, refusals. */
  render() {
    const disabled = this.node.widget.disabled === true;
    const rows = [
      ...this.files.map((file) => fileRow(file, disabled, () => this.remove(file.id))),
      ...[...this.inFlight.entries()].map(([key, flight]) => progressRow(key, flight)),
      ...this.errors.map((message) =>
        h("li", { class: CLASS.uploadError, role: "alert", [DATA.testId]: TEST_ID.uploadError }, [message])
      ),
    ];
    this.#list.replaceChildren(...rows);
    this.#list.hidden = rows.length === 0;
  }

  /**
   * Moves one progress bar without redrawing the list (progress events come many times a second).
   * @param {number} key
   * @param {number | undefined} fraction
   */
  #showProgress(key, fraction) {
    const bar = this.#list.querySelector(`[data-upload="${key}"]`);
    if (bar instanceof HTMLElement) syncProgress(bar, fraction);
  }
}

/**
 * @param {number} key
 * @param {InFlight} flight
 * @returns {HTMLLIElement}
 */
function progressRow(key, flight) {
  const bar = h("div", { class: CLASS.uploadProgressBar });
  const track = h("div", {
    class: CLASS.uploadProgress,
    role: "progressbar",
    "aria-label": `Uploading ${flight.name}`,
    "aria-valuemin": 0,
    "aria-valuemax": 100,
    [DATA.testId]: TEST_ID.uploadProgress,
    "data-upload": key,
  }, [bar]);
  syncProgress(track, flight.fraction);
  return h("li", { class: CLASS.uploadFile }, [
    h("span", { class: CLASS.uploadFileName }, [flight.name]),
    track,
  ]);
}

/**
 * @param {HTMLElement} track
 * @param {number | undefined} fraction `undefined` while the total is unknown (indeterminate)
 */
function syncProgress(track, fraction) {
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
  setAttribute(track, "aria-valuenow", percent);
  const bar = track.firstElementChild;
  if (bar instanceof HTMLElement) bar.style.width = percent === undefined ? "100%" : `${percent}%`;
}

/** The state of each upload widget root. @type {WeakMap<Element, UploadState>} */
const states = new WeakMap();

/**
 * The state of a widget root that `create` made.
 * @param {Element} root
 * @returns {UploadState}
 */
export function stateOf(root) {
  const state = states.get(root);
  if (state === undefined) throw new Error("swiftlit: an upload widget without its state");
  return state;
}

/**
 * Ties a new state to its root.
 * @param {Element} root
 * @param {UploadState} state
 */
export function keepState(root, state) {
  states.set(root, state);
}

/**
 * A status line for the camera and the microphone (permission asked, denied, recording).
 * @param {Element} element
 * @param {string} text
 */
export function showStatus(element, text) {
  setText(element, text);
  setAttribute(element, "hidden", text === "");
}

/**
 * The label, help and disabled state of the camera or the microphone: a group named by its label,
 * with no one control the label points at.
 * @param {HTMLElement} root
 * @param {UploadNode} node
 */
export function syncDeviceWidgetInfo(root, node) {
  syncWidgetInfo(root, node.widget, {
    label: part(root, `.${CLASS.widgetLabel}`, HTMLElement),
    helpHost: part(root, `.${CLASS.widgetLabelRow}`, HTMLDivElement),
    controls: [],
  });
}
