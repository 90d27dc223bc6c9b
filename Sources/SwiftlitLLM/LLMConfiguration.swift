public import Foundation
public import SwiftlitRuntime

/// Where an ``LLMClient`` sends requests and how patiently.
///
/// ```swift
/// let configuration = LLMConfiguration(apiKey: APIKey("sk-…"), model: "gpt-4o-mini")
/// let local = LLMConfiguration(baseURL: URL(string: "http://127.0.0.1:11434/v1")!, model: "llama3.2")  // Ollama
/// ```
public struct LLMConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// The OpenAI API.
    public static let openAIBaseURL: URL = {
        guard let url = URL(string: "https://api.openai.com/v1") else { preconditionFailure("a valid URL literal") }
        return url
    }()
    /// The model used when neither the configuration nor a request names one.
    public static let defaultModel = "gpt-4o-mini"

    /// The API's root, ending in `/v1` for most servers; requests go to `chat/completions` under it.
    public var baseURL: URL
    /// The bearer token; `nil` for local servers that need none.
    public var apiKey: APIKey?
    /// The model requests use unless they name another.
    public var model: String
    /// How long to wait, at most.
    public var timeouts: LLMTimeouts
    /// When to try again.
    public var retry: RetryPolicy

    /// A configuration.
    public init(
        baseURL: URL = LLMConfiguration.openAIBaseURL, apiKey: APIKey? = nil, model: String = LLMConfiguration.defaultModel,
        timeouts: LLMTimeouts = LLMTimeouts(), retry: RetryPolicy = RetryPolicy()
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.model = model
        self.timeouts = timeouts
        self.retry = retry
    }

    /// The chat-completions endpoint.
    var completionsURL: String {
        let root = baseURL.absoluteString
        return (root.hasSuffix("/") ? String(root.dropLast()) : root) + "/chat/completions"
    }

    /// The server and model, never the key.
    public var description: String {
        "LLMConfiguration(baseURL: \(baseURL.absoluteString), model: \(model), apiKey: \(apiKey == nil ? "none" : "••••"))"
    }

    /// The configuration that secrets and environment variables describe, or `nil` when they
    /// name neither a key nor a server (the app then runs offline).
    ///
    /// Reads the `[openai]` table of `.swiftlit/secrets.toml`:
    /// ```toml
    /// [openai]
    /// api_key = "sk-…"
    /// base_url = "https://api.openai.com/v1"   # optional: any OpenAI-compatible server
    /// model = "gpt-4o-mini"                     # optional
    /// ```
    /// and, for each key missing there, `OPENAI_API_KEY`, `OPENAI_BASE_URL` and `OPENAI_MODEL`.
    /// - Throws: ``LLMError`` when a value has the wrong type or the base URL is no http(s) URL.
    public static func fromSecrets(
        _ secrets: Secrets, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LLMError) -> LLMConfiguration? {
        let apiKey = try setting("api_key", in: secrets, orVariable: "OPENAI_API_KEY", environment)
        let baseURL = try setting("base_url", in: secrets, orVariable: "OPENAI_BASE_URL", environment)
        let model = try setting("model", in: secrets, orVariable: "OPENAI_MODEL", environment)
        guard apiKey != nil || baseURL != nil else { return nil }
        var configuration = LLMConfiguration(apiKey: apiKey.map(APIKey.init))
        if let baseURL {
            guard let url = URL(string: baseURL), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw LLMError(
                    .invalidConfiguration,
                    message: "`openai.base_url` is not an http(s) URL: \"\(baseURL)\"; write e.g. https://api.openai.com/v1")
            }
            configuration.baseURL = url
        }
        if let model { configuration.model = model }
        return configuration
    }

    /// A non-empty string from `openai.<key>` in the secrets, else from the environment variable.
    private static func setting(
        _ key: String, in secrets: Secrets, orVariable variable: String, _ environment: [String: String]
    ) throws(LLMError) -> String? {
        if secrets.contains("openai.\(key)") {
            do {
                let value = try secrets.section("openai.\(key)").string
                if !value.isEmpty { return value }
            } catch {
                throw LLMError(.invalidConfiguration, message: "Secret `openai.\(key)`: \(error)")
            }
        }
        guard let value = environment[variable], !value.isEmpty else { return nil }
        return value
    }
}

/// How long an ``LLMClient`` waits.
public struct LLMTimeouts: Sendable, Hashable {
    /// Opening a connection (TCP and TLS).
    public var connect: Duration
    /// The whole request, retries and the streamed reply included.
    public var request: Duration
    /// The longest pause between two pieces of a streamed reply, counted from the response's
    /// headers: a stalled stream fails after it with a clear error instead of hanging.
    public var idle: Duration

    /// Timeouts; the defaults suit hosted models that stream.
    public init(connect: Duration = .seconds(10), request: Duration = .seconds(600), idle: Duration = .seconds(60)) {
        self.connect = connect
        self.request = request
        self.idle = idle
    }
}
