import SwiftlitRuntime

/// Progress, spinner, status, toast and celebrations, updating while the run goes.
func statusSection(_ st: St) async throws {
    st.header("Status")
    if st.button("Run a long task") {
        let bar = st.progress(0, text: "Starting…")
        try await st.status("Crunching numbers", expanded: true) { box, status in
            for step in 1...10 {
                try await Task.sleep(for: .milliseconds(150))
                bar.update(Double(step) / 10, text: "Step \(step) of 10")
            }
            box.write("All ten steps done.")
            status.update(label: "Numbers crunched", state: .complete)
        }
        let answer = try await st.spinner("Checking the answer…") {
            try await Task.sleep(for: .milliseconds(300))
            return 42
        }
        st.write("The answer is \(answer).")
        st.toast("Task finished", icon: "✅")
        st.balloons()
    }
    if st.button("Let it snow") { st.snow() }
}
