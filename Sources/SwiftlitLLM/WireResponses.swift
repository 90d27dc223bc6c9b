import Foundation

/// What OpenAI-compatible servers send back, decoded leniently: fields a server leaves out are
/// `nil`, unknown fields are ignored.
enum WireResponses {
    struct Choice: Decodable {
        struct Content: Decodable { let content: String? }
        let message: Content?
        let delta: Content?
        let finish_reason: String?
    }

    struct ErrorDetail: Decodable { let message: String? }

    /// A non-streamed reply, or one chunk of a streamed one (`delta` instead of `message`).
    struct Body: Decodable {
        let choices: [Choice]?
        let usage: TokenUsage?
        let error: ErrorDetail?
    }

    static func decode(_ data: Data) throws(LLMError) -> Body {
        do {
            return try JSONDecoder().decode(Body.self, from: data)
        } catch {
            let start = String(decoding: data.prefix(200), as: UTF8.self)
            throw LLMError(
                .malformedResponse,
                message: "The server sent something that is not an OpenAI-compatible reply (\(error)): \(start)")
        }
    }

    /// The chunk one `data:` event of a stream carries.
    static func chunk(fromEventData data: String) throws(LLMError) -> ChatStreamChunk {
        let body = try decode(Data(data.utf8))
        if let error = body.error {
            throw LLMError(
                .interrupted, message: "The server reported an error mid-reply: \"\(error.message ?? "no message")\"")
        }
        let choice = body.choices?.first
        return ChatStreamChunk(
            text: choice?.delta?.content ?? choice?.message?.content ?? "", finishReason: choice?.finish_reason,
            usage: body.usage)
    }

    /// A whole non-streamed reply.
    static func completion(from data: Data) throws(LLMError) -> Completion {
        let body = try decode(data)
        guard let choice = body.choices?.first else {
            throw LLMError(.malformedResponse, message: "The server's reply has no choices")
        }
        return Completion(
            text: choice.message?.content ?? "", finishReason: choice.finish_reason, usage: body.usage)
    }
}
