public import SwiftlitProtocol

extension St {
    /// A form: its widgets do not rerun the app when they change; the form's
    /// ``formSubmitButton(_:key:help:style:disabled:width:onClick:)`` sends all their values at once.
    ///
    /// ```swift
    /// let form = st.form("signup", clearOnSubmit: true)
    /// let email = form.textInput("Email")
    /// if form.formSubmitButton("Sign up") { st.success("Welcome, \(email)") }
    /// ```
    /// - Parameters:
    ///   - key: The form's identity; unique within a run.
    ///   - clearOnSubmit: After a submission, its widgets go back to their defaults.
    ///   - enterToSubmit: Pressing Enter in one of its text inputs submits it.
    ///   - border: Draws a border around it.
    public func form(_ key: String, clearOnSubmit: Bool = false, enterToSubmit: Bool = true, border: Bool = true) -> St {
        if placement.form != nil {
            reportMisuse(.nestedForm(key))
            return child(at: nil)
        }
        let block = FormBlock(id: key, enterToSubmit: enterToSubmit, border: border)
        let drawn = run.withBuilder { [placement] builder -> ElementPath? in
            guard let path = builder.append(.block(.form(block)), in: placement),
                builder.registerForm(key, at: path, clearOnSubmit: clearOnSubmit, in: placement)
            else { return nil }
            return path
        }
        guard let path = drawn else { return child(at: nil) }
        var formPlacement = placement.child(path)
        formPlacement.form = key
        return St(run: run, placement: formPlacement)
    }

    /// A form, filled by `body`.
    @discardableResult
    public func form<T>(
        _ key: String, clearOnSubmit: Bool = false, enterToSubmit: Bool = true, border: Bool = true,
        _ body: (St) throws -> T
    ) rethrows -> T {
        try body(form(key, clearOnSubmit: clearOnSubmit, enterToSubmit: enterToSubmit, border: border))
    }

    /// A fragment: a part of the app whose widgets rerun only that part. A full run still runs it.
    ///
    /// ```swift
    /// try await st.fragment { st in
    ///     let n = st.slider("Zoom", in: 1...10)   // moving it reruns only this closure
    ///     st.write("zoom \(n)")
    /// }
    /// try await st.fragment(runEvery: .seconds(5)) { st in st.write(latestPrice()) }
    /// ```
    /// - Parameters:
    ///   - key: The fragment's identity; by default its place in the source.
    ///   - runEvery: Reruns the fragment on this interval while the page is open.
    ///   - body: The fragment; it may capture values of the enclosing run (they keep the values
    ///     they had when that run drew it).
    public func fragment(
        key: String? = nil, runEvery: Duration? = nil, fileID: String = #fileID, line: Int = #line,
        _ body: @escaping AppBody
    ) async throws {
        try await runFragment(baseID: key ?? "\(fileID):\(line)", runEvery: runEvery, body: body) { id in
            .vertical(VerticalBlock(fragment: id))
        } in: { self }
    }

    /// A modal dialog whose body is a fragment: its widgets rerun only the dialog. It shows in
    /// the runs that call it; the user closes it (when `dismissible`), and code closes it by not
    /// calling it in the next full run (e.g. `try st.rerun()` after a button inside it).
    ///
    /// ```swift
    /// if st.button("Delete…") { st.session["confirming"] = true }
    /// if st.session["confirming", default: false] {
    ///     try await st.dialog("Delete the file?") { st in
    ///         if st.button("Delete") { st.session["confirming"] = false; try st.rerun() }
    ///     }
    /// }
    /// ```
    public func dialog(
        _ title: String, width: DialogWidth = .medium, dismissible: Bool = true, key: String? = nil,
        _ body: @escaping AppBody
    ) async throws {
        try await runFragment(baseID: key ?? "dialog:\(title)", runEvery: nil, body: body) { id in
            .dialog(DialogBlock(title: title, width: width, dismissible: dismissible, opened: run.number, fragment: id))
        } in: { St(run: run, placement: placement.root(.event)) }
    }

    private func runFragment(
        baseID: String, runEvery: Duration?, body: @escaping AppBody, block: (String) -> BlockElement,
        in parent: () -> St
    ) async throws {
        let parent = parent().placement
        let drawn = run.withBuilder {
            $0.drawFragment(baseID: baseID, in: parent, body: body, runEvery: runEvery, block: block)
        }
        guard let fragmentPlacement = drawn else { return }
        try await body(St(run: run, placement: fragmentPlacement))
    }
}
