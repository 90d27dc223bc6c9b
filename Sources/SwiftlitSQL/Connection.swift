/// A kind of connection to an outside service that `st.connection` opens once per name, shares
/// between every session and closes when it is evicted or the server stops: Streamlit's
/// `BaseConnection`.
///
/// ``SQLConnection`` is one kind. Write another by giving it a ``Configuration`` (decoded from the
/// `[connections.NAME]` section of `.swiftlit/secrets.toml`), a way to ``connect(name:configuration:)``
/// and a way to ``close()``. A key-value store kept in a JSON file:
///
/// ```swift
/// actor KeyValueFile: Connection {
///     struct Configuration: Decodable, Sendable, Hashable {
///         var path: String                     // [connections.settings] path = "settings.json"
///     }
///
///     private let url: URL
///     private var values: [String: String]
///
///     static func connect(name: String, configuration: Configuration) async throws -> KeyValueFile {
///         let url = URL(fileURLWithPath: configuration.path)
///         let data = (try? Data(contentsOf: url)) ?? Data("{}".utf8)
///         return KeyValueFile(url: url, values: try JSONDecoder().decode([String: String].self, from: data))
///     }
///
///     private init(url: URL, values: [String: String]) { self.url = url; self.values = values }
///
///     func value(_ key: String) -> String? { values[key] }
///     func set(_ key: String, to value: String) throws {
///         values[key] = value
///         try JSONEncoder().encode(values).write(to: url, options: .atomic)
///     }
///     func close() async {}
/// }
///
/// // In the app:
/// let settings = try await st.connection("settings", type: KeyValueFile.self)
/// st.write(await settings.value("greeting") ?? "Hello")
/// ```
///
/// The instance is shared by every session at once, hence `Sendable`: keep mutable state in an
/// actor (as above) or behind a lock.
public protocol Connection: Sendable {
    /// The settings of one named connection, decoded from `[connections.NAME]`.
    associatedtype Configuration: Decodable & Sendable & Hashable

    /// Opens the connection called `name` (the section's name, for messages and logs).
    /// - Throws: an error that says what to change, without secrets in it.
    static func connect(name: String, configuration: Configuration) async throws -> Self

    /// Releases what the connection holds. Called once, when the shared instance is evicted or the
    /// server stops; other calls after it may fail.
    func close() async
}
