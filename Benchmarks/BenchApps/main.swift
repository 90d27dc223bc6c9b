import Foundation
import Swiftlit

// The three apps of the Streamlit benchmark harness, in Swiftlit, and the 10,000,000-row table of
// scripts/bench-dataframe.sh, the 1,000,000-point line chart of docs/benchmarks-charts.md, and a
// picture with an uploader for scripts/bench-replicas.sh:
//   swiftlit-bench-apps hello|dashboard|chat|chat-paced|bigtable|millionline|files [--server.port N …]
let apps: [String: (AppBody, [String])] = [
    "hello": (helloApp, []),
    "dashboard": (dashboardApp, dashboardNotes),
    "chat": (chatApp, []),
    "chat-paced": (chatPacedApp, []),
    "bigtable": (bigTableApp, []),
    "millionline": (millionLineApp, []),
    "files": (filesApp, []),
]
let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let (app, notes) = apps[name] else {
    FileHandle.standardError.write(Data("usage: swiftlit-bench-apps hello|dashboard|chat|chat-paced|bigtable|millionline|files [--server.port N …]\n".utf8))
    exit(2)
}
for note in notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
do {
    try await Swiftlit.serve(app)
} catch let error as ConfigurationError {
    FileHandle.standardError.write(Data("swiftlit-bench-apps: \(error)\n".utf8))
    exit(2)
}
