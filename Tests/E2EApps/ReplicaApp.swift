import Foundation
import Swiftlit

/// The refresh app, a picture, an upload, a table and a download, and the process that ran it
/// (`swiftlit-e2e-apps replicas`), for Tests/E2E/test_replicas.py: three replicas behind nginx,
/// and the test kills the one serving the tab.
let replicaApp: AppBody = { st in
    try await refreshApp(st)
    st.image(MediaSamples.png, caption: "A single dot", width: .points(48))
    if let notes = st.fileUploader("Notes", type: ["txt"]) { st.caption("notes=\(notes.name):\(notes.text ?? "")") }
    st.dataframe(Table([Table.Column("n", [1, 2, 3])]))
    let downloaded = st.downloadButton("Download squares", fileName: "squares.csv", mime: "text/csv") {
        Data(MediaSamples.squaresCSV.utf8)
    }
    if downloaded { st.session["downloads", default: 0] += 1 }
    st.caption("downloads=\(st.session["downloads", default: 0])")
    st.caption("pid=\(ProcessInfo.processInfo.processIdentifier)")
}
