/// Why a chat completion failed, in words that say what to do about it.
public struct LLMError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for code that handles some differently.
    public enum Kind: Sendable, Hashable {
        /// The `[openai]` secrets or `OPENAI_*` variables hold a value of the wrong type or form.
        case invalidConfiguration
        /// The server refused the key (401 or 403).
        case unauthorized
        /// Too many requests (429), still after every retry.
        case rateLimited
        /// The server failed (5xx), still after every retry.
        case serverError
        /// The server refused the request (another 4xx): a wrong model name, a malformed message.
        case badRequest
        /// The server could not be reached, still after every retry.
        case connectionFailed
        /// The whole request took longer than its timeout.
        case timedOut
        /// A streamed reply stopped sending chunks for longer than the idle timeout.
        case stalled
        /// The connection broke or closed after the reply had started.
        case interrupted
        /// The server's answer is not what an OpenAI-compatible server sends.
        case malformedResponse
    }

    /// The kind of failure.
    public let kind: Kind
    /// The HTTP status, when the server answered with one.
    public let status: Int?
    /// What happened and what to do.
    public let message: String

    /// An error of `kind`.
    public init(_ kind: Kind, status: Int? = nil, message: String) {
        self.kind = kind
        self.status = status
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// Where the key comes from, for the errors about it.
    static let keyHint =
        "check the API key in secrets `openai.api_key` (.swiftlit/secrets.toml) or the OPENAI_API_KEY environment variable"

    /// The error for an HTTP status the client will not retry (any more), quoting the server's message.
    static func http(status: Int, serverMessage: String?, attempts: Int, url: String) -> LLMError {
        let quoted = serverMessage.map { ": \"\($0)\"" } ?? ""
        let tries = attempts > 1 ? " after \(attempts) attempts" : ""
        switch status {
        case 401, 403:
            return LLMError(
                .unauthorized, status: status,
                message: "The server at \(url) refused the API key (HTTP \(status))\(quoted); \(keyHint)")
        case 429:
            return LLMError(
                .rateLimited, status: status,
                message: "The server at \(url) is rate limiting requests (HTTP 429)\(tries)\(quoted); "
                    + "wait a moment and try again, or check the account's quota")
        case 500...599:
            return LLMError(
                .serverError, status: status,
                message: "The server at \(url) failed (HTTP \(status))\(tries)\(quoted); try again later")
        case 404:
            return LLMError(
                .badRequest, status: status,
                message: "The server at \(url) has no such endpoint or model (HTTP 404)\(quoted); "
                    + "check `openai.base_url` (it usually ends in /v1) and `openai.model`")
        default:
            return LLMError(
                .badRequest, status: status, message: "The server at \(url) refused the request (HTTP \(status))\(quoted)")
        }
    }
}
