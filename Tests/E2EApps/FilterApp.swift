import Swiftlit

/// A slider and 30 lines that depend on it (`swiftlit-e2e-apps filter`), for
/// Tests/E2E/test_kept_changes.py: each page's changes are about 3 kB, enough for the server to
/// ask the browser to keep them, so going back to a value the tab has seen replays them.
let filterApp: AppBody = { st in
    let threshold = st.slider("Threshold", in: 0...100, value: 50)
    for line in 0..<30 { st.text("line \(line): \(threshold * line) above \(threshold)") }
}
