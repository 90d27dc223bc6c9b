import Foundation

extension SwiftlitError {
    static func unreadableMediaFile(_ url: URL, function: String, reason: String) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "\(function) could not read the file \(url.path) (\(reason)). Check the path: a relative path starts "
                + "from the directory the server runs in, \(FileManager.default.currentDirectoryPath).")
    }

    static func unsupportedMediaURL(_ url: URL, function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "\(function) shows files (file: URLs) and web addresses over HTTPS, not '\(url.scheme ?? "")' URLs (the page "
                + "loads web media over HTTPS only). Pass the bytes as Data instead.")
    }

    static func unknownImageFormat(function: String) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "\(function) could not tell the picture's format from its bytes. PNG, JPEG, GIF, WebP, AVIF, BMP and SVG "
                + "are shown; convert the picture to one of them.")
    }

    static func captionCount(images: Int, captions: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.image got \(images) images and \(captions) captions. Pass one caption per image, or none.")
    }

    static func notPDF(function: String) -> SwiftlitError {
        SwiftlitError(.badData, "\(function) needs a PDF document: these bytes do not start with %PDF-.")
    }

    static func badTimeRange(start: Double, end: Double?, function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "\(function) got startTime \(start) and endTime \(end.map { "\($0)" } ?? "nil"). The start is 0 or more "
                + "seconds and the end, when given, comes after it.")
    }

    static func mediaStoreFull(_ full: MediaStoreFull) -> SwiftlitError {
        SwiftlitError(.badData, full.description)
    }

    static func downloadButtonInForm(_ label: String) -> SwiftlitError {
        SwiftlitError(
            .misplaced,
            "st.downloadButton(\"\(label)\") cannot be used inside a form: a form sends its values only when "
                + "submitted. Put the download button after the form.")
    }
}
