/// What an upload widget accepts: checked by the server on every upload, whatever the browser
/// checked before sending.
package struct UploadRules: Sendable, Equatable {
    /// Extensions with their dot (`.csv`) and MIME types (`image/png`, `image/*`), lowercased;
    /// `nil` accepts any type.
    package var accept: [String]?
    /// The largest file, in bytes.
    package var maxBytes: Int
    /// Whether the widget holds several files.
    package var multiple: Bool
    /// Bytes every accepted file starts with (a JPEG's or a WAV's header), checked after the
    /// upload; `nil` checks none.
    package var signature: FileSignature?

    package init(accept: [String]?, maxBytes: Int, multiple: Bool, signature: FileSignature? = nil) {
        self.accept = accept
        self.maxBytes = maxBytes
        self.multiple = multiple
        self.signature = signature
    }

    /// The longest file name accepted, in bytes (most file systems allow 255).
    package static let maxNameLength = 255

    /// `type:` as an app gives it (`["csv", ".PNG", "image/*"]`) in the form the rules and the
    /// browser's `accept` attribute use (`[".csv", ".png", "image/*"]`); `jpg` brings `jpeg` and
    /// back, as people use both. `nil` or empty accepts any type.
    package static func normalized(_ types: [String]?) -> [String]? {
        guard let types else { return nil }
        var result: [String] = []
        for type in types {
            let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
            guard !trimmed.isEmpty else { continue }
            let entry = trimmed.contains("/") ? trimmed : "." + trimmed.drop { $0 == "." }
            for item in [entry] + (entry == ".jpg" ? [".jpeg"] : entry == ".jpeg" ? [".jpg"] : [])
            where !result.contains(item) {
                result.append(item)
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The MIME type recorded for a file called `name` whose upload declared `declared`: the
    /// type of its extension when known (what the browser declares comes from the same
    /// extension, or from nowhere), else the declared type when it has the shape of one, else
    /// `application/octet-stream`.
    package static func recordedType(name: String, declared: String?) -> String {
        if let known = MIMETypes.byExtension[FileName.extension(of: name)] { return known }
        let declared = declared?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let parts = declared.split(separator: "/", omittingEmptySubsequences: false)
        let isToken = { (part: Substring) in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$&^_.+-".contains($0)) }
        }
        if parts.count == 2, parts.allSatisfy(isToken), declared.count <= 100 { return declared }
        return "application/octet-stream"
    }

    /// Refuses a file called `name` of the recorded `type` that these rules do not accept.
    package func check(name: String, type: String) throws(UploadRefusal) {
        guard !name.isEmpty, name.utf8.count <= Self.maxNameLength else {
            throw UploadRefusal(.badName, "a file name has 1 to \(Self.maxNameLength) bytes")
        }
        guard let accept else { return }
        // The name decides: a MIME entry accepts a file whose extension is of that type. What the
        // browser declared never passes the filter (any client can declare anything).
        let fileExtension = FileName.extension(of: name)
        let extensionType = MIMETypes.byExtension[fileExtension]
        let major = extensionType?.split(separator: "/").first.map { "\($0)/*" }
        let accepted = accept.contains { entry in
            entry == fileExtension || (extensionType != nil && (entry == extensionType || entry == major))
        }
        guard accepted else {
            throw UploadRefusal(
                .unsupportedType,
                "\(name) (\(type)) is not accepted here; accepted: \(accept.joined(separator: ", "))")
        }
    }

    /// Refuses a file of `size` bytes over the limit.
    package func check(size: Int) throws(UploadRefusal) {
        guard size <= maxBytes else { throw Self.tooLarge(maxBytes) }
    }

    /// The refusal of a file over `maxBytes`.
    package static func tooLarge(_ maxBytes: Int) -> UploadRefusal {
        UploadRefusal(.tooLarge, "the file is larger than \(ByteCount.text(maxBytes)), the most this widget accepts")
    }
}

/// The first bytes a kind of file starts with.
package struct FileSignature: Sendable, Equatable {
    /// Byte offset → the bytes expected there.
    package var parts: [(offset: Int, bytes: [UInt8])]
    /// What the file should be, for the refusal ("a JPEG image").
    package var kind: String

    package static func == (lhs: FileSignature, rhs: FileSignature) -> Bool {
        lhs.kind == rhs.kind && lhs.parts.elementsEqual(rhs.parts) { $0.offset == $1.offset && $0.bytes == $1.bytes }
    }

    /// A JPEG's start-of-image marker.
    package static let jpeg = FileSignature(parts: [(0, [0xFF, 0xD8, 0xFF])], kind: "a JPEG image")
    /// A WAV file's RIFF header.
    package static let wav = FileSignature(parts: [(0, Array("RIFF".utf8)), (8, Array("WAVE".utf8))], kind: "a WAV file")

    /// Whether `data` starts as this kind of file does.
    package func matches(_ data: some Collection<UInt8>) -> Bool {
        parts.allSatisfy { part in
            let start = data.index(data.startIndex, offsetBy: part.offset, limitedBy: data.endIndex) ?? data.endIndex
            return data[start...].starts(with: part.bytes)
        }
    }
}

/// File names as browsers send them.
enum FileName {
    /// The lowercased extension with its dot (`.csv`); empty when there is none.
    static func `extension`(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[dot...].lowercased()
    }

    /// The last path component: a browser sends a bare name, other clients may not.
    static func base(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }
}

/// Byte counts in words.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1_048_576, bytes % 1_048_576 == 0 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}

/// The MIME types of common extensions.
enum MIMETypes {
    static let byExtension: [String: String] = [
        ".csv": "text/csv", ".tsv": "text/tab-separated-values", ".txt": "text/plain", ".md": "text/markdown",
        ".json": "application/json", ".xml": "application/xml", ".html": "text/html", ".pdf": "application/pdf",
        ".zip": "application/zip", ".gz": "application/gzip", ".parquet": "application/vnd.apache.parquet",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".xls": "application/vnd.ms-excel", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
        ".gif": "image/gif", ".webp": "image/webp", ".svg": "image/svg+xml", ".bmp": "image/bmp",
        ".wav": "audio/wav", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".flac": "audio/flac", ".m4a": "audio/mp4",
        ".mp4": "video/mp4", ".webm": "video/webm", ".mov": "video/quicktime", ".swift": "text/x-swift",
        ".py": "text/x-python", ".js": "text/javascript", ".bin": "application/octet-stream",
    ]
}
