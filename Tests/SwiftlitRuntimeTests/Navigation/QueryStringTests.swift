@testable import SwiftlitRuntime
import Testing

@Suite struct QueryStringTests {
    @Test func readsAsBrowsersSendForms() {
        let query = QueryString(parsing: "q=a+b%2Bc&tag=x&tag=y&empty=&flag&%C3%BCber=%E2%9C%93&&=nameless")
        #expect(query.value("q") == "a b+c")
        #expect(query.values("tag") == ["x", "y"])
        #expect(query.value("tag") == "y", "the last of a repeated key, as Streamlit")
        #expect(query.value("empty") == "")
        #expect(query.value("flag") == "")
        #expect(query.value("über") == "✓")
        #expect(query.items.count == 6, "empty pieces and nameless pairs are dropped")
    }

    @Test func keepsBrokenEscapesAsTyped() {
        #expect(QueryString(parsing: "a=100%&b=%zz&c=%4").items.map(\.value) == ["100%", "%zz", "%4"])
        #expect(QueryString(parsing: "a=%FF").value("a") == "\u{FFFD}", "bytes that are not UTF-8")
    }

    @Test func encodesSoThatWhatIsWrittenReadsBack() {
        var query = QueryString()
        query.set("name", values: ["Ada Lovelace & co"])
        query.set("tag", values: ["a=b", "ü/?#"])
        #expect(query.encoded == "name=Ada+Lovelace+%26+co&tag=a%3Db&tag=%C3%BC%2F%3F%23")
        #expect(QueryString(parsing: query.encoded) == query)
    }

    @Test func settingAKeyKeepsItsPlace() {
        var query = QueryString(parsing: "a=1&b=2&a=3&c=4")
        query.set("a", values: ["9"])
        #expect(query.encoded == "a=9&b=2&c=4")
        query.set("b", values: [])
        #expect(query.encoded == "a=9&c=4")
        query.set("d", values: ["1", "2"])
        #expect(query.encoded == "a=9&c=4&d=1&d=2")
        #expect(query.dictionary == ["a": "9", "c": "4", "d": "2"])
    }
}

@Suite struct PagePathTests {
    @Test func slugsComeFromTitles() {
        #expect(PagePath.slug("Sales report 2026") == "sales-report-2026")
        #expect(PagePath.slug("  Über uns!  ") == "über-uns")
        #expect(PagePath.slug("📈") == "")
        #expect(Page("Q&A — FAQ") { _ in }.path == "q-a-faq")
        #expect(Page("Home", path: "/start/") { _ in }.path == "start")
    }

    @Test func badPathsAreExplained() throws {
        func problem(_ page: Page) -> String { PagePath.problem(with: page) ?? "" }
        #expect(PagePath.problem(with: Page("Settings") { _ in }) == nil)
        #expect(problem(Page("📈") { _ in }).contains("path: \"home\""))
        #expect(problem(Page("A", path: "a/b") { _ in }).contains("one URL segment"))
        #expect(problem(Page("Static", path: "static") { _ in }).contains("the server answers itself"))
        #expect(problem(Page("Core", path: "_STCORE") { _ in }).contains("the server answers itself"))
        #expect(problem(Page("Q", path: "a?b") { _ in }).contains("'?'"))
        #expect(problem(Page("Root", path: "/") { _ in }).contains("isDefault: true"))
    }

    @Test func pathsAreEncodedAsOneSegment() {
        #expect(PagePath.encoded("über uns") == "%C3%BCber%20uns")
        #expect(PagePath.encoded("sales-2026") == "sales-2026")
    }
}
