import SwiftlitProtocol

extension PageBuilder {
    /// Applies a write to the browser's storage as the session sees it, and queues it for the
    /// browser; a write that breaks a rule is shown as a misuse and halts the run. A halted run
    /// writes nothing, as it draws nothing.
    mutating func writeStorage(
        in placement: Placement, _ write: (inout BrowserState) throws(SwiftlitError) -> StorageUpdate
    ) {
        guard !halted else { return }
        var browser = core.browser
        do {
            let update = try write(&browser)
            core.browser = browser
            unsentStorage.localStorage += update.localStorage
            unsentStorage.cookies += update.cookies
        } catch {
            reportMisuse(error, in: placement)
        }
    }

    var hasUnsentStorage: Bool { !unsentStorage.localStorage.isEmpty || !unsentStorage.cookies.isEmpty }

    /// Hands over the writes not yet sent.
    mutating func takeStorage() -> StorageUpdate {
        defer { unsentStorage = StorageUpdate() }
        return unsentStorage
    }
}
