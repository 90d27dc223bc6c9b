import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `st.fileUploader`, `st.cameraInput` and `st.audioInput` through AppTest, which uploads through
/// the same store and checks as the server's upload route.
@Suite struct UploadWidgetTests {
    static let csv = Data("name,n\nada,1\n".utf8)

    @Test func aSingleFileUploaderReturnsTheFileThenNilOnceCleared() async throws {
        let at = AppTest { st in
            if let file = st.fileUploader("Data", type: ["csv"], key: "data") {
                st.write("\(file.name) \(file.size) \(file.type) \(file.text?.split(separator: "\n").count ?? 0) lines")
            } else {
                st.write("no file")
            }
        }
        try await at.run()
        #expect(at.markdown.last?.text == "no file")
        guard case .fileUploader(let element) = try at.fileUploader("Data").element else {
            Issue.record("not a file uploader")
            return
        }
        #expect(element.accept == [".csv"])
        #expect(element.maxUploadSize == 200 * 1_048_576)
        #expect(element.multiple == nil)
        let file = try at.fileUploader("Data").upload(name: "people.csv", data: Self.csv)
        try await at.run()
        #expect(at.markdown.last?.text == "people.csv 13 text/csv 2 lines")
        #expect(await at.sessionValue("data", as: UploadedFile.self) == file)
        guard case .fileUploader(let shown) = try at.fileUploader("Data").element else { return }
        #expect(shown.files == [UploadedFileInfo(id: file.id, name: "people.csv", size: 13, type: "text/csv")])
        // A second upload replaces the first.
        let second = try at.fileUploader("Data").upload(name: "more.csv", data: Data("x\n".utf8))
        try await at.run()
        #expect(at.markdown.last?.text.hasPrefix("more.csv 2") == true)
        #expect(try at.fileUploader("Data").value == .list([.string(second.id)]))
        try at.fileUploader("Data").clear()
        try await at.run()
        #expect(at.markdown.last?.text == "no file")
        #expect(await at.sessionValue("data", as: UploadedFile.self) == nil)
    }

    @Test func theServerChecksTypeAndSizeWhateverTheBrowserSays() async throws {
        let at = AppTest { st in
            _ = st.fileUploader("Images", type: ["image/*", "jpg"], acceptMultipleFiles: true, maxUploadSize: 1)
        }
        try await at.run()
        let uploader = try at.fileUploader("Images")
        #expect(throws: UploadRefusal.self) { try uploader.upload(name: "script.exe", type: "image/png", data: Data([1])) }
        #expect(throws: UploadRefusal.self) {
            try uploader.upload(name: "big.png", data: Data(count: 1_048_577))
        }
        let refusal = #expect(throws: UploadRefusal.self) { try uploader.upload(name: "notes.txt", data: Data([1])) }
        #expect(refusal?.status == 415)
        #expect(try uploader.upload(name: "photo.JPEG", data: Data([1])).type == "image/jpeg")
        #expect(try uploader.upload(name: "pic.webp", data: Data(count: 1_048_576)).type == "image/webp")
        try await at.run()
        guard case .fileUploader(let element) = try at.fileUploader("Images").element else { return }
        #expect(element.files.map(\.name) == ["photo.JPEG", "pic.webp"])
        #expect(element.accept == ["image/*", ".jpg", ".jpeg"])
    }

    @Test func severalFilesAddUpAndOneCanBeRemoved() async throws {
        let at = AppTest { st in
            let files = st.fileUploader("Files", acceptMultipleFiles: true)
            st.write(files.map(\.name).joined(separator: ","))
        }
        try await at.run()
        let a = try at.fileUploader("Files").upload(name: "a.bin", data: Data([1, 2]))
        try at.fileUploader("Files").upload(name: "b.bin", data: Data([3]))
        try await at.run()
        #expect(at.markdown.last?.text == "a.bin,b.bin")
        try at.fileUploader("Files").remove(a)
        try await at.run()
        #expect(at.markdown.last?.text == "b.bin")
    }

    @Test func aForgedFileIDIsReportedAndIgnored() async throws {
        let at = AppTest { st in
            st.write(st.fileUploader("Data").map(\.name) ?? "none")
        }
        try await at.run()
        try at.fileUploader("Data").setRaw(.list([.string("0123456789abcdef0123456789abcdef")]))
        try await at.run()
        #expect(at.markdown.last?.text == "none")
        #expect(at.protocolErrors.last?.code == .invalidWidgetValue)
        try at.fileUploader("Data").setRaw(.string("not a list"))
        try await at.run()
        #expect(at.markdown.last?.text == "none")
    }

    @Test func aTabBackAfterARestartFindsTheWidgetEmptyWithoutAnError() async throws {
        let at = AppTest { st in st.write(st.fileUploader("Data").map(\.name) ?? "none") }
        // What a tab sends in its hello when the server that held its file restarted.
        at.setValue(.list([.string("0123456789abcdef0123456789abcdef")]), for: "fileUploader:Data")
        try await at.run()
        #expect(at.markdown.last?.text == "none")
        #expect(at.protocolErrors.isEmpty)
        #expect(try at.fileUploader("Data").value == .list([]))
    }

    @Test func anotherTabCannotUseThisTabsFiles() async throws {
        let first = AppTest { st in st.write(st.fileUploader("Data").map(\.name) ?? "none") }
        try await first.run()
        let file = try first.fileUploader("Data").upload(name: "mine.txt", data: Data("m".utf8))
        try await first.run()
        let second = AppTest(anotherTabOf: first)
        try await second.run()
        try second.fileUploader("Data").setRaw(.list([.string(file.id)]))
        try await second.run()
        #expect(second.markdown.last?.text == "none")
        #expect(first.markdown.last?.text == "mine.txt")
    }

    @Test func aWidgetThatLeavesThePageTakesItsFiles() async throws {
        let at = AppTest { st in
            if !st.checkbox("Hide") { _ = st.fileUploader("Data") }
        }
        try await at.run()
        let uploader = try at.fileUploader("Data")
        let file = try uploader.upload(name: "a.txt", data: Data("a".utf8))
        try await at.run()
        try at.checkbox("Hide").check()
        try await at.run()
        #expect(throws: UploadRefusal.self) { try uploader.upload(name: "b.txt", data: Data("b".utf8)) }
        try at.checkbox("Hide").uncheck()
        try await at.run()
        // The widget is back, empty: the old file is gone from the store too.
        try at.fileUploader("Data").setRaw(.list([.string(file.id)]))
        try await at.run()
        #expect(at.protocolErrors.last?.code == .invalidWidgetValue)
    }

    @Test func theAppCanClearAKeyedUploaderThroughTheSession() async throws {
        let at = AppTest { st in
            if st.button("Reset") { st.session["doc"] = [UploadedFile]() }
            st.write(st.fileUploader("Doc", key: "doc")?.name ?? "none")
        }
        try await at.run()
        try at.widget(key: "doc").upload(name: "d.txt", data: Data("d".utf8))
        try await at.run()
        #expect(at.markdown.last?.text == "d.txt")
        try at.button("Reset").click()
        try await at.run()
        #expect(at.markdown.last?.text == "none")
        #expect(try at.widget(key: "doc").value == .list([]))
    }

    @Test func theCameraTakesJPEGsAndTheMicrophoneWAVs() async throws {
        let at = AppTest { st in
            let photo = st.cameraInput("Photo")
            let voice = st.audioInput("Voice", sampleRate: 48000)
            st.write("\(photo?.type ?? "none") \(photo?.size ?? 0) \(voice?.type ?? "none") \(voice?.size ?? 0)")
        }
        try await at.run()
        guard case .audioInput(let audio) = try at.audioInput("Voice").element else { return }
        #expect(audio.sampleRate == 48000)
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])
        var wav = Data("RIFF".utf8) + Data([36, 0, 0, 0]) + Data("WAVE".utf8)
        wav += Data(count: 32)
        #expect(throws: UploadRefusal.self) { try at.cameraInput("Photo").upload(name: "photo.jpg", data: Data("not a jpeg".utf8)) }
        #expect(throws: UploadRefusal.self) { try at.audioInput("Voice").upload(name: "voice.wav", data: jpeg) }
        #expect(throws: UploadRefusal.self) { try at.cameraInput("Photo").upload(name: "photo.png", data: jpeg) }
        try at.cameraInput("Photo").upload(name: "photo.jpg", type: "image/jpeg", data: jpeg)
        try at.audioInput("Voice").upload(name: "recording.wav", type: "audio/wav", data: wav)
        try await at.run()
        #expect(at.markdown.last?.text == "image/jpeg 6 audio/wav 44")
        try at.cameraInput("Photo").clear()
        try await at.run()
        #expect(at.markdown.last?.text == "none 0 audio/wav 44")
    }

    @Test func aDisabledWidgetTakesNoUploadAndAFullOneNoMore() async throws {
        let at = AppTest { st in
            _ = st.fileUploader("Off", disabled: true)
            _ = st.fileUploader("Many", acceptMultipleFiles: true)
        }
        try await at.run()
        let disabled = #expect(throws: UploadRefusal.self) {
            try at.fileUploader("Off").upload(name: "a.txt", data: Data("a".utf8))
        }
        #expect(disabled?.status == 403)
        let many = try at.fileUploader("Many")
        for index in 0..<UploadStore.maxFilesPerWidget {
            try many.upload(name: "\(index).txt", data: Data([1]))
        }
        let full = #expect(throws: UploadRefusal.self) { try many.upload(name: "one-more.txt", data: Data([1])) }
        #expect(full?.status == 409)
        try await at.run()
        guard case .fileUploader(let element) = try at.fileUploader("Many").element else { return }
        #expect(element.files.count == UploadStore.maxFilesPerWidget)
    }

    @Test func badArgumentsAreShownOnThePage() async throws {
        let at = AppTest { st in
            _ = st.fileUploader("Data", maxUploadSize: 0)
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("maxUploadSize: 0") == true)
        let audio = AppTest { st in _ = st.audioInput("Voice", sampleRate: 100) }
        try await audio.run()
        #expect(audio.exceptions.first?.text.contains("sampleRate: 100") == true)
    }
}
