import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `st.chatMessage`: names, avatars (checked by the server) and what AppTest reads of them.
@Suite struct ChatMessageTests {
    @Test func avatarsTravelTyped() async throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(count: 16)
        let at = AppTest { st in
            st.chatMessage("assistant", avatar: "🦖").write("emoji")
            st.chatMessage("user", avatar: ":material/thumb_up:").write("icon")
            st.chatMessage("bot", avatar: .image(png)).write("bytes")
            st.chatMessage("web", avatar: "https://example.com/a.png").write("web")
            st.chatMessage("AI").write("default")
        }
        try await at.run()
        #expect(at.exceptions.isEmpty, "\(at.exceptions)")
        let messages = at.chatMessages
        #expect(messages.map(\.name) == ["assistant", "user", "bot", "web", "AI"])
        #expect(messages[0].avatar == AvatarInfo(type: .emoji, value: "🦖"))
        #expect(messages[1].avatar == AvatarInfo(type: .icon, value: "thumb_up"))
        #expect(messages[2].avatar?.type == .image)
        #expect(messages[2].avatar?.value.contains("media") == true, "bytes are served from the media store")
        #expect(messages[3].avatar == AvatarInfo(type: .image, value: "https://example.com/a.png"))
        #expect(messages[4].avatar == nil)
        #expect(messages.map(\.text) == ["emoji", "icon", "bytes", "web", "default"])
    }

    @Test(arguments: ["ab", "x", ":material/Thumb Up:", "http://example.com/a.png"])
    func aMisusedAvatarIsReportedClearly(_ avatar: String) async throws {
        let at = AppTest { st in st.chatMessage("user", avatar: ChatAvatar(avatar)).write("never") }
        try await at.run()
        let message = try #require(at.exceptions.first).text
        #expect(message.contains("st.chatMessage"), "\(message)")
        #expect(at.chatMessages.isEmpty)
    }

    @Test(arguments: ["❤️", "👍🏽", "🇫🇷", "1️⃣", "👩‍💻", "🦖"])
    func everyKindOfEmojiIsAnAvatar(_ emoji: String) async throws {
        let at = AppTest { st in st.chatMessage("user", avatar: ChatAvatar(emoji)).write("ok") }
        try await at.run()
        #expect(at.exceptions.isEmpty, "\(emoji): \(at.exceptions)")
        #expect(at.chatMessages.first?.avatar == AvatarInfo(type: .emoji, value: emoji))
    }

    @Test func anUnreadableImageFileIsReported() async throws {
        let at = AppTest { st in
            st.chatMessage("bot", avatar: .image(URL(filePath: "/nonexistent/avatar.png"))).write("never")
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("avatar.png") == true)
    }

    /// A chat history replayed from session state: each message keeps its feedback (keyed per
    /// message) and its status of tool steps, in order.
    @Test func historyReplaysWithFeedbackAndStatusInEachMessage() async throws {
        let at = AppTest { st in
            let history = st.session["history", default: [String]()]
            for (index, text) in history.enumerated() {
                st.chatMessage("assistant") { message in
                    let (steps, _) = message.status("Used 1 tool", state: .complete)
                    steps.write("search(\(index))")
                    message.markdown(text)
                    if let rating = message.feedback(.thumbs, key: "feedback-\(index)") {
                        message.caption("rated \(rating)")
                    }
                }
            }
            if let prompt = st.chatInput("Ask") {
                st.session["history"] = history + ["echo: \(prompt)"]
                try st.rerun()
            }
        }
        try await at.run()
        try at.chatInput("Ask").submit("one")
        try await at.run()
        try at.chatInput("Ask").submit("two")
        try await at.run()
        #expect(at.chatMessages.map(\.markdown) == [["search(0)", "echo: one"], ["search(1)", "echo: two"]])
        #expect(at.elements(in: at.chatMessages[0].view).contains { $0.text == "search(0)" })
        try at.widget(key: "feedback-1").set(1)
        try await at.run()
        #expect(at.chatMessages[1].text.contains("rated 1"))
        #expect(!at.chatMessages[0].text.contains("rated"), "the rating belongs to its own message")
    }
}
