import Foundation
import Swiftlit

/// The uploads end-to-end test's app (Tests/E2E/test_uploads.py): a file uploader, a camera and a
/// microphone, each reporting what the app received (size, a checksum, the first bytes).
let uploadApp: AppBody = { st in
    st.title("Uploads")
    if let file = st.fileUploader("Big file") {
        st.text("big: \(file.name) \(file.size) \(wordSum(file.data))")
    }
    if let photo = st.cameraInput("Photo") {
        st.text("photo: \(photo.type) \(photo.size) \(hex(photo.data.prefix(3)))")
    }
    if let voice = st.audioInput("Voice") {
        let riff = String(decoding: voice.data.prefix(4), as: UTF8.self)
        let wave = String(decoding: voice.data.dropFirst(8).prefix(4), as: UTF8.self)
        let rate = voice.data.dropFirst(24).prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        st.text("voice: \(voice.type) \(voice.size) \(riff) \(wave) \(rate)")
    }
}

/// The sum of the data's little-endian 64-bit words, wrapping (the bytes past the last whole word
/// count one each): a checksum the test recomputes in Python with `sum(array("Q", data))`.
private func wordSum(_ data: Data) -> UInt64 {
    data.withUnsafeBytes { raw in
        var sum: UInt64 = 0
        let words = raw.count / 8
        for index in 0..<words { sum &+= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) }
        for index in (words * 8)..<raw.count { sum &+= UInt64(raw[index]) }
        return sum
    }
}

private func hex(_ bytes: Data) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
