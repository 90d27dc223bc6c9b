import Foundation
import Swiftlit

/// The refresh app and the process that ran it (`swiftlit-e2e-apps replicas`), for
/// Tests/E2E/test_replicas.py: three replicas behind nginx, and the test kills the one serving
/// the tab.
let replicaApp: AppBody = { st in
    try await refreshApp(st)
    st.caption("pid=\(ProcessInfo.processInfo.processIdentifier)")
}
