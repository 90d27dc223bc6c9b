import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct SecretsRedactionTests {
    let secrets = SecretsFixture.secrets
    /// Every value of the fixture that is long enough to be scrubbed.
    let values = [SecretsFixture.password, SecretsFixture.apiKey, "admin", "r3ader-pass", "sql.internal", "5432", "db-1.internal"]

    func revealsNothing(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for value in values {
            #expect(!text.contains(value), "\(value) appears in \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func everyTextFormShowsKeysAndMasks() throws {
        let description = "\(secrets)"
        #expect(description.hasPrefix("Secrets({api_key: ••••, connections: {sql: {credentials: {password: ••••"))
        #expect(description.contains("db: {hosts: [••••, ••••], password: ••••, port: ••••"))
        revealsNothing(description)
        revealsNothing(String(reflecting: secrets))
        revealsNothing(String(describing: try secrets["db"]))
        revealsNothing(String(reflecting: try secrets["db"]["password"]))
        #expect("\(try secrets["db"]["password"])" == "••••")
        var dumped = ""
        dump(secrets, to: &dumped)
        #expect(dumped.contains("password"))
        revealsNothing(dumped)
        var dumpedValue = ""
        dump(try secrets["db"], to: &dumpedValue)
        revealsNothing(dumpedValue)
        // Anything that reflects on a value holding secrets sees the same.
        struct Holder { let secrets: Secrets }
        revealsNothing(String(reflecting: Holder(secrets: secrets)))
    }

    @Test func encodingShowsKeysAndMasks() throws {
        let data = try JSONEncoder().encode(secrets)
        let json = try #require(String(data: data, encoding: .utf8))
        revealsNothing(json)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let db = try #require(object["db"] as? [String: Any])
        #expect(db["password"] as? String == "••••")
        #expect((db["hosts"] as? [String])?.count == 2)
    }

    @Test func redactReplacesEverySecretInText() {
        let text = "login as admin with \(SecretsFixture.password) on port 5432 failed (key \(SecretsFixture.apiKey))"
        let redacted = secrets.redact(text)
        revealsNothing(redacted)
        #expect(redacted == "login as •••• with •••• on port •••• failed (key ••••)")
        // Short values are left alone: they would scrub ordinary words.
        #expect(Secrets(["pin": .string("42")]).redact("42 items") == "42 items")
        #expect(Secrets().redact("nothing to hide") == "nothing to hide")
        // Booleans are no secrets, even as the text an environment variable gives them as.
        #expect(Secrets(["debug": .string("true"), "tls": .bool(false)]).redact("true or false") == "true or false")
        // As String(reflecting:) quotes it.
        let quoted = Secrets(["p": .string(#"pa"ss\word"#)])
        #expect(quoted.redact(String(reflecting: #"pa"ss\word"#)) == #""••••""#)
    }

    @Test func writingTheSecretsDrawsKeysOnly() async throws {
        let at = AppTest(secrets: secrets) { st in
            st.write(st.secrets)
            st.write(try st.secrets["db"])
            st.markdown("Loaded: \(st.secrets)")
            st.json(st.secrets)
        }
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.elements(.json).count == 3)
        #expect(at.markdown.first?.text.contains("password: ••••") == true)
        revealsNothing(try Self.wire(at.messages))
    }

    @Test func anAppErrorQuotingASecretIsScrubbedOnThePageAndInTheLog() async throws {
        struct LoginFailed: Error { let user: String; let password: String }
        let (logger, lines) = CapturingLogHandler.logger()
        let at = AppTest(options: RuntimeOptions(logger: logger), secrets: secrets) { st in
            let password = try st.secrets["db"]["password"].string
            st.text("connecting")
            throw LoginFailed(user: try st.secrets["db"]["user"].string, password: password)
        }
        try await at.run()
        let exception = try #require(at.exceptions.first)
        guard case .exception(let element) = exception.element else {
            Issue.record("not an exception: \(exception)")
            return
        }
        #expect(element.type == "LoginFailed")
        #expect(element.details?.contains("password: \"••••\"") == true)
        revealsNothing(element.message + (element.details ?? ""))
        revealsNothing(try Self.wire(at.messages))
        let logged = lines.messages(at: .error)
        #expect(logged.count == 1)
        #expect(logged.first?.contains("LoginFailed") == true)
        revealsNothing(logged.joined(separator: "\n"))
    }

    @Test func aCaughtErrorShownWithExceptionIsScrubbedToo() async throws {
        struct Refused: Error, CustomStringConvertible { let key: String; var description: String { "key \(key) refused" } }
        let at = AppTest(secrets: secrets) { st in
            st.exception(Refused(key: try st.secrets["api_key"].string))
            st.write(Refused(key: try st.secrets["api_key"].string))
        }
        try await at.run()
        #expect(at.exceptions.map(\.text) == ["key •••• refused", "key •••• refused"])
        revealsNothing(try Self.wire(at.messages))
    }

    @Test func aMissingSecretIsAnErrorOnThePageNamingTheKey() async throws {
        let at = AppTest(secrets: secrets) { st in
            st.text(try st.secrets["db"]["token"].string)
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("No secret 'db.token'") == true)
        #expect(at.exceptions.first?.text.contains("SWIFTLIT_SECRETS_DB__TOKEN") == true)
    }

    @Test func aCrashNoticeQuotingASecretIsScrubbed() async throws {
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost { st in st.text("hi") }, secrets: secrets))
        await registry.announce(
            DeveloperNotice(
                kind: .restarted, message: "Fatal error: login with \(SecretsFixture.password) failed",
                diagnostics: [
                    Diagnostic(file: "app.swift", line: 1, column: 1, severity: .error, message: "key \(SecretsFixture.apiKey)")
                ]))
        let client = InMemorySessionClient()
        let session = try #require(await registry.open(resuming: nil, client: client, widgets: [:])).session
        await session.waitUntilIdle()
        let notices = client.drain().compactMap { if case .notice(let notice) = $0 { notice } else { nil } }
        #expect(notices.map(\.message) == ["Fatal error: login with •••• failed"])
        #expect(notices.first?.diagnostics?.map(\.message) == ["key ••••"])
    }

    /// Every message as the browser would receive it.
    static func wire(_ messages: [ServerMessage]) throws -> String {
        let encoder = MessageCoding.makeEncoder()
        return try messages.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
    }
}
