import Foundation
import SwiftlitProtocol

/// What the browser at the other end of one socket keeps of the run messages it received (see
/// ``KeptChanges``): which operations sit in which slot, known by their fingerprint.
///
/// Only messages of ``minimumBytes`` or more are kept: a small one costs less than looking it up,
/// and an app that never sends one (hello) never holds anything here. The slots the server counts
/// as kept hold at most ``maximumBytes`` of JSON together; the slot least recently used is reused.
/// (A slot given up to make room keeps its old text in the browser until it is reused, so a browser
/// holds at most ``KeptChanges/slotCount`` messages of at most ``maximumBytes`` each.)
struct KeptChangesLedger {
    static let minimumBytes = 1_024
    static let maximumBytes = 512 * 1_024

    /// 128 bits of the process's keyed hash (SipHash, seeded at random per process) of a message's
    /// encoded operations. The ledger keeps these, not the operations: a dashboard's kept pages
    /// would otherwise cost its session more than the rest of it. Two different pages share a
    /// fingerprint with a chance of about 2⁻¹²⁸, and nobody outside the process can aim for it.
    struct Fingerprint: Hashable {
        let high: Int
        let low: Int

        init(of encoded: some DataProtocol) {
            var high = Hasher()
            var low = Hasher()
            high.combine(0x6B65_6570)  // "keep": one hash salted, so the two halves differ
            for region in encoded.regions {
                region.withUnsafeBytes { bytes in
                    high.combine(bytes: bytes)
                    low.combine(bytes: bytes)
                }
            }
            self.high = high.finalize()
            self.low = low.finalize()
        }
    }

    private struct Slot {
        var fingerprint: Fingerprint
        var bytes: Int
        var lastUse: Int
    }

    private var slots: [Slot?] = []
    private var slotOfFingerprint: [Fingerprint: Int] = [:]
    private var uses = 0

    /// Whether a message of `bytes` may be kept, before anything is worked out for it.
    static func mayKeep(bytes: Int) -> Bool { (minimumBytes...maximumBytes).contains(bytes) }

    /// The slot that holds the operations with this fingerprint, if the browser kept them.
    mutating func slot(holding fingerprint: Fingerprint) -> Int? {
        guard let slot = slotOfFingerprint[fingerprint] else { return nil }
        uses += 1
        slots[slot]?.lastUse = uses
        return slot
    }

    /// The slot the browser should keep the operations with this fingerprint in (their message is
    /// `bytes` long), or `nil` when the message is too small or too large to keep.
    mutating func slot(toKeep fingerprint: Fingerprint, bytes: Int) -> Int? {
        guard Self.mayKeep(bytes: bytes) else { return nil }
        while keptBytes + bytes > Self.maximumBytes, let oldest = oldestKept() { free(oldest) }
        let slot: Int
        if let empty = slots.firstIndex(where: { $0 == nil }) {
            slot = empty
        } else if slots.count < KeptChanges.slotCount {
            slot = slots.count
            slots.append(nil)
        } else if let oldest = oldestKept() {
            free(oldest)
            slot = oldest
        } else {
            return nil
        }
        uses += 1
        slots[slot] = Slot(fingerprint: fingerprint, bytes: bytes, lastUse: uses)
        slotOfFingerprint[fingerprint] = slot
        return slot
    }

    private var keptBytes: Int { slots.reduce(0) { $0 + ($1?.bytes ?? 0) } }

    /// The slot in use that was used longest ago.
    private func oldestKept() -> Int? {
        slots.indices.filter { slots[$0] != nil }.min { (slots[$0]?.lastUse ?? 0) < (slots[$1]?.lastUse ?? 0) }
    }

    private mutating func free(_ slot: Int) {
        guard let old = slots[slot] else { return }
        if slotOfFingerprint[old.fingerprint] == slot { slotOfFingerprint[old.fingerprint] = nil }
        slots[slot] = nil
    }
}
