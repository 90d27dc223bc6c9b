import Foundation
import SwiftlitLLM
import SwiftlitRuntime

/// Which model the app talks to: an OpenAI-compatible server when the secrets (or `OPENAI_*`
/// variables) configure one, the built-in echo model otherwise. The app's only LLM set-up.
enum LLM {
    struct Backend {
        let model: any ChatModel
        /// The model names the sidebar offers, the configured one first.
        let models: [String]
        /// One line for the sidebar: what answers, never the key.
        let summary: String
    }

    /// - Parameter echoDelay: The offline echo model's pause between words.
    static func backend(for st: St, environment: [String: String], echoDelay: Duration) async throws -> Backend {
        let secrets = st.secrets
        guard let configuration = try LLMConfiguration.fromSecrets(secrets, environment: environment) else {
            return Backend(
                model: EchoModel(prefix: "Offline echo of the prompt:\n\n", delay: echoDelay), models: ["echo"],
                summary: "Offline: the echo model shows the prompt it was sent. Add `[openai]` secrets to talk to a real model.")
        }
        // `openai.models` may list more names to offer; the configured model comes first.
        let extra = secrets.contains("openai.models") ? try secrets.section("openai.models").array.map { try $0.string } : []
        let models = [configuration.model] + extra.filter { $0 != configuration.model }
        // One client per configuration for the whole server: its connections are reused across runs and tabs.
        let client = try await st.cacheResource(configuration, name: "LLM client", showSpinner: false) { LLMClient($0) }
        return Backend(
            model: client, models: models,
            summary: "Server: \(configuration.baseURL.absoluteString)")
    }
}
