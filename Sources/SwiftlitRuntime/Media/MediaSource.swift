public import Foundation

/// Where the bytes of a picture, a sound, a video or a document come from.
///
/// `Data` and `URL` convert to it, so `st.image(pngData)` and `st.image(URL(filePath: "logo.png"))`
/// both work; a list may mix them as `[MediaSource]`.
public enum MediaSource: Sendable, Hashable {
    /// Bytes the app holds; the server serves them from its media store.
    case data(Data)
    /// A `file:` URL, read from disk when the element is drawn, or an `https:` URL the browser
    /// loads directly (the server does not fetch it; the page's security policy loads web media
    /// over HTTPS only).
    case url(URL)
}

/// A value that names media bytes: `Data`, `URL` or ``MediaSource``.
public protocol MediaSourceConvertible: Sendable {
    /// The source it names.
    var mediaSource: MediaSource { get }
}

extension MediaSource: MediaSourceConvertible {
    public var mediaSource: MediaSource { self }
}

extension Data: MediaSourceConvertible {
    public var mediaSource: MediaSource { .data(self) }
}

extension URL: MediaSourceConvertible {
    public var mediaSource: MediaSource { .url(self) }
}

/// A media source, read: bytes to store (with their file's extension, when read from disk), or a
/// web address the browser loads itself.
enum LoadedMedia {
    case bytes(Data, pathExtension: String?)
    case web(String)

    /// Reads `source`; throws a ``SwiftlitError`` that says what to fix.
    init(_ source: MediaSource, function: String) throws(SwiftlitError) {
        switch source {
        case .data(let data): self = .bytes(data, pathExtension: nil)
        case .url(let url) where url.isFileURL:
            do {
                self = .bytes(try Data(contentsOf: url), pathExtension: url.pathExtension)
            } catch {
                throw .unreadableMediaFile(url, function: function, reason: error.localizedDescription)
            }
        case .url(let url):
            guard url.scheme?.lowercased() == "https" else {
                throw .unsupportedMediaURL(url, function: function)
            }
            self = .web(url.absoluteString)
        }
    }
}
