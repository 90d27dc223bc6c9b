import Foundation

/// The message in an OpenAI-style error body (`{"error": {"message": "…"}}`), or the start of
/// any other body, so errors can quote what the server said.
enum ServerErrorBody {
    static func message(in body: [UInt8]) -> String? {
        struct Envelope: Decodable {
            struct Detail: Decodable { let message: String? }
            let error: Detail?
            let message: String?
        }
        if let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(body)),  // not JSON: quote the text
            let message = envelope.error?.message ?? envelope.message
        {
            return message
        }
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
