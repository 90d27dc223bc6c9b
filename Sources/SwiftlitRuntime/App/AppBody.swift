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
    private let body: Mutex<AppBody>

    /// Hosts `body`.
    public init(_ body: @escaping AppBody) { self.body = Mutex(body) }

    /// The app the next run will execute.
    public var current: AppBody { body.withLock { $0 } }

    /// Swaps in a new version of the app; runs that start afterwards use it.
    public func replace(with newBody: @escaping AppBody) { body.withLock { $0 = newBody } }
}
