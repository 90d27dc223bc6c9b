/// Why an upload was refused. The server answers with ``status`` and ``message``; nothing of the
/// refused upload is stored.
public struct UploadRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of refusal, which decides the HTTP status.
    public enum Reason: Sendable, Equatable {
        /// No such widget on the session's page (or it is no upload widget): 404.
        case unknownWidget
        /// The widget is disabled: 403.
        case disabled
        /// The file's type is not one the widget accepts: 415.
        case unsupportedType
        /// The file is larger than the widget accepts: 413.
        case tooLarge
        /// The widget holds as many files as it may: 409.
        case tooManyFiles
        /// The name is empty or too long: 400.
        case badName
    }

    public let reason: Reason
    /// What went wrong and what to do, shown in the widget.
    public let message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// The HTTP status code the server answers with.
    public var status: Int {
        switch reason {
        case .unknownWidget: 404
        case .disabled: 403
        case .unsupportedType: 415
        case .tooLarge: 413
        case .tooManyFiles: 409
        case .badName: 400
        }
    }

    public var description: String { message }
}
