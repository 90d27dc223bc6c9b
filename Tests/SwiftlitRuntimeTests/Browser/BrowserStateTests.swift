import SwiftlitProtocol
import Testing

@testable import SwiftlitRuntime

/// The session's view of the browser: headers, cookies and localStorage, its writes and their limits.
@Suite struct BrowserStateTests {
    @Test func headersAreLookedUpIgnoringCaseAndKeepRepeats() {
        let headers = RequestHeaders([
            .init(name: "Accept-Language", value: "de"), .init(name: "X-Tag", value: "one"),
            .init(name: "x-tag", value: "two"),
        ])
        #expect(headers["accept-language"] == "de")
        #expect(headers["ACCEPT-LANGUAGE"] == "de")
        #expect(headers["X-Tag"] == "one")
        #expect(headers.values(for: "X-TAG") == ["one", "two"])
        #expect(headers["Missing"] == nil)
        #expect(headers.values(for: "missing") == [])
        #expect(headers.names == ["accept-language", "x-tag"])
        #expect(headers.count == 3)
    }

    @Test func cookiesComeFromEveryCookieHeader() {
        let state = BrowserState(
            connection: ConnectionInfo(headers: ["Cookie": "a=1; b=2", "cookie": "c=x%20y"]))
        #expect(state.cookies == ["a": "1", "b": "2", "c": "x y"])
    }

    @Test func theContextComposesTheAddressFromRootPageAndQuery() {
        #expect(BrowserContext.appURL(root: "https://x.test/app/", location: nil) == "https://x.test/app/")
        #expect(
            BrowserContext.appURL(root: "https://x.test/app/", location: PageLocation(page: "sales report", query: "y=1"))
                == "https://x.test/app/sales%20report?y=1")
        #expect(
            BrowserContext.appURL(root: "https://x.test", location: PageLocation(page: "a", query: ""))
                == "https://x.test/a")
        #expect(BrowserContext.appURL(root: nil, location: PageLocation(page: "a", query: "")) == nil)
        let state = BrowserState(
            connection: ConnectionInfo(
                remoteAddress: "10.0.0.1",
                browser: BrowserInfo(
                    locale: "de-DE", timeZone: "Europe/Berlin", timeZoneOffset: -60, theme: .dark,
                    rootURL: "http://h/", isEmbedded: true)))
        #expect(state.context(at: PageLocation(page: "", query: "q=1")).url == "http://h/?q=1")
        #expect(state.context(at: PageLocation(page: "settings", query: "")).url == "http://h/settings")
        let context = state.context(at: nil)
        #expect(context.url == "http://h/")
        #expect(context.ipAddress == "10.0.0.1")
        #expect(context.isEmbedded)
        #expect(context.theme == .dark)
        #expect(context.timeZoneOffset == -60)
        #expect(context.foundationTimeZone?.identifier == "Europe/Berlin")
    }

    @Test func aCookieWriteIsSeenAtOnceAndEncodedForTheBrowser() throws {
        var state = BrowserState()
        let write = try state.setCookie("name", "Ada Lovelace", maxAge: .days(365), path: nil, sameSite: .lax, secure: nil)
        #expect(write == CookieWrite(name: "name", value: "Ada%20Lovelace", maxAge: 31_536_000, sameSite: .lax))
        #expect(state.cookies["name"] == "Ada Lovelace")
        let removal = try state.removeCookie("name", path: "/x")
        #expect(removal == CookieWrite(name: "name", value: nil, maxAge: 0, path: "/x"))
        #expect(state.cookies["name"] == nil)
    }

    @Test func cookieWritesThatBrowsersWouldDropAreRefused() {
        var state = BrowserState()
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("bad name", "v", maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("n", "v", maxAge: nil, path: "relative", sameSite: .lax, secure: nil)
        }
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("n", "v", maxAge: nil, path: nil, sameSite: .none, secure: false)
        }
        // "n=", 4,070 bytes and "; Path=/; SameSite=Lax; Secure" make 4,102.
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("n", String(repeating: "x", count: 4_070), maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
        // Encoding counts: 1,400 spaces become 4,200 bytes.
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("n", String(repeating: " ", count: 1_400), maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
        #expect(state.cookies.isEmpty, "a refused write changes nothing")
        #expect(throws: Never.self) {
            try state.setCookie("n", String(repeating: "x", count: 4_000), maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
    }

    @Test func atMostFiftyCookies() throws {
        var state = BrowserState()
        for index in 0..<BrowserState.maxCookies {
            _ = try state.setCookie("c\(index)", "v", maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
        #expect(throws: SwiftlitError.self) {
            try state.setCookie("one-more", "v", maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        }
        // Replacing one that exists is fine, and removing one makes room.
        _ = try state.setCookie("c0", "w", maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        _ = try state.removeCookie("c1", path: nil)
        _ = try state.setCookie("one-more", "v", maxAge: nil, path: nil, sameSite: .lax, secure: nil)
        #expect(state.cookies.count == BrowserState.maxCookies)
    }

    @Test func localStorageWritesKeepTheLimits() throws {
        var state = BrowserState(connection: ConnectionInfo(localStorage: ["old": "1"]))
        #expect(try state.setLocalStorage("2", forKey: "new") == LocalStorageWrite(key: "new", value: "2"))
        #expect(state.localStorage == ["old": "1", "new": "2"])
        #expect(throws: SwiftlitError.self) {
            try state.setLocalStorage("v", forKey: String(repeating: "k", count: ProtocolLimits.maxLocalStorageKeyLength + 1))
        }
        #expect(throws: SwiftlitError.self) {
            try state.setLocalStorage(String(repeating: "v", count: ProtocolLimits.maxLocalStorageBytes), forKey: "big")
        }
        // Replacing a big value frees its bytes.
        let half = String(repeating: "v", count: ProtocolLimits.maxLocalStorageBytes / 2)
        _ = try state.setLocalStorage(half, forKey: "big")
        _ = try state.setLocalStorage(half, forKey: "big")
        _ = try state.setLocalStorage(nil, forKey: "big")
        _ = try state.setLocalStorage(half, forKey: "other")
        #expect(state.localStorage["other"]?.count == half.count)
        #expect(state.clearLocalStorage().map(\.key) == ["new", "old", "other"])
        #expect(state.localStorage.isEmpty)
    }

    @Test func atMostAThousandLocalStorageEntries() throws {
        var state = BrowserState()
        for index in 0..<ProtocolLimits.maxLocalStorageEntries { _ = try state.setLocalStorage("v", forKey: "k\(index)") }
        #expect(throws: SwiftlitError.self) { try state.setLocalStorage("v", forKey: "one-more") }
        _ = try state.setLocalStorage("w", forKey: "k0")
    }

    @Test func maxAgeNeverOverflows() {
        #expect(CookieMaxAge.days(Int.max).seconds == Int.max)
        #expect(CookieMaxAge.days(-3).seconds == 0)
        #expect(CookieMaxAge(.seconds(90.5)).seconds == 90)
        #expect(CookieMaxAge.hours(2).seconds == 7_200)
    }
}
