/// A file an upload widget holds, as the server recorded it when the browser uploaded it.
public struct UploadedFileInfo: Hashable, Sendable, Codable {
    /// The id the server gave the upload: the widget's value lists these.
    public var id: String
    /// The file's name as the browser sent it (no folders).
    public var name: String
    /// Bytes.
    public var size: Int
    /// The MIME type the server recorded, e.g. `text/csv`.
    public var type: String

    public init(id: String, name: String, size: Int, type: String) {
        self.id = id
        self.name = name
        self.size = size
        self.type = type
    }
}

extension UploadedFileInfo: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["size": .nonNegative]
}

/// `fileUploader`, `cameraInput` and `audioInput`: a widget whose value is files the browser
/// uploaded to `_stcore/upload/<session>?widget=<id>`. Its value on the wire is the list of their
/// ids; the server resolves each against what it stored for this widget and session.
public struct UploadElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// The types it accepts: extensions with their dot (`.csv`) and MIME types (`image/png`,
    /// `image/*`), lowercased; omitted for any type. The server checks them again.
    public var accept: [String]?
    /// `true` when it holds several files; omitted for one.
    public var multiple: Bool?
    /// The largest file it accepts, in bytes.
    public var maxUploadSize: Int
    /// The files it holds, in upload order.
    public var files: [UploadedFileInfo]
    /// `audioInput` only: the sample rate the browser records at, in hertz.
    public var sampleRate: Int?

    public init(
        widget: WidgetInfo, accept: [String]?, multiple: Bool, maxUploadSize: Int, files: [UploadedFileInfo],
        sampleRate: Int? = nil
    ) {
        self.widget = widget
        self.accept = accept
        self.multiple = multiple ? true : nil
        self.maxUploadSize = maxUploadSize
        self.files = files
        self.sampleRate = sampleRate
    }
}

extension UploadElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "maxUploadSize": .nonNegative, "sampleRate": .nonNegative,
    ]
}
