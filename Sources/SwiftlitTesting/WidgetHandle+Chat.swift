public import Foundation
public import SwiftlitRuntime
public import SwiftlitProtocol

/// A file to attach to a chat message in a test: its name, the MIME type a browser would declare,
/// and its bytes.
public struct ChatAttachment: Sendable {
    public var name: String
    public var type: String?
    public var data: Data

    public init(name: String, type: String? = nil, data: Data) {
        self.name = name
        self.type = type
        self.data = data
    }

    /// A UTF-8 text file.
    public init(name: String, text: String) {
        self.init(name: name, type: nil, data: Data(text.utf8))
    }
}

extension WidgetHandle {
    /// Sends a message with attachments from a chat input that takes files: each file is uploaded
    /// through the checks the server's upload route makes (types, size, disabled), then the
    /// message names them, as a browser's does. Takes effect at the next ``AppTest/run(timeout:)``.
    ///
    /// ```swift
    /// try at.chatInput("Ask").submit("Summarise this", files: [ChatAttachment(name: "notes.txt", text: "…")])
    /// try await at.run()
    /// ```
    /// - Throws: ``UploadRefusal`` for an upload the server would refuse; nothing is sent then.
    public func submit(_ text: String, files: [ChatAttachment]) throws(UploadRefusal) {
        var ids: [WidgetValue] = []
        for file in files {
            let stored = try test.uploads.store(id, name: file.name, declaredType: file.type, data: file.data)
            ids.append(.string(stored.id))
        }
        test.submitRaw(.list([.string(text)] + ids), to: id)
    }

    /// Sends any wire value as a chat message, as a forged client could (a list naming files never
    /// uploaded, an over-long text): for tests of the server's checks.
    public func submitRaw(_ value: WidgetValue) { test.submitRaw(value, to: id) }
}
