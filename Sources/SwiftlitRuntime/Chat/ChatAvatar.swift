import Foundation

/// The picture beside a chat message: an emoji, a Material Symbols icon, or an image.
///
/// A string literal is read as Streamlit reads its `avatar` string: `":material/name:"` is an
/// icon, an `https:` address an image, anything else an emoji.
///
/// ```swift
/// st.chatMessage("assistant", avatar: "🦖")
/// st.chatMessage("user", avatar: ":material/thumb_up:")
/// st.chatMessage("bot", avatar: .image(URL(filePath: "assets/bot.png")))
/// ```
public enum ChatAvatar: Sendable, Hashable, ExpressibleByStringLiteral {
    /// One emoji, such as `"🦖"`.
    case emoji(String)
    /// A Material Symbols icon by its name, such as `"thumb_up"` (lowercase letters, digits and `_`).
    case icon(String)
    /// A picture: `Data`, a `file:` URL (read when the message is drawn) or an `https:` URL.
    case image(MediaSource)

    /// Reads `text` as a string literal is read (see ``ChatAvatar``), for avatars held in variables.
    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":material/"), trimmed.hasSuffix(":"), trimmed.count > ":material/:".count {
            self = .icon(String(trimmed.dropFirst(":material/".count).dropLast()))
        } else if trimmed.lowercased().hasPrefix("https://"), let url = URL(string: trimmed) {
            self = .image(.url(url))
        } else {
            self = .emoji(trimmed)
        }
    }

    public init(stringLiteral value: String) { self.init(value) }

    /// A picture from bytes or a URL: `.image(pngData)`, `.image(URL(filePath: "bot.png"))`.
    public static func image(_ source: some MediaSourceConvertible) -> ChatAvatar { .image(source.mediaSource) }

    /// Why this avatar cannot be shown, or `nil` when it can (images are checked when read).
    var problem: String? {
        switch self {
        case .emoji(let text):
            guard text.count == 1, let character = text.first, Self.isEmoji(character) else {
                return "avatar \"\(text)\" is not one emoji. Pass an emoji (\"🦖\"), a Material icon "
                    + "(\":material/thumb_up:\") or an image (.image(URL(filePath: \"avatar.png\")))."
            }
            return nil
        case .icon(let name):
            guard Self.isIconName(name) else {
                return "\":material/\(name):\" is not a Material Symbols name: names have 1 to 64 lowercase letters, "
                    + "digits and underscores, such as \":material/thumb_up:\" (see fonts.google.com/icons)."
            }
            return nil
        case .image: return nil
        }
    }

    /// Whether `name` has the shape of a Material Symbols name (the browser checks the same).
    static func isIconName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count)
            && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    /// Whether `character` is drawn as an emoji: a pictograph, a flag, a keycap or a sequence of them.
    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }  // also a flag's first regional indicator
        // "❤️", "1️⃣", "👍🏽": an emoji-capable scalar made an emoji by what follows it.
        return first.properties.isEmoji && scalars.count > 1
    }
}
