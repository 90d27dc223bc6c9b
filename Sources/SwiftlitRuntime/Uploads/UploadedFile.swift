public import Foundation
import SwiftlitProtocol

/// A file the user uploaded, as `st.fileUploader`, `st.cameraInput` and `st.audioInput` return it.
/// A value: its bytes are in memory, and it stays valid after the user removes it from the widget.
///
/// ```swift
/// if let file = st.fileUploader("A CSV file", type: ["csv"]) {
///     st.write("\(file.name): \(file.size) bytes of \(file.type)")
///     let table = try Table(csv: file.text ?? "")
/// }
/// ```
public struct UploadedFile: Sendable, Hashable, Identifiable {
    /// The id the server gave the upload; unguessable, and valid for this session only.
    public let id: String
    /// The file's name as the browser sent it, without folders.
    public let name: String
    /// The MIME type the server recorded (from the name's extension when it knows it, else from
    /// what the browser declared), e.g. `text/csv`.
    public let type: String
    /// The file's bytes.
    public let data: Data

    /// The size in bytes.
    public var size: Int { data.count }

    /// The bytes as UTF-8 text; `nil` when they are not valid UTF-8.
    public var text: String? { String(data: data, encoding: .utf8) }

    /// A file with these parts; uploads create them, tests can too.
    public init(id: String, name: String, type: String, data: Data) {
        self.id = id
        self.name = name
        self.type = type
        self.data = data
    }

    /// What the widget's element tells the browser of it.
    var info: UploadedFileInfo { UploadedFileInfo(id: id, name: name, size: size, type: type) }
}
