// The run messages the server asked this page to keep ("Kept changes" in docs/protocol.md): a later
// message that names a message's slot (`replay`) brings the same changes again without carrying
// them. The server decides what sits in which slot, so the slots belong to one socket.

/** @typedef {import("./protocol.js").Op} Op */

/**
 * A run message's fields that say where its changes are.
 * @typedef {{ ops: Op[], keep?: number, replay?: number }} RunChanges
 */

export class KeptChanges {
  /**
   * Each kept message's text, by slot. Text, not the decoded operations: applying operations
   * shares their nodes with the page's tree, which later operations may change.
   * @type {Map<number, string>}
   */
  #slots = new Map();

  /** Forgets every slot: a new socket starts with none. */
  clear() {
    this.#slots.clear();
  }

  /**
   * The changes a run message brings: its own, or those of the message kept in its `replay`
   * slot. Keeps the message when it is marked `keep`.
   * @param {RunChanges} message
   * @param {string} text the message's frame
   * @param {(text: string) => RunChanges} decode how a kept frame is read again
   * @returns {Op[]}
   * @throws {Error} when the slot is empty: this page and the server disagree on what it holds
   */
  opsOf(message, text, decode) {
    if (message.keep !== undefined) this.#slots.set(message.keep, text);
    if (message.replay === undefined) return message.ops;
    const kept = this.#slots.get(message.replay);
    if (kept === undefined) {
      throw new Error(`the server replayed slot ${message.replay}, which this page does not hold`);
    }
    return decode(kept).ops;
  }
}
