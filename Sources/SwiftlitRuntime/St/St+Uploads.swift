public import SwiftlitProtocol

extension St {
    /// A file picker with a drop zone. Returns the file the user uploaded, or `nil` before one
    /// is uploaded (and after it is removed).
    ///
    /// ```swift
    /// if let file = st.fileUploader("Upload a CSV file", type: ["csv"]) {
    ///     let table = try Table(csv: file.text ?? "")
    ///     st.dataframe(table)
    /// }
    /// ```
    ///
    /// The browser uploads the bytes over HTTP, not the WebSocket; the server checks the type and
    /// size again and keeps the file in memory for this tab's session only. It is released when
    /// the user removes it, when the widget leaves the page, and when the session ends.
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - type: The accepted types: extensions (`"csv"`, `".png"`) and MIME types (`"image/png"`,
    ///     `"image/*"`); `nil` accepts any file.
    ///   - maxUploadSize: The largest file in megabytes, instead of `server.maxUploadSize`.
    ///   - key: A unique identity; the file is then also `st.session[key]` (an `UploadedFile`).
    ///     Assigning an empty `[UploadedFile]()` to it clears the widget.
    ///   - help: A tooltip.
    ///   - disabled: Shows the widget but takes no upload.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` fills the container (the default), `.points(n)` is n points wide.
    ///   - onChange: Runs before the app body of the run a change causes.
    public func fileUploader(
        _ label: String, type: [String]? = nil, maxUploadSize: Int? = nil, key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch,
        onChange: WidgetCallback? = nil
    ) -> UploadedFile? {
        fileUploads(
            label, type: type, multiple: false, returnsArray: false, maxUploadSize: maxUploadSize, key: key,
            options: WidgetOptions(
                help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch)),
            onChange: onChange
        ).first
    }

    /// A file picker that returns an array: several files with `acceptMultipleFiles: true`, at
    /// most one with `false`. The other parameters are those of
    /// ``fileUploader(_:type:maxUploadSize:key:help:disabled:labelVisibility:width:onChange:)``;
    /// `st.session[key]` holds the `[UploadedFile]`.
    ///
    /// ```swift
    /// let photos = st.fileUploader("Photos", type: ["png", "jpg"], acceptMultipleFiles: true)
    /// st.write("\(photos.count) photos, \(photos.map(\.size).reduce(0, +)) bytes")
    /// ```
    public func fileUploader(
        _ label: String, type: [String]? = nil, acceptMultipleFiles: Bool, maxUploadSize: Int? = nil,
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> [UploadedFile] {
        fileUploads(
            label, type: type, multiple: acceptMultipleFiles, returnsArray: true, maxUploadSize: maxUploadSize,
            key: key,
            options: WidgetOptions(
                help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch)),
            onChange: onChange)
    }

    /// A camera snapshot: shows the webcam, takes a photo on a click, and returns it as a JPEG
    /// (`nil` until a photo is taken, and after "Clear photo").
    ///
    /// ```swift
    /// if let photo = st.cameraInput("Take a picture") {
    ///     st.write("A \(photo.size)-byte JPEG")
    /// }
    /// ```
    /// The browser asks the user for the camera first; the server checks that the upload is a JPEG.
    /// The parameters are those of
    /// ``fileUploader(_:type:maxUploadSize:key:help:disabled:labelVisibility:width:onChange:)``.
    public func cameraInput(
        _ label: String, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> UploadedFile? {
        let rules = UploadRules(
            accept: [".jpg", ".jpeg", "image/jpeg"], maxBytes: run.options.maxUploadSize, multiple: false,
            signature: .jpeg)
        let call = UploadWidgetCall(
            kind: .cameraInput, label: label, key: key, rules: rules, returnsArray: false, onChange: onChange)
        let options = WidgetOptions(
            help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        return run.withBuilder { [placement] builder in
            builder.uploadWidget(call, options: options, in: placement) { info, files in
                .cameraInput(
                    UploadElement(
                        widget: info, accept: rules.accept, multiple: false, maxUploadSize: rules.maxBytes,
                        files: files.map(\.info)))
            }
        }.first
    }

    /// A microphone recording: records while the user holds it on, and returns the recording as a
    /// 16-bit mono WAV file (`nil` until one is recorded, and after it is cleared).
    ///
    /// ```swift
    /// if let recording = st.audioInput("Say something") {
    ///     st.write("\(recording.size) bytes of \(recording.type)")
    /// }
    /// ```
    /// - Parameters:
    ///   - sampleRate: Samples per second the browser records at, from 8000 to 96000; 16000 (the
    ///     default, as in Streamlit) suits speech, 48000 music.
    ///   - The others are those of
    ///     ``fileUploader(_:type:maxUploadSize:key:help:disabled:labelVisibility:width:onChange:)``.
    public func audioInput(
        _ label: String, sampleRate: Int = 16000, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> UploadedFile? {
        guard (8000...96000).contains(sampleRate) else {
            reportMisuse(.sampleRateOutOfRange(sampleRate))
            return nil
        }
        let rules = UploadRules(
            accept: [".wav", "audio/wav"], maxBytes: run.options.maxUploadSize, multiple: false, signature: .wav)
        let call = UploadWidgetCall(
            kind: .audioInput, label: label, key: key, rules: rules, returnsArray: false, onChange: onChange)
        let options = WidgetOptions(
            help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        return run.withBuilder { [placement] builder in
            builder.uploadWidget(call, options: options, in: placement) { info, files in
                .audioInput(
                    UploadElement(
                        widget: info, accept: rules.accept, multiple: false, maxUploadSize: rules.maxBytes,
                        files: files.map(\.info), sampleRate: sampleRate))
            }
        }.first
    }

    private func fileUploads(
        _ label: String, type: [String]?, multiple: Bool, returnsArray: Bool, maxUploadSize: Int?, key: String?,
        options: WidgetOptions, onChange: WidgetCallback?
    ) -> [UploadedFile] {
        if let maxUploadSize, maxUploadSize < 1 {
            reportMisuse(.maxUploadSizeBelowOne(maxUploadSize, in: "st.fileUploader"))
            return []
        }
        // Megabytes as Streamlit counts them (2^20 bytes), capped where multiplying could overflow.
        let maxBytes = maxUploadSize.map { min($0, 1 << 30) * 1_048_576 } ?? run.options.maxUploadSize
        let rules = UploadRules(accept: UploadRules.normalized(type), maxBytes: maxBytes, multiple: multiple)
        let call = UploadWidgetCall(
            kind: .fileUploader, label: label, key: key, rules: rules, returnsArray: returnsArray, onChange: onChange)
        return run.withBuilder { [placement] builder in
            builder.uploadWidget(call, options: options, in: placement) { info, files in
                .fileUploader(
                    UploadElement(
                        widget: info, accept: rules.accept, multiple: multiple, maxUploadSize: maxBytes,
                        files: files.map(\.info)))
            }
        }
    }
}
