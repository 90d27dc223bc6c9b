import Foundation
import SwiftlitRuntime

/// A picture and a file uploader (`swiftlit-bench-apps files`), for the files part of
/// Benchmarks/replicas/bench_replicas.py: media requests and uploads, with and without
/// `server.storage`, directly and through nginx.
let filesApp: AppBody = { st in
    st.image(filesAppPicture, caption: "A dot")
    if let file = st.fileUploader("File") { st.write("\(file.name): \(file.size) bytes") }
}

/// A 1×1 PNG: the figure is the cost of a request, not of its bytes.
private let filesAppPicture =
    Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    ?? Data()
