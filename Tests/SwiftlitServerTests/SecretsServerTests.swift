import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitServer
import Testing

/// Secrets over a real socket: nothing the browser receives holds a secret value.
@Suite struct SecretsServerTests {
    static let password = "pw-7f3a9c1e"
    static let apiKey = "sk-live-5d2b8e"

    struct ConnectionFailed: Error, CustomStringConvertible {
        let password: String
        var description: String { "could not log in with password \(password)" }
    }

    @Test func theBrowserReceivesNoSecretWrittenOrQuotedByAnError() async throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project.appendingPathComponent(".swiftlit"), withIntermediateDirectories: true)
        try """
            api_key = "\(Self.apiKey)"

            [db]
            password = "\(Self.password)"
            """.write(to: project.appendingPathComponent(".swiftlit/secrets.toml"), atomically: true, encoding: .utf8)
        let secrets = try SecretsLoader.load(directory: project, home: nil, environment: [:])
        let app: AppBody = { st in
            st.write(st.secrets)
            st.markdown("secrets: \(st.secrets), key \(try st.secrets["api_key"])")
            let password = try st.secrets["db"]["password"].string
            st.text("password length \(password.count)")
            throw ConnectionFailed(password: password)
        }
        try await withServer({ $0.secrets = secrets }, app: app) { port in
            try await converse(port: port) { conversation in
                let run = try await conversation.open()
                #expect(renderedTexts(run).contains("password length \(Self.password.count)"))
                let exceptions = run.flatMap(Self.operations).compactMap { op -> ExceptionElement? in
                    switch op {
                    case .insert(_, .exception(let exception)), .set(_, .exception(let exception)): exception
                    default: nil
                    }
                }
                #expect(exceptions.map(\.message) == ["could not log in with password ••••"])
                let everything = conversation.received.joined(separator: "\n")
                #expect(everything.contains("••••"))
                #expect(everything.contains("api_key"))
                #expect(!everything.contains(Self.password))
                #expect(!everything.contains(Self.apiKey))
            }
        }
    }

    static func operations(_ message: ServerMessage) -> [DeltaOp] {
        switch message {
        case .delta(let delta): delta.ops
        case .runFinished(let finished): finished.ops
        default: []
        }
    }
}
