import Foundation

/// The app's files in `assets/`, read once.
enum Assets {
    /// The text shown above an empty chat.
    static let welcome: String = {
        guard let url = Bundle.module.url(forResource: "welcome", withExtension: "md", subdirectory: "assets"),
            let text = try? String(contentsOf: url, encoding: .utf8)  // a missing asset only loses the greeting
        else { return "Ask me anything below." }
        return text
    }()
}
