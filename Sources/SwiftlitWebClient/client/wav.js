// Encodes microphone samples as a WAV file in the browser (`st.audioInput`): mono, 16-bit PCM,
// little-endian, at the rate the widget asks for. Pure functions on typed arrays, tested in
// Tests/WebClientTests/wav.test.js; the recorder in renderers/audio-input.js feeds them.
//
// A WAV file is a 44-byte RIFF header, then the samples:
//   "RIFF" <file size - 8> "WAVE" "fmt " 16 <format 1 = PCM> <channels> <rate> <bytes/s>
//   <block align> <bits per sample> "data" <data size> <samples…>

/** Bytes of the header before the samples. */
export const WAV_HEADER_BYTES = 44;

/**
 * Joins recorded chunks into one buffer.
 * @param {Float32Array[]} chunks
 * @returns {Float32Array}
 */
export function joinChunks(chunks) {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const joined = new Float32Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * Resamples by linear interpolation: the audio context records at the device's rate (often 48000
 * Hz), the widget asks for its own (16000 by default). Speech needs no better filter.
 * @param {Float32Array} samples
 * @param {number} fromRate
 * @param {number} toRate
 * @returns {Float32Array}
 */
export function resample(samples, fromRate, toRate) {
  if (fromRate === toRate || samples.length === 0) return samples;
  const length = Math.max(1, Math.round(samples.length * toRate / fromRate));
  const result = new Float32Array(length);
  const step = fromRate / toRate;
  for (let i = 0; i < length; i += 1) {
    const position = i * step;
    const index = Math.floor(position);
    const next = Math.min(index + 1, samples.length - 1);
    const fraction = position - index;
    const current = samples[Math.min(index, samples.length - 1)];
    result[i] = current + (samples[next] - current) * fraction;
  }
  return result;
}

/**
 * A sample in [-1, 1] (clipped beyond) as a signed 16-bit integer.
 * @param {number} sample
 * @returns {number}
 */
export function toInt16(sample) {
  const clipped = Math.max(-1, Math.min(1, Number.isFinite(sample) ? sample : 0));
  return clipped < 0 ? Math.round(clipped * 0x8000) : Math.round(clipped * 0x7fff);
}

/**
 * A mono 16-bit PCM WAV file of `samples` at `sampleRate`.
 * @param {Float32Array} samples in [-1, 1]
 * @param {number} sampleRate in hertz
 * @returns {Uint8Array<ArrayBuffer>}
 */
export function encodeWav(samples, sampleRate) {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(WAV_HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  /** @param {number} offset @param {string} text */
  const ascii = (offset, text) => {
    for (let i = 0; i < text.length; i += 1) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i += 1) {
    view.setInt16(WAV_HEADER_BYTES + i * 2, toInt16(samples[i]), true);
  }
  return bytes;
}

/**
 * How long a recording of `sampleCount` samples at `sampleRate` lasts, as `m:ss`.
 * @param {number} sampleCount
 * @param {number} sampleRate
 * @returns {string}
 */
export function durationText(sampleCount, sampleRate) {
  const seconds = sampleRate > 0 ? Math.round(sampleCount / sampleRate) : 0;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
