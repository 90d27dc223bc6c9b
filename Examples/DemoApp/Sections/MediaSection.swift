import Foundation
import SwiftlitRuntime

/// Pictures, a player, a PDF and download buttons, all made in code: the demo ships no media files.
/// They are made once per hue with `st.cacheData`, so every session's page shows the same bytes
/// and a rerun that moves another widget does not make them again.
func mediaSection(_ st: St) async throws {
    st.header("Media")
    let hue = st.slider("Hue of the pictures", in: 0...360, value: 210)
    let media = try await st.cacheData(hue, name: "demoMedia") { hue in DemoMedia.Set(hue: hue) }
    st.image([media.badge, media.complement], captions: ["A badge drawn as SVG", "Its complement"], width: .points(160))
    st.audio(media.tone, startTime: .milliseconds(250))
    st.video(TinyVideo.webm, startTime: .seconds(1), loop: true, muted: true)
    st.pdf(media.pdf, height: 240)
    st.downloadButton(
        "Download the badge", data: media.badge, fileName: "badge.svg",
        mime: "image/svg+xml", onClick: .ignore)
    if st.downloadButton("Export a table of squares", fileName: "squares.csv", mime: "text/csv", data: {
        // Computed on the server only when clicked.
        Data(("n,square\n" + (1...20).map { "\($0),\($0 * $0)\n" }.joined()).utf8)
    }) {
        st.success("The table was exported.")
    }
}

/// Media the demo makes instead of shipping files.
enum DemoMedia {
    /// Everything the section shows for one hue.
    struct Set: Sendable {
        var badge: Data
        var complement: Data
        var tone: Data
        var pdf: Data

        init(hue: Int) {
            badge = DemoMedia.badge(hue: hue, label: "Swift")
            complement = DemoMedia.badge(hue: (hue + 120) % 360, label: "lit")
            tone = DemoMedia.tone(frequency: 220 + Double(hue), seconds: 2)
            pdf = DemoMedia.pdf(text: "Hello from Swiftlit: hue \(hue)")
        }
    }

    /// A rounded badge with `label`, as SVG.
    static func badge(hue: Int, label: String) -> Data {
        Data(
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="160" height="80" viewBox="0 0 160 80">
              <rect width="160" height="80" rx="16" fill="hsl(\(hue) 70% 45%)"/>
              <text x="80" y="50" font-family="sans-serif" font-size="28" fill="white" text-anchor="middle">\(label)</text>
            </svg>
            """.utf8)
    }

    /// A sine tone as an 8 kHz, 8-bit mono WAV file.
    static func tone(frequency: Double, seconds: Int) -> Data {
        let rate = 8000
        var data = Data()
        func append<Value: FixedWidthInteger>(_ value: Value) {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        let count = rate * seconds
        data.append(contentsOf: Array("RIFF".utf8))
        append(UInt32(36 + count))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(UInt32(16))
        append(UInt16(1))
        append(UInt16(1))
        append(UInt32(rate))
        append(UInt32(rate))
        append(UInt16(1))
        append(UInt16(8))
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(count))
        for index in 0..<count {
            data.append(UInt8(128 + 50 * sin(2 * Double.pi * frequency * Double(index) / Double(rate))))
        }
        return data
    }

    /// A one-page PDF showing `text` (ASCII), with a correct cross-reference table.
    static func pdf(text: String) -> Data {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
        let stream = "BT /F1 18 Tf 40 100 Td (\(escaped)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var document = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(document.utf8.count)
            document += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = document.utf8.count
        document += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { document += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        document += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(document.utf8)
    }
}
