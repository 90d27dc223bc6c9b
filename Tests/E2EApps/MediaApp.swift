import Foundation
import Swiftlit
import SwiftlitDemoApp

/// Media end to end (Tests/E2E/test_media.py): a captioned picture, a video played between a start
/// and an end time, a generated tone, and a download computed on click.
let mediaApp: AppBody = { st in
    st.image(MediaSamples.png, caption: "A single dot", width: .points(48))
    st.video(
        TinyVideo.webm, startTime: .seconds(1), endTime: .seconds(2),
        subtitles: [SubtitleTrack(label: "English", "1\n00:00:00,000 --> 00:00:03,500\nHello from SRT\n")], muted: true)
    st.audio(MediaSamples.tone(seconds: 2), startTime: .milliseconds(500))
    let clicked = st.downloadButton("Download squares", fileName: "squares.csv", mime: "text/csv") {
        Data(MediaSamples.squaresCSV.utf8)
    }
    st.write(clicked ? "Downloaded" : "Not downloaded yet")
}

enum MediaSamples {
    /// A 1×1 PNG.
    static let png = Data(
        base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
        ?? Data()

    /// What the download button's closure computes.
    static var squaresCSV: String { "n,square\n" + (1...5).map { "\($0),\($0 * $0)\n" }.joined() }

    /// A 440 Hz tone as an 8 kHz, 8-bit mono WAV file.
    static func tone(seconds: Int) -> Data {
        let rate = 8000
        let samples = (0..<rate * seconds).map { index in
            UInt8(128 + 60 * sin(2 * Double.pi * 440 * Double(index) / Double(rate)))
        }
        var data = Data("RIFF".utf8)
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(UInt32(36 + samples.count))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(UInt32(16))
        append(UInt16(1))  // PCM
        append(UInt16(1))  // mono
        append(UInt32(rate))
        append(UInt32(rate))  // bytes a second
        append(UInt16(1))  // bytes a frame
        append(UInt16(8))  // bits a sample
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(samples.count))
        data.append(contentsOf: samples)
        return data
    }
}
