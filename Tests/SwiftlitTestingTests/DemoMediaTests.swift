import Foundation
import SwiftlitDemoApp
import SwiftlitProtocol
import SwiftlitTesting
import Testing

/// The demo's Media section: its pictures, tone and PDF are served from the media store, and its
/// export button computes its table on click.
@Suite struct DemoMediaTests {
    @Test func theMediaSectionServesWhatItDrawsAndExportsOnClick() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.images.first?.captions == ["A badge drawn as SVG", "Its complement"])
        let badge = try at.mediaFile(at: try #require(at.images.first?.mediaURLs.first))
        #expect(badge.mimeType == "image/svg+xml")
        let tone = try await at.mediaBytes(at: try #require(at.audios.first?.mediaURLs.first))
        #expect(tone.prefix(4) == Data("RIFF".utf8))
        #expect(tone.count == 44 + 16_000)
        let pdf = try await at.mediaBytes(at: try #require(at.pdfs.first?.mediaURLs.first))
        #expect(String(decoding: pdf, as: UTF8.self).contains("Hello from Swiftlit: hue 210"))

        let csv = try await at.downloadButton("Export a table of squares").download()
        #expect(String(decoding: csv, as: UTF8.self).hasSuffix("20,400\n"))
        try await at.run()
        #expect(at.alerts.contains { $0.text == "The table was exported." })
    }
}
