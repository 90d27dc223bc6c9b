public import Foundation

/// A subtitle track of `st.video`: WebVTT or SubRip (SRT) text, or a file holding it.
///
/// ```swift
/// st.video(movie, subtitles: [
///     SubtitleTrack(label: "English", "WEBVTT\n\n00:00.000 --> 00:02.000\nHello"),
///     SubtitleTrack(label: "Deutsch", contentsOf: URL(filePath: "de.srt")),
/// ])
/// ```
public struct SubtitleTrack: Sendable, Hashable {
    /// The name the player's subtitle menu shows.
    public var label: String
    /// The text (WebVTT or SRT), or the file holding it.
    public var source: MediaSource

    /// A track from WebVTT or SRT text.
    public init(label: String = "default", _ text: String) {
        self.label = label
        source = .data(Data(text.utf8))
    }

    /// A track from a `.vtt` or `.srt` file.
    public init(label: String = "default", contentsOf file: URL) {
        self.label = label
        source = .url(file)
    }
}

/// Subtitles as browsers play them: WebVTT.
enum WebVTT {
    /// `text` as WebVTT: returned as is when it is WebVTT already, else read as SRT (numbered cues
    /// with `00:00:01,000 --> 00:00:02,000` timings) and converted.
    static func convert(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let body = unified.hasPrefix("\u{FEFF}") ? String(unified.dropFirst()) : unified
        if body.hasPrefix("WEBVTT") { return body }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            // Only timing lines change: SRT writes the milliseconds after a comma.
            line.contains("-->") ? line.replacingOccurrences(of: ",", with: ".") : String(line)
        }
        return "WEBVTT\n\n" + lines.joined(separator: "\n")
    }
}
