public import SwiftlitProtocol
import SwiftlitRuntime

/// The address bar and history of the tab an ``AppTest`` plays: where the tab is, what the
/// session told it (`location` messages), and a move the next run carries.
struct AddressBar {
    private(set) var entries = [PageLocation()]
    private(set) var index = 0
    private(set) var changes: [LocationChange] = []
    /// A move of the tab the session has not been told of.
    private var pendingMove = false

    var location: PageLocation { entries[index] }

    /// The tab goes to `location` itself (a link, a typed address): a new history entry.
    mutating func go(to location: PageLocation) {
        entries = Array(entries[...index]) + [location]
        index += 1
        pendingMove = true
    }

    /// Back (`-1`) or forward (`1`) in the tab's history; `false` when there is no such entry.
    mutating func traverse(by step: Int) -> Bool {
        guard entries.indices.contains(index + step) else { return false }
        index += step
        pendingMove = true
        return true
    }

    /// The session moved the tab, as the browser's history handling does.
    mutating func follow(_ change: LocationChange) {
        changes.append(change)
        let location = PageLocation(page: change.page, query: change.query)
        switch change.history {
        case .push:
            entries = Array(entries[...index]) + [location]
            index += 1
        case .replace: entries[index] = location
        }
    }

    /// The location a rerun carries, once: `nil` when the tab did not move since the last run.
    mutating func takeMove() -> PageLocation? {
        defer { pendingMove = false }
        return pendingMove ? location : nil
    }
}

extension AppTest {
    /// The tab's address: its page (the path below the app's root, `""` for the default page)
    /// and query string, as the browser's address bar would show it after the last run.
    public var location: PageLocation { address.location }

    /// The `location` messages the session sent (`st.switchPage`, query writes), oldest first.
    public var locationChanges: [LocationChange] { address.changes }

    /// How many entries the tab's history holds (back and forward).
    public var historyLength: Int { address.entries.count }

    /// Opens `page` with `query` (percent-encoded, without `?`), as a link or a typed address
    /// would; the next ``run(timeout:)`` shows it (the first run opens the tab there).
    ///
    /// ```swift
    /// at.switchPage("settings", query: "tab=privacy")
    /// try await at.run()
    /// ```
    public func switchPage(_ page: String, query: String = "") {
        address.go(to: PageLocation(page: page, query: query))
    }

    /// The browser's back button: the next ``run(timeout:)`` shows the previous entry.
    /// - Returns: `false` when there is no earlier entry.
    @discardableResult
    public func back() -> Bool { address.traverse(by: -1) }

    /// The browser's forward button.
    @discardableResult
    public func forward() -> Bool { address.traverse(by: 1) }

    /// The query string of the tab's address, one value per key (the last of a repeated key).
    /// Assigning opens the same page with that query (keys in sorted order), as typing it would.
    public var queryParams: [String: String] {
        get { QueryString(parsing: location.query).dictionary }
        set {
            let items = newValue.sorted { $0.key < $1.key }.map { QueryString.Item(name: $0.key, value: $0.value) }
            switchPage(location.page, query: QueryString(items).encoded)
        }
    }

    /// Every value of a query key, in order.
    public func queryParamValues(_ key: String) -> [String] { QueryString(parsing: location.query).values(key) }
}

extension AppTest {
    /// The list of pages `st.navigation` drew, if any (`.hidden` draws none).
    public var navigation: NavigationElement? {
        for view in elements(.navigation) { if case .navigation(let element) = view.element { return element } }
        return nil
    }
}
