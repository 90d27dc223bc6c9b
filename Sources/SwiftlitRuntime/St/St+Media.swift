import Foundation
import SwiftlitProtocol

extension St {
    /// A picture: PNG, JPEG, GIF, WebP, AVIF, BMP or SVG bytes, a file, or a web address.
    ///
    /// ```swift
    /// st.image(URL(filePath: "chart.png"), caption: "Sales by month")
    /// st.image(pngData, width: .points(200))
    /// st.image(URL(string: "https://example.com/cat.jpg")!)
    /// ```
    /// - Parameters:
    ///   - source: `Data`, a `file:` URL (read now), or an `https:` URL the browser loads itself.
    ///   - caption: Shown under the picture; also its alternative text for screen readers.
    ///   - width: `.content` (the default) shows it at its own size, up to the container's width;
    ///     `.stretch` fills the container; `.points(n)` is n points wide.
    public func image(_ source: some MediaSourceConvertible, caption: String? = nil, width: ElementWidth = .content) {
        image([source.mediaSource], captions: caption.map { [$0] }, width: width)
    }

    /// Several pictures side by side, wrapping onto more rows when they do not fit.
    ///
    /// ```swift
    /// st.image([front, back], captions: ["Front", "Back"], width: .points(160))
    /// ```
    /// - Parameters:
    ///   - sources: `Data`, `file:` URLs or web URLs (mix them as `[MediaSource]`).
    ///   - captions: One per picture, or `nil` for none.
    ///   - width: The width of each picture (see ``image(_:caption:width:)``).
    public func image(
        _ sources: [some MediaSourceConvertible], captions: [String]? = nil, width: ElementWidth = .content
    ) {
        if let captions, captions.count != sources.count {
            return reportMisuse(.captionCount(images: sources.count, captions: captions.count))
        }
        var items: [ImageItem] = []
        for (index, source) in sources.enumerated() {
            guard
                let url = mediaURL(source.mediaSource, function: "st.image", type: { data, pathExtension in
                    MediaType.image(data) ?? pathExtension.flatMap(MediaType.forExtension)
                        .flatMap { $0.hasPrefix("image/") ? $0 : nil }
                })
            else { return }
            items.append(ImageItem(url: url, caption: captions?[index]))
        }
        let wire = width.unless(.content)?.widgetWire
        emit(.image(ImageElement(images: items, widthMode: wire?.mode, width: wire?.points)))
    }

    /// An audio player.
    ///
    /// ```swift
    /// st.audio(URL(filePath: "chime.wav"))
    /// st.audio(speech, format: "audio/mpeg", startTime: .seconds(3), endTime: .seconds(9))
    /// ```
    /// - Parameters:
    ///   - source: `Data`, a `file:` URL (read now), or an `https:` URL the browser loads itself.
    ///   - format: The MIME type; `nil` tells it from the bytes (WAV, MP3, Ogg, FLAC, MP4, WebM).
    ///   - startTime: Where playback starts.
    ///   - endTime: Where playback stops (or, with `loop`, starts over); `nil` plays to the end.
    ///   - loop: Plays again from `startTime` after the end.
    ///   - autoplay: Starts playing when shown, where the browser allows it.
    public func audio(
        _ source: some MediaSourceConvertible, format: String? = nil, startTime: Duration = .zero,
        endTime: Duration? = nil, loop: Bool = false, autoplay: Bool = false
    ) {
        guard let player = player(source, function: "st.audio", video: false, format: format, startTime: startTime, endTime: endTime)
        else { return }
        emit(.audio(PlayerElement(url: player.url, mimeType: player.mimeType, startTime: player.start, endTime: player.end, loop: loop, autoplay: autoplay)))
    }

    /// A video player, with optional subtitles.
    ///
    /// ```swift
    /// st.video(URL(filePath: "demo.webm"), startTime: .seconds(2), muted: true)
    /// st.video(movie, subtitles: [SubtitleTrack(label: "English", srtText)])
    /// ```
    /// - Parameters:
    ///   - source: `Data`, a `file:` URL (read now), or an `https:` URL the browser loads itself.
    ///   - format: The MIME type; `nil` tells it from the bytes (MP4, WebM, Ogg).
    ///   - startTime: Where playback starts.
    ///   - endTime: Where playback stops (or, with `loop`, starts over); `nil` plays to the end.
    ///   - subtitles: Tracks of WebVTT or SRT text; the first is shown by default.
    ///   - loop: Plays again from `startTime` after the end.
    ///   - autoplay: Starts playing when shown; browsers allow it for muted videos.
    ///   - muted: Starts without sound.
    public func video(
        _ source: some MediaSourceConvertible, format: String? = nil, startTime: Duration = .zero,
        endTime: Duration? = nil, subtitles: [SubtitleTrack] = [], loop: Bool = false, autoplay: Bool = false,
        muted: Bool = false
    ) {
        guard let player = player(source, function: "st.video", video: true, format: format, startTime: startTime, endTime: endTime)
        else { return }
        var tracks: [SubtitleTrackInfo] = []
        for track in subtitles {
            guard
                let url = mediaURL(
                    track.source, function: "st.video subtitles", type: { _, _ in "text/vtt" },
                    transform: { Data(WebVTT.convert(String(decoding: $0, as: UTF8.self)).utf8) })
            else { return }
            tracks.append(SubtitleTrackInfo(label: track.label, url: url))
        }
        emit(
            .video(
                PlayerElement(
                    url: player.url, mimeType: player.mimeType, startTime: player.start, endTime: player.end, loop: loop,
                    autoplay: autoplay, muted: muted, subtitles: tracks)))
    }

    /// A PDF document in the browser's viewer.
    ///
    /// ```swift
    /// st.pdf(URL(filePath: "report.pdf"), height: 600)
    /// ```
    /// - Parameters:
    ///   - source: The document's bytes, or a `file:` URL (read now).
    ///   - height: The viewer's height in points.
    public func pdf(_ source: some MediaSourceConvertible, height: Int = 500) {
        if case .url(let url) = source.mediaSource, !url.isFileURL {
            return reportMisuse(.unsupportedMediaURL(url, function: "st.pdf"))
        }
        guard
            let url = mediaURL(source.mediaSource, function: "st.pdf", type: { data, _ in MediaType.isPDF(data) ? "application/pdf" : nil })
        else { return }
        emit(.pdf(PdfElement(url: url, height: max(0, height))))
    }

    /// A player's URL, type and range, or `nil` after reporting a misuse.
    private func player(
        _ source: some MediaSourceConvertible, function: String, video: Bool, format: String?, startTime: Duration,
        endTime: Duration?
    ) -> (url: String, mimeType: String?, start: Double, end: Double?)? {
        let start = startTime.seconds
        let end = endTime?.seconds
        guard start >= 0, end.map({ $0 > start }) ?? true else {
            reportMisuse(.badTimeRange(start: start, end: end, function: function))
            return nil
        }
        var mimeType = format
        guard
            let url = mediaURL(source.mediaSource, function: function, type: { data, pathExtension in
                let type =
                    format ?? MediaType.audioVideo(data, video: video) ?? pathExtension.flatMap(MediaType.forExtension)
                    ?? (video ? "video/mp4" : "audio/wav")
                mimeType = type
                return type
            })
        else { return nil }
        return (url, mimeType, start, end)
    }

    /// The URL the browser loads `source` from: a web address as is, else the media endpoint's URL
    /// of its bytes, stored with the type `type` tells from them (`nil`: not a format it shows).
    /// `nil` after reporting a misuse.
    func mediaURL(
        _ source: MediaSource, function: String, type: (Data, String?) -> String?,
        transform: (Data) -> Data = { $0 }
    ) -> String? {
        let loaded: LoadedMedia
        do {
            loaded = try LoadedMedia(source, function: function)
        } catch {
            reportMisuse(error)
            return nil
        }
        switch loaded {
        case .web(let url): return url
        case .bytes(let raw, let pathExtension):
            guard let mimeType = type(raw, pathExtension) else {
                reportMisuse(function == "st.pdf" ? .notPDF(function: function) : .unknownImageFormat(function: function))
                return nil
            }
            let data = transform(raw)
            let file = MediaFile(content: .bytes(data), mimeType: mimeType)
            return storedURL(file, key: MediaKey(content: .bytes(data), mimeType: mimeType))
        }
    }

    /// The media endpoint's URL of `file`, or `nil` after reporting that the store is full.
    func storedURL(_ file: MediaFile, key: MediaKey) -> String? {
        let store = run.mediaFiles
        let stored = run.withBuilder { builder -> Result<String, MediaStoreFull> in
            do throws(MediaStoreFull) {
                return .success(try builder.mediaURL(for: file, key: key, in: store))
            } catch {
                return .failure(error)
            }
        }
        switch stored {
        case .success(let url): return url
        case .failure(let full):
            reportMisuse(.mediaStoreFull(full))
            return nil
        }
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
