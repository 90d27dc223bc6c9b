import Foundation
import Swiftlit

/// A run that takes about five seconds and says on standard error how far it got, so a fault
/// test can tell whether a run goes on after its tab is gone.
let slowApp: AppBody = { st in
    let steps = st.slider("Steps", in: 1...200, value: 100)
    let bar = st.progress(0, text: "Working…")
    for step in 1...steps {
        try await Task.sleep(for: .milliseconds(50))
        bar.update(Double(step) / Double(steps))
        FileHandle.standardError.write(Data("slow-app step \(step)\n".utf8))
    }
    st.success("Done after \(steps) steps")
}

/// An app that throws on every run after drawing one widget, so the page always ends in an error.
let throwingApp: AppBody = { st in
    let attempt = st.slider("Attempt", in: 0...1000, value: 0)
    st.write("Attempt \(attempt)")
    throw FaultAppError(attempt: attempt)
}

struct FaultAppError: Error, CustomStringConvertible {
    let attempt: Int
    var description: String { "the throwing app failed on purpose (attempt \(attempt))" }
}
