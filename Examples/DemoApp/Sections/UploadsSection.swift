import Foundation
import SwiftlitRuntime

/// File uploads, a camera snapshot and a microphone recording, each read back by the app.
func uploadsSection(_ st: St) {
    st.header("Uploads")
    if let file = st.fileUploader("Upload a CSV file", type: ["csv"], help: "The file stays in this tab's session only") {
        do {
            let table = try Table(csv: file.text ?? "")
            st.caption("\(file.name): \(file.size) bytes, \(table.rowCount) rows")
            st.dataframe(table)
        } catch {
            st.error("\(file.name) is not a table: \(error)")
        }
    }
    let files = st.fileUploader("Any files", acceptMultipleFiles: true, maxUploadSize: 20)
    if !files.isEmpty {
        st.write("\(files.count) files, \(files.map(\.size).reduce(0, +)) bytes: "
            + files.map { "\($0.name) (\($0.type))" }.joined(separator: ", "))
    }
    // The camera starts when the widget comes into view; the browser asks the user first.
    if let photo = st.cameraInput("Take a photo") {
        st.write("A \(photo.size)-byte JPEG.")
    }
    if let recording = st.audioInput("Record a voice note") {
        // 16-bit mono samples after a 44-byte header.
        let seconds = Double(recording.size - 44) / 2 / 16000
        st.write("A WAV recording of \(String(format: "%.1f", seconds)) s.")
    }
}
