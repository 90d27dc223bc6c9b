import SwiftlitProtocol

/// The handle an app draws with: every element and widget is a method on `st`.
///
/// Calls run in order, top to bottom, and each one lands on the page while the app is still
/// running. Once a newer interaction stops the run, every further call does nothing and any
/// `await` in the app throws `CancellationError`.
///
/// ```swift
/// try await Swiftlit.serve { st in
///     st.title("Hello")
///     let n = st.slider("n", in: 0...100, value: 10)
///     st.write("n squared is \(n * n)")
/// }
/// ```
public final class St: Sendable {
    let run: RunContext
    /// The container this handle appends to.
    let container: ElementPath

    init(run: RunContext, container: ElementPath) {
        self.run = run
        self.container = container
    }

    /// State that survives reruns, per browser tab. See ``SessionState``.
    public var session: SessionState { SessionState(run: run) }

    /// The sidebar: the same methods, drawn in the collapsible panel beside the page.
    public var sidebar: St { St(run: run, container: ElementPath([RootContainer.sidebar.rawValue])) }

    /// Ends this run now, keeping what it has drawn; the page waits for the next interaction.
    ///
    /// ```swift
    /// guard !name.isEmpty else { try st.stop() }
    /// ```
    public func stop() throws -> Never {
        run.interruptSilently()
        throw RunControl.stop
    }

    /// Ends this run now and starts a new one at once, e.g. after changing `st.session`.
    public func rerun() throws -> Never {
        run.interruptSilently()
        throw RunControl.rerun
    }

    /// Appends one element to this handle's container.
    func emit(_ element: Element) { run.append(element, in: container) }

    /// Resolves a value widget in this handle's container.
    func widget<Value: Sendable>(
        _ spec: WidgetSpec<Value>, _ options: WidgetOptions, render: (WidgetInfo, Value) -> Element
    ) -> Value {
        run.widget(spec, options: options, in: container, render: render)
    }
}
