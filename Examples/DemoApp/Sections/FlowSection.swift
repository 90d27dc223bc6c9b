import SwiftlitRuntime

/// Forms, dialogs, fragments and server push.
func flowSection(_ st: St) async throws {
    st.header("Forms")
    st.form("signup", clearOnSubmit: true) { form in
        let email = form.textInput("Email", placeholder: "you@example.com")
        let plan = form.selectbox("Plan", options: ["Free", "Pro", "Team"])
        if form.formSubmitButton("Sign up") {
            st.session["signups", default: [String]()].append("\(email) (\(plan ?? "?"))")
        }
    }
    let signups: [String] = st.session["signups", default: []]
    st.caption("Sign-ups: \(signups.isEmpty ? "none yet" : signups.joined(separator: ", "))")

    st.header("Dialogs")
    if st.button("Rate Swiftlit") { st.session["rating dialog"] = true }
    if st.session["rating dialog", default: false] {
        try await st.dialog("Rate Swiftlit") { st in
            let stars = st.slider("Stars", in: 1...5, value: 5)
            st.write(String(repeating: "★", count: stars))
            if st.button("Send rating") {
                st.session["rating"] = stars
                st.session["rating dialog"] = false
                try st.rerun()
            }
        }
    }
    if let rating: Int = st.session["rating"] { st.write("You rated Swiftlit \(rating) of 5.") }

    st.header("Fragments")
    try await st.fragment(key: "counter") { st in
        if st.button("Count in the fragment") { st.session["fragment count", default: 0] += 1 }
        st.write("Fragment count: \(st.session["fragment count", default: 0])")
    }
    st.caption("Clicking the fragment's button reruns only the fragment: the page's run count above stays put.")

    st.header("Server push")
    st.empty(key: "pushed").caption("Nothing pushed yet.")
    if st.button("Start server push") {
        let push = st.push
        Task {
            // A background task updates the page on its own, with no click.
            for tick in 1...120 {
                try await Task.sleep(for: .milliseconds(500))
                let alive = await push.update(slot: "pushed") { st in st.success("Pushed by the server: tick \(tick)") }
                if !alive { return }
            }
        }
    }
}
