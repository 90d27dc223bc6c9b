import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `st.context`, `st.cookies` and `st.localStorage` through `AppTest`: seeded facts reach the app,
/// and what the app writes is observed as the browser would apply it.
@Suite struct BrowserStorageAppTests {
    static func texts(_ at: AppTest) -> [String] { at.elements(.text).map(\.text) }

    @Test func seededContextReachesTheApp() async throws {
        let at = AppTest { st in
            let context = st.context
            st.text("\(context.locale ?? "-") \(context.timeZone ?? "-") \(context.theme?.rawValue ?? "-")")
            st.text("agent \(context.headers["user-agent"] ?? "-"), cookie \(context.cookies["team"] ?? "-")")
            st.text("\(context.url ?? "-") \(context.ipAddress ?? "-") \(context.isEmbedded)")
        }
        at.context.headers = ["User-Agent": "Tester"]
        at.context.remoteAddress = "192.0.2.1"
        at.context.browser = BrowserInfo(
            locale: "ja-JP", timeZone: "Asia/Tokyo", timeZoneOffset: -540, theme: .dark, rootURL: "https://a.test/",
            isEmbedded: true)
        at.switchPage("", query: "q=1")
        at.cookies["team"] = "red & blue"
        try await at.run()
        #expect(
            Self.texts(at) == [
                "ja-JP Asia/Tokyo dark", "agent Tester, cookie red & blue", "https://a.test/?q=1 192.0.2.1 true",
            ])
    }

    @Test func theURLFollowsTheAppsMovesAtOnce() async throws {
        let at = AppTest { st in
            st.text("before \(st.context.url ?? "-")")
            st.queryParams["year"] = "2026"
            st.text("after \(st.context.url ?? "-")")
        }
        at.context.browser = BrowserInfo(rootURL: "https://a.test/sales/")
        try await at.run()
        #expect(Self.texts(at) == ["before https://a.test/sales/", "after https://a.test/sales/?year=2026"])
    }

    @Test func withNothingSeededTheContextIsEmpty() async throws {
        let at = AppTest { st in
            st.text("\(st.context.locale ?? "none") \(st.context.headers.count) \(st.context.cookies.count)")
        }
        try await at.run()
        #expect(Self.texts(at) == ["none 0 0"])
    }

    @Test func aVisitCounterInLocalStorage() async throws {
        let at = AppTest { st in
            let visits = Int(st.localStorage["visits"] ?? "0") ?? 0
            st.localStorage["visits"] = String(visits + 1)
            st.text("visit \(st.localStorage["visits"] ?? "-")")
        }
        at.localStorage["visits"] = "41"
        at.localStorage["other"] = "kept"
        try await at.run()
        #expect(Self.texts(at) == ["visit 42"])
        #expect(at.localStorage == ["visits": "42", "other": "kept"])
        try await at.run()
        #expect(Self.texts(at) == ["visit 43"])
        #expect(at.storageUpdates.count == 2)
    }

    @Test func cookieWritesAreReadBackInTheSameRunAndReachTheBrowser() async throws {
        let at = AppTest { st in
            st.text("before \(st.cookies["name"] ?? "-")")
            st.cookies.set("name", "Ada; Lovelace", maxAge: .days(30))
            st.text("after \(st.cookies["name"] ?? "-")")
            st.cookies.remove("old")
        }
        at.cookies = ["name": "Grace", "old": "x"]
        try await at.run()
        #expect(Self.texts(at) == ["before Grace", "after Ada; Lovelace"])
        #expect(at.cookies == ["name": "Ada; Lovelace"])
        #expect(
            at.storageUpdates.flatMap(\.cookies) == [
                CookieWrite(name: "name", value: "Ada%3B%20Lovelace", maxAge: 2_592_000, sameSite: .lax),
                CookieWrite(name: "old", value: nil, maxAge: 0),
            ])
    }

    struct Preferences: Codable, Equatable {
        var compact: Bool
        var colour: String
    }

    @Test func typedValuesTravelAsJSON() async throws {
        let at = AppTest { st in
            try st.localStorage.set(Preferences(compact: true, colour: "teal"), forKey: "prefs")
            try st.cookies.set("prefs", json: Preferences(compact: false, colour: "red"))
            let stored = try st.localStorage.value(forKey: "prefs", as: Preferences.self)
            let cookie = try st.cookies.value("prefs", as: Preferences.self)
            st.text("\(stored?.colour ?? "-") \(cookie?.colour ?? "-")")
            st.text("\(try st.localStorage.value(forKey: "missing", as: Preferences.self) == nil)")
        }
        try await at.run()
        #expect(Self.texts(at) == ["teal red", "true"])
        #expect(at.localStorage["prefs"] == #"{"colour":"teal","compact":true}"#)
        #expect(at.cookies["prefs"] == #"{"colour":"red","compact":false}"#)
    }

    @Test func aTamperedJSONEntryIsADecodingErrorNotACrash() async throws {
        let at = AppTest { st in
            _ = try st.localStorage.value(forKey: "prefs", as: Preferences.self)
            st.text("unreachable")
        }
        at.localStorage["prefs"] = "{not json"
        try await at.run()
        #expect(at.lastStatus == .error)
        #expect(at.exceptions.count == 1)
    }

    @Test func clearRemovesOnlyTheAppsEntries() async throws {
        let at = AppTest { st in
            if st.button("Clear") { st.localStorage.clear() }
            st.text(st.localStorage.keys.joined(separator: ","))
        }
        at.localStorage = ["a": "1", "b": "2"]
        try await at.run()
        #expect(Self.texts(at) == ["a,b"])
        try at.button("Clear").click()
        try await at.run()
        #expect(Self.texts(at) == [""])
        #expect(at.localStorage.isEmpty)
    }

    @Test func aRefusedWriteIsShownAsAMisuseThatSaysWhatToDo() async throws {
        let at = AppTest { st in
            st.localStorage["fine"] = "1"
            st.cookies.set("bad name", "v")
            st.text("not reached")
        }
        try await at.run()
        #expect(at.lastStatus == .error)
        let message = try #require(at.exceptions.first?.text)
        #expect(message.contains("cannot name a cookie"))
        #expect(message.contains("Use letters, digits"))
        #expect(Self.texts(at).isEmpty)
        #expect(at.localStorage == ["fine": "1"], "the write before the misuse was sent")
        #expect(at.cookies.isEmpty)
    }

    @Test func aWriteFromAnInterruptedRunStillHappened() async throws {
        let at = AppTest { st in
            let n = st.slider("n", in: 0...10, value: 0)
            st.localStorage["last-n"] = String(n)
            if n == 5 {
                // A slow run the next interaction stops.
                try await Task.sleep(for: .seconds(30))
            }
            st.text("n \(n)")
        }
        try await at.run()
        try at.slider("n").set(5)
        await #expect(throws: AppTestError.self) { try await at.run(timeout: .milliseconds(300)) }
        try at.slider("n").set(6)
        try await at.run()
        #expect(Self.texts(at) == ["n 6"])
        #expect(at.storageUpdates.flatMap(\.localStorage).map(\.value) == ["0", "5", "6"])
    }
}
