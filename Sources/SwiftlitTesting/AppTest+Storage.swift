import SwiftlitProtocol
import SwiftlitRuntime

extension AppTest {
    /// The app's entries in the "browser's" `localStorage`: seed them before the first run; after
    /// a run they hold what the app wrote (`st.localStorage`).
    ///
    /// ```swift
    /// let at = AppTest { st in
    ///     let visits = Int(st.localStorage["visits"] ?? "0") ?? 0
    ///     st.localStorage["visits"] = String(visits + 1)
    /// }
    /// at.localStorage["visits"] = "41"
    /// try await at.run()
    /// #expect(at.localStorage["visits"] == "42")
    /// ```
    public var localStorage: [String: String] {
        get { context.localStorage }
        set { context.localStorage = newValue }
    }

    /// What the session is told when the "browser" connects: ``context`` with ``cookies`` in a
    /// `Cookie` header, as a browser sends them.
    func connectionInfo() -> ConnectionInfo {
        var connection = context
        if !cookies.isEmpty {
            let header = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\(CookieText.encode($0.value))" }
            connection.headers.append("Cookie", header.joined(separator: "; "))
        }
        return connection
    }

    /// Applies the app's storage writes as the browser's client does.
    func applyStorage(_ update: StorageUpdate) {
        storageUpdates.append(update)
        for write in update.localStorage { localStorage[write.key] = write.value }
        for write in update.cookies {
            if let value = write.value, write.maxAge != 0 {
                cookies[write.name] = CookieText.decode(value)
            } else {
                cookies[write.name] = nil
            }
        }
    }
}
