// `st.audioInput`: a Record/Stop button that records the microphone, encodes the recording as a
// 16-bit mono WAV at the widget's sample rate (wav.js) and uploads it; then a player for it and
// "Clear recording".
//
//   <div class="st-element st-widget st-audio-input">
//     <div class="st-widget__label-row"><span id="st-label-7" …>Say something</span></div>
//     <div role="group" class="st-media-input" aria-labelledby="st-label-7">
//       <div class="st-media-input__actions">
//         <button aria-pressed="false">Record</button>
//         <span class="st-audio-input__time" role="timer">0:00</span>
//         <button>Clear recording</button>
//       </div>
//       <audio class="st-audio-input__preview" controls hidden></audio>
//       <p class="st-upload__status" role="status" hidden></p>
//       <ul class="st-upload__files">…progress, refusals…</ul>
//
// Samples come from an AudioWorklet (audio-recorder-worklet.js), off the main thread; the page only
// collects the blocks it posts.

import { CLASS, DATA, TEST_ID } from "../dom-names.js";
import { h, part, setAttribute, setText } from "../dom.js";
import { durationText, encodeWav, joinChunks, resample } from "../wav.js";
import { safeUrl } from "../safe-html.js";
import { keepState, showStatus, stateOf, syncDeviceWidgetInfo, UploadState } from "./upload-state.js";
import { createWidgetFrame, labelControl } from "./widget-frame.js";

/** @typedef {import("../protocol.js").UploadNode} UploadNode */
/** @typedef {import("../render-context.js").Renderer<UploadNode>} UploadRenderer */

/** The worklet module, beside the client's other modules, and the processor it registers. */
const WORKLET_URL = new URL("../audio-recorder-worklet.js", import.meta.url);
const WORKLET_NAME = "swiftlit-recorder";

/** @type {UploadRenderer} */
export const audioInput = {
  create(node, ctx) {
    const frame = createWidgetFrame("span");
    const record = h("button", {
      type: "button",
      class: `${CLASS.button} ${CLASS.buttonPrimary}`,
      [DATA.testId]: TEST_ID.audioRecord,
      "aria-pressed": "false",
    }, ["Record"]);
    const time = h("span", { class: CLASS.audioTime, role: "timer", [DATA.testId]: TEST_ID.audioTime }, [
      "0:00",
    ]);
    const clear = h("button", { type: "button", class: CLASS.button, [DATA.testId]: TEST_ID.audioClear }, [
      "Clear recording",
    ]);
    const player = h("audio", {
      class: CLASS.audioPreview,
      [DATA.testId]: TEST_ID.audioPreview,
      controls: true,
      hidden: true,
    });
    const status = h("p", { class: CLASS.uploadStatus, role: "status", hidden: true });
    const state = new UploadState(node, ctx);
    keepState(frame.root, state);
    frame.root.classList.add(CLASS.audio);
    // One group, named by the label: the buttons keep their own names ("Record", "Stop").
    const group = h("div", { role: "group", class: CLASS.mediaInput }, [
      h("div", { class: CLASS.mediaActions }, [record, time, clear]),
      player,
      status,
      state.list,
    ]);
    labelControl(group, frame.labelId);
    frame.root.append(group);

    /** @type {Recorder | undefined} */
    let recorder;
    /** @type {string | undefined} */
    let playerUrl;
    state.onChange = () => {
      if (state.files.length === 0 && playerUrl !== undefined) {
        URL.revokeObjectURL(playerUrl);
        playerUrl = undefined;
        player.removeAttribute("src");
      }
      player.hidden = playerUrl === undefined;
      syncButtons(frame.root, state, recorder !== undefined);
    };
    /** While the browser asks for the microphone, a click must not stop what has not started. */
    let starting = false;
    record.addEventListener("click", async () => {
      if (starting) return;
      if (recorder === undefined) {
        recorder = new Recorder((seconds) => setText(time, seconds));
        syncButtons(frame.root, state, true);
        starting = true;
        const started = await recorder.start(status);
        starting = false;
        if (!started) recorder = undefined;
        syncButtons(frame.root, state, recorder !== undefined);
        return;
      }
      const finished = recorder;
      recorder = undefined;
      const wav = finished.stop(state.node.sampleRate ?? 16000);
      syncButtons(frame.root, state, false);
      if (wav === undefined) return;
      const file = await state.upload(wav, "recording.wav");
      if (file !== undefined) {
        if (playerUrl !== undefined) URL.revokeObjectURL(playerUrl);
        playerUrl = URL.createObjectURL(wav);
        setAttribute(player, "src", safeUrl(playerUrl)); // an object URL of the bytes just recorded
      }
      state.onChange();
    });
    clear.addEventListener("click", () => {
      setText(time, "0:00");
      state.remove();
    });
    syncDeviceWidgetInfo(frame.root, node);
    state.render();
    state.onChange();
    return frame.root;
  },
  update(root, node) {
    const state = stateOf(root);
    state.update(node);
    syncDeviceWidgetInfo(root, node);
    const record = part(root, `[${DATA.testId}="${TEST_ID.audioRecord}"]`, HTMLButtonElement);
    syncButtons(root, state, record.getAttribute("aria-pressed") === "true");
  },
};

/**
 * @param {HTMLElement} root
 * @param {UploadState} state
 * @param {boolean} recording
 */
function syncButtons(root, state, recording) {
  const disabled = state.node.widget.disabled === true;
  const record = part(root, `[${DATA.testId}="${TEST_ID.audioRecord}"]`, HTMLButtonElement);
  setAttribute(record, "aria-pressed", String(recording));
  setText(record, recording ? "Stop" : "Record");
  record.disabled = disabled || state.inFlight.size > 0;
  const clear = part(root, `[${DATA.testId}="${TEST_ID.audioClear}"]`, HTMLButtonElement);
  clear.disabled = disabled || recording || state.files.length === 0;
}

/** One recording from the microphone. */
class Recorder {
  /** @type {Float32Array[]} */
  #chunks = [];
  /** @type {MediaStream | undefined} */
  #stream;
  /** @type {AudioContext | undefined} */
  #context;
  #onTime;

  /** @param {(text: string) => void} onTime shows the length so far */
  constructor(onTime) {
    this.#onTime = onTime;
  }

  /**
   * Asks for the microphone and starts recording.
   * @param {HTMLElement} status where a refusal is explained
   * @returns {Promise<boolean>} whether it records
   */
  async start(status) {
    if (navigator.mediaDevices?.getUserMedia === undefined) {
      showStatus(status, "This browser gives no access to a microphone here (it needs https or localhost).");
      return false;
    }
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
    } catch (error) {
      showStatus(
        status,
        `The microphone is not available: ${error instanceof Error ? error.message : error}`,
      );
      return false;
    }
    const context = new AudioContext();
    this.#context = context;
    try {
      await context.audioWorklet.addModule(WORKLET_URL);
    } catch (error) {
      this.stop(context.sampleRate);
      showStatus(status, `Recording is not available: ${error instanceof Error ? error.message : error}`);
      return false;
    }
    showStatus(status, "");
    const source = context.createMediaStreamSource(this.#stream);
    // No outputs: the node is pulled by the audio thread without being connected onwards.
    const recorder = new AudioWorkletNode(context, WORKLET_NAME, { numberOfInputs: 1, numberOfOutputs: 0 });
    let samples = 0;
    recorder.port.onmessage = (event) => {
      if (!(event.data instanceof Float32Array)) return;
      this.#chunks.push(event.data);
      samples += event.data.length;
      this.#onTime(durationText(samples, context.sampleRate));
    };
    source.connect(recorder);
    return true;
  }

  /**
   * Stops, and returns the recording as a WAV file; `undefined` when nothing was recorded.
   * @param {number} sampleRate the widget's rate
   * @returns {Blob | undefined}
   */
  stop(sampleRate) {
    for (const track of this.#stream?.getTracks() ?? []) track.stop();
    const recordedRate = this.#context?.sampleRate ?? sampleRate;
    this.#context?.close().catch(() => {});
    const samples = joinChunks(this.#chunks);
    if (samples.length === 0) return undefined;
    const wav = encodeWav(resample(samples, recordedRate, sampleRate), sampleRate);
    return new Blob([wav], { type: "audio/wav" });
  }
}
