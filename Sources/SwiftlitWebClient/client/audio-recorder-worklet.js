// The microphone's samples, off the main thread: an AudioWorklet processor (it runs in the audio
// rendering thread's AudioWorkletGlobalScope, not in the page) that posts each block of the first
// input channel to renderers/audio-input.js, which keeps them until the recording stops.

/**
 * The worklet scope's globals, which the page's type definitions do not describe.
 * @type {{
 *   AudioWorkletProcessor: new () => {port: MessagePort},
 *   registerProcessor: (name: string, processor: Function) => void,
 * }}
 */
const scope = /** @type {any} */ (globalThis);

/** The processor's name, as audio-input.js creates its node. */
const NAME = "swiftlit-recorder";

class RecorderProcessor extends scope.AudioWorkletProcessor {
  /**
   * @param {Float32Array[][]} inputs
   * @returns {boolean} `true`: keep recording until the node is disconnected
   */
  process(inputs) {
    const channel = inputs[0]?.[0];
    // The block's buffer is reused for the next one: send a copy.
    if (channel !== undefined && channel.length > 0) this.port.postMessage(channel.slice(0));
    return true;
  }
}

scope.registerProcessor(NAME, RecorderProcessor);
