/// One picture of an `image` element.
public struct ImageItem: Hashable, Sendable, Codable {
    /// Where the browser loads it: `_stcore/media/…`, relative to the page's base, or an
    /// `https:` URL on the web.
    public var url: String
    /// Shown under the picture, and its alternative text.
    public var caption: String?

    public init(url: String, caption: String?) {
        self.url = url
        self.caption = caption
    }
}

/// `image`: one picture, or several side by side.
public struct ImageElement: Hashable, Sendable, Codable {
    public var images: [ImageItem]
    /// `stretch` fills the container; omitted: as wide as the picture, up to the container.
    public var widthMode: WidthMode?
    /// A fixed width in points, which wins over ``widthMode``.
    public var width: Int?

    public init(images: [ImageItem], widthMode: WidthMode?, width: Int?) {
        self.images = images
        self.widthMode = widthMode
        self.width = width
    }
}

extension ImageElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["width": .nonNegative]
}

/// A subtitle track of a video, served as `text/vtt`.
public struct SubtitleTrackInfo: Hashable, Sendable, Codable {
    /// The name the player's menu shows.
    public var label: String
    /// Where the browser loads the WebVTT text, relative to the page's base.
    public var url: String

    public init(label: String, url: String) {
        self.label = label
        self.url = url
    }
}

/// `audio` and `video`: a player.
public struct PlayerElement: Hashable, Sendable, Codable {
    /// Where the browser loads the media: `_stcore/media/…` or an `https:` URL.
    public var url: String
    /// The MIME type, when known, e.g. `audio/wav`.
    public var mimeType: String?
    /// Where playback starts, in seconds; omitted for 0.
    public var startTime: Double?
    /// Where playback stops (or loops back to ``startTime``), in seconds; omitted: the end.
    public var endTime: Double?
    /// `true`: plays again from ``startTime`` after the end.
    public var loop: Bool?
    /// `true`: starts playing when shown (browsers allow it for muted video only).
    public var autoplay: Bool?
    /// `true`: starts without sound (video).
    public var muted: Bool?
    /// Subtitle tracks (video), the first one shown by default.
    public var subtitles: [SubtitleTrackInfo]?

    public init(
        url: String, mimeType: String?, startTime: Double, endTime: Double?, loop: Bool, autoplay: Bool,
        muted: Bool = false, subtitles: [SubtitleTrackInfo] = []
    ) {
        self.url = url
        self.mimeType = mimeType
        self.startTime = startTime > 0 ? startTime : nil
        self.endTime = endTime
        self.loop = loop ? true : nil
        self.autoplay = autoplay ? true : nil
        self.muted = muted ? true : nil
        self.subtitles = subtitles.isEmpty ? nil : subtitles
    }
}

/// `pdf`: a document in the browser's PDF viewer.
public struct PdfElement: Hashable, Sendable, Codable {
    /// Where the browser loads the document, relative to the page's base.
    public var url: String
    /// The viewer's height in points.
    public var height: Int

    public init(url: String, height: Int) {
        self.url = url
        self.height = height
    }
}

extension PdfElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["height": .nonNegative]
}

/// What clicking a download button does besides downloading.
public enum DownloadClick: String, Hashable, Sendable, Codable, WireEnum {
    /// Reruns the app, where the button returns `true` (Streamlit's `on_click="rerun"`).
    case rerun
    /// Only downloads.
    case ignore
}

/// `downloadButton`: a button that saves a file.
public struct DownloadButtonElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// Where the browser fetches the file (an attachment), relative to the page's base.
    public var url: String
    /// The name the file is saved under.
    public var fileName: String
    /// Omitted for the default, secondary style.
    public var style: ButtonStyle?
    /// Omitted for ``DownloadClick/rerun``.
    public var onClick: DownloadClick?

    public init(widget: WidgetInfo, url: String, fileName: String, style: ButtonStyle, onClick: DownloadClick) {
        self.widget = widget
        self.url = url
        self.fileName = fileName
        self.style = style == .secondary ? nil : style
        self.onClick = onClick == .rerun ? nil : onClick
    }
}
