import Foundation

/// MIME types of media bytes, told from their first bytes (magic numbers) or a file's extension.
enum MediaType {
    /// The picture format `data` starts with: PNG, JPEG, GIF, WebP, AVIF, BMP or SVG; `nil` otherwise.
    static func image(_ data: Data) -> String? {
        let head = [UInt8](data.prefix(16))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if isRIFF(head, form: "WEBP") { return "image/webp" }
        if brand(head).map({ ["avif", "avis"].contains($0) }) == true { return "image/avif" }
        if head.starts(with: Array("BM".utf8)), head.count >= 14 { return "image/bmp" }
        if isSVG(data) { return "image/svg+xml" }
        return nil
    }

    /// The audio or video container `data` starts with; `nil` when unknown.
    static func audioVideo(_ data: Data, video: Bool) -> String? {
        let head = [UInt8](data.prefix(16))
        if isRIFF(head, form: "WAVE") { return "audio/wav" }
        if head.starts(with: Array("OggS".utf8)) { return video ? "video/ogg" : "audio/ogg" }
        if head.starts(with: Array("fLaC".utf8)) { return "audio/flac" }
        if head.starts(with: Array("ID3".utf8)) || (head.count >= 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0) {
            return "audio/mpeg"
        }
        if head.starts(with: [0x1A, 0x45, 0xDF, 0xA3]) { return video ? "video/webm" : "audio/webm" }
        if let brand = brand(head) { return brand.hasPrefix("M4A") ? "audio/mp4" : (video ? "video/mp4" : "audio/mp4") }
        return nil
    }

    /// Whether `data` is a PDF document.
    static func isPDF(_ data: Data) -> Bool { data.prefix(5).elementsEqual("%PDF-".utf8) }

    /// The type a file's extension names, for files whose bytes say nothing (e.g. MPEG-TS).
    static func forExtension(_ pathExtension: String) -> String? {
        let types = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
            "svg": "image/svg+xml", "avif": "image/avif", "bmp": "image/bmp", "wav": "audio/wav", "mp3": "audio/mpeg",
            "ogg": "audio/ogg", "oga": "audio/ogg", "flac": "audio/flac", "m4a": "audio/mp4", "aac": "audio/aac",
            "weba": "audio/webm", "mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "ogv": "video/ogg",
            "mov": "video/quicktime", "pdf": "application/pdf", "vtt": "text/vtt", "csv": "text/csv",
            "txt": "text/plain", "json": "application/json", "zip": "application/zip",
        ]
        return types[pathExtension.lowercased()]
    }

    /// The extension a URL of this type ends with, so that "Save as…" proposes a sensible name.
    static func fileExtension(for mimeType: String) -> String? {
        let base = mimeType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let extensions = [
            "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "image/svg+xml": "svg",
            "image/avif": "avif", "image/bmp": "bmp", "audio/wav": "wav", "audio/mpeg": "mp3", "audio/ogg": "ogg",
            "audio/flac": "flac", "audio/mp4": "m4a", "audio/webm": "weba", "video/mp4": "mp4", "video/webm": "webm",
            "video/ogg": "ogv", "application/pdf": "pdf", "text/vtt": "vtt", "text/plain": "txt", "text/csv": "csv",
            "application/json": "json",
        ]
        return base.flatMap { extensions[$0] }
    }

    private static func isRIFF(_ head: [UInt8], form: String) -> Bool {
        head.count >= 12 && head.starts(with: Array("RIFF".utf8)) && head[8..<12].elementsEqual(form.utf8)
    }

    /// The major brand of an ISO base media file (MP4, M4A, AVIF): `ftyp` at offset 4.
    private static func brand(_ head: [UInt8]) -> String? {
        guard head.count >= 12, head[4..<8].elementsEqual("ftyp".utf8) else { return nil }
        return String(decoding: head[8..<12], as: UTF8.self)
    }

    /// SVG is text: an `<svg` element near the start, maybe after an XML declaration, comments
    /// or a doctype.
    private static func isSVG(_ data: Data) -> Bool {
        let text = String(decoding: data.prefix(4096), as: UTF8.self)
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard trimmed.hasPrefix("<") else { return false }
        return trimmed.hasPrefix("<svg") || (trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!")) && text.contains("<svg")
    }
}
