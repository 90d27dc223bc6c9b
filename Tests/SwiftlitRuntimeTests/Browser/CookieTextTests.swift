import SwiftlitProtocol
import Testing

@testable import SwiftlitRuntime

/// Cookie names, values and headers as browsers read and write them (RFC 6265).
@Suite struct CookieTextTests {
    @Test func namesAreTokens() {
        for name in ["visits", "visit-count", "a_b", "X1", "!#$%&'*+.^`|~"] { #expect(CookieText.isValidName(name), "\(name)") }
        for name in ["", "a b", "a;b", "a=b", "a,b", "ä", "a\"b", "a/b", "a\tb", "(a)", "a\u{7F}"] {
            #expect(!CookieText.isValidName(name), "\(name)")
        }
    }

    @Test func valuesAreEncodedWhereACookieCannotCarryThem() {
        #expect(CookieText.encode("plain-Value_1.2") == "plain-Value_1.2")
        #expect(CookieText.encode("a b") == "a%20b")
        #expect(CookieText.encode("a;b,c\"d\\e") == "a%3Bb%2Cc%22d%5Ce")
        #expect(CookieText.encode("100%") == "100%25")
        #expect(CookieText.encode("é") == "%C3%A9")
        #expect(CookieText.encode("{\"a\":1}") == "{%22a%22:1}")
    }

    @Test func encodingRoundTrips() {
        for value in ["", "a b", "100%", "%41", "日本語", "a;b=c, \"d\"", "\u{0}\u{1F}", "🍪"] {
            #expect(CookieText.decode(CookieText.encode(value)) == value, "\(value)")
        }
    }

    @Test func readsAreLenientWithCookiesOthersSet() {
        #expect(CookieText.decode("\"quoted\"") == "quoted")
        #expect(CookieText.decode("50%") == "50%", "an escape that does not decode is kept as it is")
        #expect(CookieText.decode("a%zzb") == "a%zzb")
    }

    @Test func aCookieHeaderIsParsedFirstNameWins() {
        let cookies = CookieText.parseHeader("a=1; b=x%20y;c=\"q\";  a=2; noequals; =empty; d=")
        #expect(cookies == ["a": "1", "b": "x y", "c": "q", "d": ""])
    }

    @Test func theSerializedLengthCountsAttributes() {
        let write = CookieWrite(name: "n", value: "v", maxAge: 60, path: nil, sameSite: .strict, secure: nil)
        #expect(CookieText.serialized(write, defaultPath: "/app/") == "n=v; Max-Age=60; Path=/app/; SameSite=Strict; Secure")
    }

    @Test func pathsMustBeAbsoluteAndPlain() {
        #expect(CookieText.isValidPath("/"))
        #expect(CookieText.isValidPath("/sales/"))
        #expect(!CookieText.isValidPath("sales"))
        #expect(!CookieText.isValidPath("/a;b"))
        #expect(!CookieText.isValidPath("/ä"))
    }
}
