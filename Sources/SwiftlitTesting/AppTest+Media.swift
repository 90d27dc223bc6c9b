public import Foundation
public import SwiftlitProtocol
public import SwiftlitRuntime

extension AppTest {
    /// Every `st.image` element, in reading order.
    public var images: [ElementView] { elements(.image) }
    /// Every `st.audio` element, in reading order.
    public var audios: [ElementView] { elements(.audio) }
    /// Every `st.video` element, in reading order.
    public var videos: [ElementView] { elements(.video) }
    /// Every `st.pdf` element, in reading order.
    public var pdfs: [ElementView] { elements(.pdf) }

    /// The download button labelled `label`.
    public func downloadButton(_ label: String) throws -> WidgetHandle { try widget(.downloadButton, label) }

    /// The bytes the media endpoint serves at `url` (a URL an element names), as the browser
    /// would fetch them; a download computed on click is computed now.
    ///
    /// ```swift
    /// let png = try await at.mediaBytes(at: at.images[0].mediaURLs[0])
    /// ```
    /// - Throws: ``AppTestMediaError/notStored(_:)`` for a web URL, or a file no page shows any more.
    public func mediaBytes(at url: String) async throws -> Data {
        try await mediaFile(at: url).bytes()
    }

    /// The media file the endpoint serves at `url`: its type and download name, and its bytes.
    public func mediaFile(at url: String) throws -> MediaFile {
        guard url.hasPrefix(MediaRoute.pathPrefix),
            let file = environment.mediaFiles.file(MediaRoute.fileID(fromName: url.dropFirst(MediaRoute.pathPrefix.count)))
        else { throw AppTestMediaError.notStored(url) }
        return file
    }
}

extension WidgetHandle {
    /// Clicks a download button as a browser does: fetches its file (running a `data` closure
    /// now) and, unless the button's `onClick` is `.ignore`, clicks it so that the next
    /// ``AppTest/run(timeout:)`` reads `true`.
    /// - Returns: The file's bytes.
    public func download() async throws -> Data {
        guard case .downloadButton(let button) = element else { throw AppTestMediaError.notADownloadButton(id) }
        let data = try await test.mediaBytes(at: button.url)
        if button.onClick != .ignore { click() }
        return data
    }
}

extension ElementView {
    /// The URLs a media element or download button loads: each picture's, the player's, the PDF's,
    /// the file's; empty for other elements.
    public var mediaURLs: [String] {
        switch element {
        case .image(let e): e.images.map(\.url)
        case .audio(let e), .video(let e): [e.url]
        case .pdf(let e): [e.url]
        case .downloadButton(let e): [e.url]
        default: []
        }
    }

    /// The captions of an `st.image` element's pictures (`nil` where one has none).
    public var captions: [String?] {
        if case .image(let e) = element { e.images.map(\.caption) } else { [] }
    }
}

/// Why an ``AppTest`` media query failed.
public enum AppTestMediaError: Error, CustomStringConvertible {
    /// The URL is not one the media store serves: a web address, or a file no page shows any more.
    case notStored(String)
    /// ``WidgetHandle/download()`` was called on another widget.
    case notADownloadButton(WidgetID)

    public var description: String {
        switch self {
        case .notStored(let url): "the media store serves nothing at \(url): a web URL, or a file no page shows any more"
        case .notADownloadButton(let id): "the widget '\(id)' is not a download button"
        }
    }
}
