import Synchronization

/// A Swiftlit app: a function that runs top to bottom on every interaction.
///
/// ```swift
/// let app: AppBody = { st in
///     let n = st.slider("n", in: 0...100, value: 10)
///     st.write("n squared is \(n * n)")
/// }
/// ```
public typealias AppBody = @Sendable (St) async throws -> Void

/// Holds the app that new runs execute, and lets a new version replace it while sessions stay
/// connected (hot reload loads a freshly compiled app and hands it to ``replace(with:)``).
public final class AppHost: Sendable {
    /// Boxed so that reading it does not pass the closure through a generic (which would wrap it
    /// in reabstraction thunks that every run then pays for).
    private final class Box: Sendable {
        let body: AppBody
        init(_ body: @escaping AppBody) { self.body = body }
    }

    private let box: Mutex<Box>

    /// Hosts `body`.
    public init(_ body: @escaping AppBody) { box = Mutex(Box(body)) }

    /// The app the next run will execute.
    public var current: AppBody { box.withLock { $0 }.body }

    /// Swaps in a new version of the app; runs that start afterwards use it.
    public func replace(with newBody: @escaping AppBody) { box.withLock { $0 = Box(newBody) } }
}
