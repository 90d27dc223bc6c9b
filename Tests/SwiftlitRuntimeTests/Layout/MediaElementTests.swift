import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Synchronization
import Testing

@Suite struct MediaElementTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 16])
    static let wav = Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt ".utf8)

    @Test func picturesAreStoredWithTheTypeTheirBytesTellAndCaptionsAsAltText() async throws {
        let at = AppTest { st in
            st.image(Self.png, caption: "Logo")
            st.image([Self.png, Self.jpeg], captions: ["a", "b"], width: .points(120))
            st.image(URL(string: "https://example.com/cat.jpg")!, width: .stretch)
        }
        try await at.run()
        #expect(at.images.count == 3)
        let first = at.images[0]
        #expect(first.captions == ["Logo"])
        let file = try at.mediaFile(at: first.mediaURLs[0])
        #expect(file.mimeType == "image/png")
        #expect(try await at.mediaBytes(at: first.mediaURLs[0]) == Self.png)
        #expect(first.mediaURLs[0].hasSuffix(".png"))
        guard case .image(let grid) = at.images[1].element else {
            Issue.record("not an image")
            return
        }
        #expect(grid.width == 120)
        #expect(grid.images[0].url == first.mediaURLs[0], "equal bytes in one run share one file")
        #expect(try at.mediaFile(at: grid.images[1].url).mimeType == "image/jpeg")
        guard case .image(let web) = at.images[2].element else {
            Issue.record("not an image")
            return
        }
        #expect(web.images[0].url == "https://example.com/cat.jpg", "the browser loads web pictures itself")
        #expect(web.widthMode == .stretch)
        #expect(throws: AppTestMediaError.self) { try at.mediaFile(at: web.images[0].url) }
    }

    @Test func aRerunKeepsTheURLOfUnchangedBytesAndReleasesWhatItNoLongerShows() async throws {
        let at = AppTest { st in
            if st.checkbox("show", value: true) { st.image(Self.png) }
        }
        try await at.run()
        let url = at.images[0].mediaURLs[0]
        try await at.run()
        #expect(at.images[0].mediaURLs[0] == url)
        try at.checkbox("show").uncheck()
        try await at.run()
        #expect(at.images.isEmpty)
        #expect(throws: AppTestMediaError.self) { try at.mediaFile(at: url) }
    }

    @Test func badSourcesAreReportedWithWhatToDo() async throws {
        let missing = AppTest { st in st.image(URL(filePath: "/nonexistent/chart.png")) }
        try await missing.run()
        #expect(missing.exceptions.first?.text.contains("/nonexistent/chart.png") == true)
        let unknown = AppTest { st in st.image(Data("hello".utf8)) }
        try await unknown.run()
        #expect(unknown.exceptions.first?.text.contains("PNG, JPEG") == true)
        let insecure = AppTest { st in st.audio(URL(string: "http://example.com/a.mp3")!) }
        try await insecure.run()
        #expect(insecure.exceptions.first?.text.contains("HTTPS") == true)
        let range = AppTest { st in st.video(Self.wav, startTime: .seconds(5), endTime: .seconds(2)) }
        try await range.run()
        #expect(range.exceptions.first?.text.contains("endTime") == true)
        let captions = AppTest { st in st.image([Self.png, Self.png], captions: ["one"]) }
        try await captions.run()
        #expect(captions.exceptions.first?.text.contains("one caption per image") == true)
        let notPDF = AppTest { st in st.pdf(Self.png) }
        try await notPDF.run()
        #expect(notPDF.exceptions.first?.text.contains("%PDF-") == true)
    }

    @Test func filesFromDiskAreRead() async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "swiftlit-media-\(UUID().uuidString).wav")
        try Self.wav.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let at = AppTest { st in st.audio(file, startTime: .milliseconds(1500), loop: true) }
        try await at.run()
        guard case .audio(let player) = at.audios.first?.element else {
            Issue.record("no audio")
            return
        }
        #expect(player.mimeType == "audio/wav")
        #expect(player.startTime == 1.5)
        #expect(player.loop == true)
        #expect(try await at.mediaBytes(at: player.url) == Self.wav)
    }

    @Test func videoSubtitlesAreServedAsWebVTTWithSRTConverted() async throws {
        let srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\nHello\r\n"
        let at = AppTest { st in
            st.video(
                Self.wav, format: "video/webm", endTime: .seconds(3),
                subtitles: [SubtitleTrack(label: "English", srt), SubtitleTrack(label: "Raw", "WEBVTT\n\n")], muted: true)
        }
        try await at.run()
        guard case .video(let player) = at.videos.first?.element else {
            Issue.record("no video")
            return
        }
        #expect(player.mimeType == "video/webm")
        #expect(player.endTime == 3)
        #expect(player.muted == true)
        #expect(player.subtitles?.map(\.label) == ["English", "Raw"])
        let english = try #require(player.subtitles?.first)
        #expect(try at.mediaFile(at: english.url).mimeType == "text/vtt")
        let text = String(decoding: try await at.mediaBytes(at: english.url), as: UTF8.self)
        #expect(text == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello\n")
    }

    @Test func aPDFIsShownFromTheStoreAtItsHeight() async throws {
        let at = AppTest { st in st.pdf(Data("%PDF-1.7\n".utf8), height: 300) }
        try await at.run()
        guard case .pdf(let pdf) = at.pdfs.first?.element else {
            Issue.record("no pdf")
            return
        }
        #expect(pdf.height == 300)
        #expect(try at.mediaFile(at: pdf.url).mimeType == "application/pdf")
    }

    @Test func aDownloadComputedOnClickRunsOnlyWhenClickedAndReruns() async throws {
        let calls = CallCount()
        let at = AppTest { st in
            let clicked = st.downloadButton("Export", fileName: "a/b/report.csv") {
                calls.add()
                return Data("x,y\n".utf8)
            }
            st.write(clicked ? "clicked" : "idle")
            st.downloadButton("Notes", data: "hello", fileName: "notes.txt", onClick: .ignore)
        }
        try await at.run()
        #expect(calls.value == 0)
        let export = try at.downloadButton("Export")
        guard case .downloadButton(let element) = export.element else {
            Issue.record("no button")
            return
        }
        #expect(element.fileName == "report.csv")
        #expect(try at.mediaFile(at: element.url).downloadName == "report.csv")
        #expect(try at.mediaFile(at: element.url).mimeType == "text/csv")
        #expect(try await export.download() == Data("x,y\n".utf8))
        #expect(calls.value == 1)
        try await at.run()
        #expect(at.markdown.contains { $0.text == "clicked" })
        try await at.run()
        #expect(at.markdown.contains { $0.text == "idle" })

        let notes = try at.downloadButton("Notes")
        #expect(try await notes.download() == Data("hello".utf8))
        #expect(try at.mediaFile(at: notes.view.mediaURLs[0]).mimeType == "text/plain; charset=utf-8")
        try await at.run()
        #expect(at.markdown.contains { $0.text == "idle" }, "onClick: .ignore does not click")
    }

    @Test func aDownloadButtonsCallbackRunsBeforeTheRerunAndFormsRefuseIt() async throws {
        let at = AppTest { st in
            st.downloadButton("Save", data: Data([1, 2, 3]), fileName: "x.bin", onClick: .call({ state in state["saved"] = true }))
            st.write(st.session["saved", default: false] ? "saved" : "not saved")
        }
        try await at.run()
        #expect(try at.mediaFile(at: try at.downloadButton("Save").view.mediaURLs[0]).mimeType == "application/octet-stream")
        #expect(try await at.downloadButton("Save").download() == Data([1, 2, 3]))
        try await at.run()
        #expect(at.markdown.contains { $0.text == "saved" })

        let inForm = AppTest { st in
            let form = st.form("f")
            form.downloadButton("Save", data: "x")
            form.formSubmitButton()
        }
        try await inForm.run()
        #expect(inForm.exceptions.first?.text.contains("st.downloadButton(\"Save\") cannot be used inside a form") == true)
    }

    @Test func theStoreRefusesWhatExceedsItsLimit() async throws {
        let at = AppTest(options: RuntimeOptions(mediaMaxBytes: 16)) { st in
            st.image(Self.png)
            st.image(Self.jpeg)
        }
        try await at.run()
        #expect(at.images.count == 1)
        #expect(at.exceptions.first?.text.contains("RuntimeOptions.mediaMaxBytes") == true)
    }

    @Test func magicNumbersTellTypes() {
        #expect(MediaType.image(Data("GIF89a....".utf8)) == "image/gif")
        #expect(MediaType.image(Data("RIFF\0\0\0\0WEBPVP8 ".utf8)) == "image/webp")
        #expect(MediaType.image(Data("  <?xml version=\"1.0\"?>\n<svg></svg>".utf8)) == "image/svg+xml")
        #expect(MediaType.image(Data("<html><svg></svg>".utf8)) == nil)
        #expect(MediaType.audioVideo(Data([0x1A, 0x45, 0xDF, 0xA3, 0, 0]), video: true) == "video/webm")
        #expect(MediaType.audioVideo(Data("\0\0\0\u{18}ftypisom".utf8), video: true) == "video/mp4")
        #expect(MediaType.audioVideo(Data("ID3\u{3}".utf8), video: false) == "audio/mpeg")
        #expect(MediaType.audioVideo(Data("OggS".utf8), video: false) == "audio/ogg")
    }

    @Test func downloadNamesCannotEscapeOrBreakAHeader() {
        #expect(DownloadFileName.sanitized("../../etc/passwd") == "passwd")
        #expect(DownloadFileName.sanitized("a\\b\\c.txt") == "c.txt")
        #expect(DownloadFileName.sanitized("re\"po\nrt.csv") == "report.csv")
        #expect(DownloadFileName.sanitized("..") == "download")
        #expect(DownloadFileName.sanitized("") == "download")
        #expect(DownloadFileName.sanitized(String(repeating: "x", count: 500)).count == 200)
    }
}

/// Counts calls, from any task.
private final class CallCount: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func add() { count.withLock { $0 += 1 } }
}
