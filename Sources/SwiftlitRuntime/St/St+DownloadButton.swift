public import Foundation
public import SwiftlitProtocol

/// What a download button's click does besides saving the file.
public enum DownloadButtonClick: Sendable {
    /// Reruns the app; the button returns `true` in that run (Streamlit's default).
    case rerun
    /// Only saves the file: the app does not rerun.
    case ignore
    /// Runs the callback, then reruns the app.
    case call(WidgetCallback)
}

extension St {
    /// A button that saves `data` as a file. Returns `true` in the run its click causes.
    ///
    /// ```swift
    /// st.downloadButton("Download CSV", data: csvData, fileName: "sales.csv", mime: "text/csv")
    /// ```
    /// - Parameters:
    ///   - label: The text on the button, also its accessible name and (without `key`) its identity.
    ///   - data: The file's bytes.
    ///   - fileName: The name the browser saves it under (path separators and quotes are removed).
    ///   - mime: The MIME type; `nil` guesses it from `fileName`'s extension, else
    ///     `application/octet-stream`.
    ///   - key: A unique identity, needed when two buttons share a label.
    ///   - help: A tooltip.
    ///   - style: `.primary` for the main action.
    ///   - disabled: Shows the button but ignores clicks.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide.
    ///   - onClick: `.rerun` (the default), `.ignore` (no rerun), or a callback before the rerun.
    @discardableResult
    public func downloadButton(
        _ label: String, data: Data, fileName: String = "download", mime: String? = nil, key: String? = nil,
        help: String? = nil, style: ButtonStyle = .secondary, disabled: Bool = false, width: ElementWidth = .content,
        onClick: DownloadButtonClick = .rerun
    ) -> Bool {
        let name = DownloadFileName.sanitized(fileName)
        let type = mime ?? DownloadFileName.mimeType(of: name) ?? "application/octet-stream"
        return downloadButton(
            label, file: MediaFile(content: .bytes(data), mimeType: type, downloadName: name),
            key: MediaKey(content: .bytes(data), mimeType: type, downloadName: name), widgetKey: key, help: help,
            style: style, disabled: disabled, width: width, onClick: onClick)
    }

    /// A button that saves `text` (UTF-8) as a file. Returns `true` in the run its click causes.
    ///
    /// ```swift
    /// st.downloadButton("Save notes", data: notes, fileName: "notes.md")
    /// ```
    /// - Parameters: As for the `Data` variant; `mime` defaults to `text/plain; charset=utf-8`
    ///   unless `fileName`'s extension says otherwise.
    @discardableResult
    public func downloadButton(
        _ label: String, data text: String, fileName: String = "download.txt", mime: String? = nil,
        key: String? = nil, help: String? = nil, style: ButtonStyle = .secondary, disabled: Bool = false,
        width: ElementWidth = .content, onClick: DownloadButtonClick = .rerun
    ) -> Bool {
        let name = DownloadFileName.sanitized(fileName)
        let type = mime ?? DownloadFileName.mimeType(of: name).map(DownloadFileName.withCharset) ?? "text/plain; charset=utf-8"
        return downloadButton(
            label, data: Data(text.utf8), fileName: name, mime: type, key: key, help: help, style: style,
            disabled: disabled, width: width, onClick: onClick)
    }

    /// A button that computes the file when clicked: `data` runs on the server only then (not on
    /// every run), and its bytes are saved. Returns `true` in the run the click causes.
    ///
    /// ```swift
    /// st.downloadButton("Export report", fileName: "report.csv", mime: "text/csv") {
    ///     try await Report.build(for: month).csvData()
    /// }
    /// ```
    /// - Parameters:
    ///   - data: Makes the file's bytes; the latest run's closure is the one a click runs. An error
    ///     it throws is shown beside the button.
    ///   - Others: As for the `Data` variant.
    @discardableResult
    public func downloadButton(
        _ label: String, fileName: String = "download", mime: String? = nil, key: String? = nil, help: String? = nil,
        style: ButtonStyle = .secondary, disabled: Bool = false, width: ElementWidth = .content,
        onClick: DownloadButtonClick = .rerun, data: @escaping @Sendable () async throws -> Data
    ) -> Bool {
        let name = DownloadFileName.sanitized(fileName)
        let type = mime ?? DownloadFileName.mimeType(of: name) ?? "application/octet-stream"
        let id = placement.widgetID(kind: .downloadButton, label: label, key: key)
        return downloadButton(
            label, file: MediaFile(content: .deferred(data), mimeType: type, downloadName: name),
            key: MediaKey(content: .deferred(id), mimeType: type, downloadName: name), widgetKey: key, help: help,
            style: style, disabled: disabled, width: width, onClick: onClick)
    }

    private func downloadButton(
        _ label: String, file: MediaFile, key mediaKey: MediaKey, widgetKey: String?, help: String?, style: ButtonStyle,
        disabled: Bool, width: ElementWidth, onClick: DownloadButtonClick
    ) -> Bool {
        guard let url = storedURL(file, key: mediaKey) else { return false }
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: .visible, width: width.unless(.content))
        let (click, callback): (DownloadClick, WidgetCallback?) =
            switch onClick {
            case .rerun: (.rerun, nil)
            case .ignore: (.ignore, nil)
            case .call(let callback): (.rerun, callback)
            }
        let fileName = file.downloadName ?? "download"
        return run.withBuilder { [placement] builder in
            builder.button(
                label: label, key: widgetKey, formSubmit: false, onClick: callback, options: options,
                kind: .downloadButton, in: placement
            ) {
                .downloadButton(DownloadButtonElement(widget: $0, url: url, fileName: fileName, style: style, onClick: click))
            }
        }
    }
}

/// The names downloads are saved under.
enum DownloadFileName {
    /// `name` without what could escape the download folder or break a header: the last path
    /// component, no control characters or quotes, at most 200 characters; `download` when
    /// nothing is left.
    static func sanitized(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(
            last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" }.map(Character.init)
        ).trimmingCharacters(in: .whitespaces)
        let short = String(cleaned.prefix(200))
        return short.isEmpty || short.allSatisfy({ $0 == "." }) ? "download" : short
    }

    /// The type `name`'s extension names, if any.
    static func mimeType(of name: String) -> String? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return MediaType.forExtension(String(name[name.index(after: dot)...]))
    }

    /// Text types say their encoding, which is UTF-8.
    static func withCharset(_ type: String) -> String {
        type.hasPrefix("text/") || type == "application/json" ? "\(type); charset=utf-8" : type
    }
}
