import Foundation
import SwiftlitProtocol
import Testing

@testable import SwiftlitServer

@Suite struct KeptChangesLedgerTests {
    static func ops(_ n: Int) -> KeptChangesLedger.Fingerprint {
        .init(of: Data(#"[{"node":{"kind":"text","text":"page \#(n)"},"op":"set","path":[0,0]}]"#.utf8))
    }

    @Test func equalOperationsFindTheirSlotAndOthersDoNot() {
        var ledger = KeptChangesLedger()
        #expect(ledger.slot(holding: Self.ops(1)) == nil)
        #expect(ledger.slot(toKeep: Self.ops(1), bytes: 2_000) == 0)
        #expect(ledger.slot(toKeep: Self.ops(2), bytes: 2_000) == 1)
        #expect(ledger.slot(holding: Self.ops(1)) == 0)
        #expect(ledger.slot(holding: Self.ops(2)) == 1)
        #expect(ledger.slot(holding: Self.ops(3)) == nil)
    }

    @Test func smallAndHugeMessagesAreNotKept() {
        var ledger = KeptChangesLedger()
        #expect(ledger.slot(toKeep: Self.ops(1), bytes: KeptChangesLedger.minimumBytes - 1) == nil)
        #expect(ledger.slot(toKeep: Self.ops(2), bytes: KeptChangesLedger.maximumBytes + 1) == nil)
        #expect(ledger.slot(holding: Self.ops(1)) == nil)
        #expect(ledger.slot(holding: Self.ops(2)) == nil)
    }

    @Test func whenEverySlotIsTakenTheLeastRecentlyUsedIsReused() {
        var ledger = KeptChangesLedger()
        for n in 0..<KeptChanges.slotCount { #expect(ledger.slot(toKeep: Self.ops(n), bytes: 2_000) == n) }
        // Page 0 was replayed since, so page 1 is the one used longest ago.
        #expect(ledger.slot(holding: Self.ops(0)) == 0)
        #expect(ledger.slot(toKeep: Self.ops(100), bytes: 2_000) == 1)
        #expect(ledger.slot(holding: Self.ops(1)) == nil)
        #expect(ledger.slot(holding: Self.ops(100)) == 1)
        #expect(ledger.slot(holding: Self.ops(0)) == 0)
    }

    @Test func theSlotsTogetherStayUnderTheByteBudget() {
        var ledger = KeptChangesLedger()
        let third = KeptChangesLedger.maximumBytes / 3
        #expect(ledger.slot(toKeep: Self.ops(1), bytes: third) == 0)
        #expect(ledger.slot(toKeep: Self.ops(2), bytes: third) == 1)
        #expect(ledger.slot(toKeep: Self.ops(3), bytes: third) == 2)
        // A fourth third does not fit: the oldest goes, and its slot is taken again.
        #expect(ledger.slot(toKeep: Self.ops(4), bytes: third) == 0)
        #expect(ledger.slot(holding: Self.ops(1)) == nil)
        // One as large as the budget leaves room for nothing else.
        #expect(ledger.slot(toKeep: Self.ops(5), bytes: KeptChangesLedger.maximumBytes) == 0)
        for n in 2...4 { #expect(ledger.slot(holding: Self.ops(n)) == nil) }
        #expect(ledger.slot(holding: Self.ops(5)) == 0)
    }

    @Test func fingerprintsTellBytesApartWhereverTheyDiffer() {
        let page = Data(repeating: 0x61, count: 4_096)
        var changed = page
        changed[4_000] = 0x62
        #expect(KeptChangesLedger.Fingerprint(of: page) == KeptChangesLedger.Fingerprint(of: Data(page)))
        #expect(KeptChangesLedger.Fingerprint(of: page) != KeptChangesLedger.Fingerprint(of: changed))
        #expect(KeptChangesLedger.Fingerprint(of: page) != KeptChangesLedger.Fingerprint(of: page.prefix(4_095)))
    }
}
