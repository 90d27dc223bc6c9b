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
    /// The container this handle draws in.
    let placement: Placement

    init(run: RunContext, placement: Placement) {
        self.run = run
        self.placement = placement
    }

    /// State that survives reruns, per browser tab. See ``SessionState``.
    public var session: SessionState { SessionState(run: run) }

    /// The sidebar: the same methods, drawn in the collapsible panel beside the page.
    public var sidebar: St { St(run: run, placement: placement.root(.sidebar)) }

    /// A handle background tasks can keep to update this session after the run ends (fill a
    /// keyed `empty` slot, request a rerun). See ``SessionPush``.
    public var push: SessionPush { run.push }

    /// Ends this run now, keeping what it has drawn; the page waits for the next interaction.
    ///
    /// ```swift
    /// guard !name.isEmpty else { try st.stop() }
    /// ```
    public func stop() throws -> Never {
        run.withBuilder { $0.halt() }
        throw RunControl.stop
    }

    /// Ends this run now and starts a new one at once, e.g. after changing `st.session`.
    ///
    /// With `scope: .fragment`, called inside a fragment, only that fragment reruns.
    public func rerun(scope: RerunScope = .app) throws -> Never {
        switch scope {
        case .app:
            run.withBuilder { $0.halt() }
            throw RunControl.rerun(.app)
        case .fragment:
            guard let fragment = placement.fragment else {
                reportMisuse(.fragmentRerunOutsideFragment())
                throw RunControl.stop
            }
            run.withBuilder { $0.halt() }
            throw RunControl.rerun(.fragment(fragment))
        }
    }

    /// Appends one element to this handle's container; returns its path (`nil` once halted).
    @discardableResult
    func emit(_ element: Element) -> ElementPath? { run.withBuilder { $0.append(element, in: placement) } }

    /// Shows a misuse of the API in this handle's container and halts the run.
    func reportMisuse(_ error: SwiftlitError) { run.withBuilder { $0.reportMisuse(error, in: placement) } }

    /// Resolves a value widget in this handle's container.
    func widget<Value: Sendable>(
        _ spec: WidgetSpec<Value>, _ options: WidgetOptions, render: (WidgetInfo, Value) -> Element
    ) -> Value {
        run.withBuilder { $0.widget(spec, options: options, in: placement, render: render) }
    }

    /// A handle on a container drawn at `path` inside this one (this handle's own container when
    /// the run is halted, where drawing does nothing anyway).
    func child(at path: ElementPath?, isSlot: Bool = false) -> St {
        St(run: run, placement: placement.child(path ?? placement.path, isSlot: isSlot))
    }
}

/// What `st.rerun(scope:)` reruns.
public enum RerunScope: Sendable {
    /// The whole app.
    case app
    /// Only the fragment the call is in.
    case fragment
}
