import Foundation

extension St {
    /// Memoises a computation for every session of the server: see ``CacheData``.
    ///
    /// ```swift
    /// let rows = try await st.cacheData(count, ttl: .seconds(600)) { count in makeRecords(count) }
    /// ```
    public var cacheData: CacheData { CacheData(st: self) }
}

/// `st.cacheData`: a value computed once per call site and arguments, then handed to every run of
/// every session until it expires, is evicted or is cleared (Streamlit's `st.cache_data`).
///
/// ```swift
/// let records = try await st.cacheData(2_000, name: "makeRecords", ttl: .seconds(600)) { count in
///     try await makeRecords(count)
/// }
/// ```
///
/// - The key is the place of the call in the source, the type it returns, and the arguments,
///   compared with `==`: two call sites never share a value, and equal hashes of different
///   arguments never do either.
/// - The computation depends only on its arguments: it is `@Sendable` and receives them, as
///   Streamlit hashes a cached function's parameters.
/// - Sessions asking for a missing key at once wait for one computation. A run that a newer
///   interaction stops stops waiting; when nobody waits any more the computation is cancelled.
/// - Errors are not cached: the next call computes again.
/// - Values are handed out as copies: `Value` must be a value type (a struct, an enum, a
///   collection, a ``Table``), so a run that changes its copy changes nobody else's. For one
///   shared instance (a model, a connection pool) use ``St/cacheResource``.
/// - At most `cache.maxEntries` values are held over every call site; the least recently used
///   goes first.
public struct CacheData: Sendable {
    let st: St

    /// The value of `compute(arguments…)`, from the cache when it holds it.
    ///
    /// - Parameters:
    ///   - arguments: What the value depends on, each `Hashable`.
    ///   - name: Groups call sites for ``clear(named:)`` and names the computation in the spinner.
    ///   - ttl: How long a value is kept; for ever when `nil`.
    ///   - maxEntries: The most values this call site keeps; the least recently used goes first.
    ///   - showSpinner: `true` (the default) shows a spinner naming the computation while it runs,
    ///     a string shows that text, `false` none.
    ///   - compute: Computes the value from `arguments`.
    /// - Throws: What `compute` throws (not cached), `CancellationError` when the run is stopped,
    ///   or a ``SwiftlitError`` when `Value` is a class.
    public func callAsFunction<each Argument: Hashable & Sendable, Value: Sendable>(
        _ arguments: repeat each Argument, name: String? = nil, ttl: Duration? = nil, maxEntries: Int? = nil,
        showSpinner: CacheSpinner = true, fileID: String = #fileID, line: Int = #line, column: Int = #column,
        _ compute: @escaping @Sendable (repeat each Argument) async throws -> Value
    ) async throws -> Value {
        let call = try makeCall(
            Value.self, repeat each arguments, at: CacheFunction(fileID: fileID, line: line, column: column, name: name),
            ttl: ttl, maxEntries: maxEntries, spinner: showSpinner)
        return try await call.value { try await compute(repeat each arguments) }
    }

    /// The value of `compute(arguments…)`, kept in memory and, with `persist: true`, also in the
    /// server's ``CacheStore`` (`.swiftlit/cache` on disk), so that a restarted server starts warm.
    ///
    /// ```swift
    /// let prices = try await st.cacheData("AAPL", persist: true) { symbol in try await fetchPrices(symbol) }
    /// ```
    ///
    /// The persisted key is the call site, the type and the arguments' JSON; a value whose type
    /// no longer decodes it (the struct changed) is computed again.
    public func callAsFunction<each Argument: Hashable & Sendable & Encodable, Value: Sendable & Codable>(
        _ arguments: repeat each Argument, name: String? = nil, ttl: Duration? = nil, maxEntries: Int? = nil,
        showSpinner: CacheSpinner = true, persist: Bool, fileID: String = #fileID, line: Int = #line,
        column: Int = #column, _ compute: @escaping @Sendable (repeat each Argument) async throws -> Value
    ) async throws -> Value {
        let function = CacheFunction(fileID: fileID, line: line, column: column, name: name)
        let call = try makeCall(
            Value.self, repeat each arguments, at: function, ttl: ttl, maxEntries: maxEntries, spinner: showSpinner)
        guard persist else { return try await call.value { try await compute(repeat each arguments) } }
        let store = st.run.caches.store
        let storeKey = try PersistedKey.make(function: function, valueType: Value.self, arguments: repeat each arguments)
        return try await call.value {
            if let bytes = try await store.value(for: storeKey) {
                // A value that no longer decodes was written by an older `Value`: compute it anew.
                if let value = try? JSONDecoder().decode(Value.self, from: bytes) { return value }
            }
            let value = try await compute(repeat each arguments)
            try await store.setValue(JSONEncoder().encode(value), for: storeKey, lifetime: ttl)
            return value
        }
    }

    /// Forgets every value `st.cacheData` holds, in memory and persisted.
    ///
    /// ```swift
    /// if st.button("Reload data") { try await st.cacheData.clear() }
    /// ```
    public func clear() async throws {
        st.run.caches.data.removeAll()
        try await st.run.caches.store.removeAll()
    }

    /// Forgets the values of the call sites given `name`, in memory and persisted.
    public func clear(named name: String) async throws {
        st.run.caches.data.removeAll { $0.name == name }
        try await st.run.caches.store.removeGroup(name)
    }

    /// The lookup of one call, refusing classes: their instances would be shared, not copied.
    private func makeCall<each Argument: Hashable & Sendable, Value: Sendable>(
        _ type: Value.Type, _ arguments: repeat each Argument, at function: CacheFunction, ttl: Duration?,
        maxEntries: Int?, spinner: CacheSpinner
    ) throws -> CachedCall<Value> {
        if type is AnyObject.Type { throw SwiftlitError.cachedClass(type) }
        return CachedCall<Value>(
            st: st, cache: st.run.caches.data, function: function, arguments: repeat each arguments, ttl: ttl,
            maxEntries: maxEntries, spinner: spinner)
    }
}

/// The key a persisted value is stored under: stable across processes, unlike a hash value.
enum PersistedKey {
    static func make<each Argument: Encodable, Value>(
        function: CacheFunction, valueType: Value.Type, arguments: repeat each Argument
    ) throws -> CacheStoreKey {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var key = "\(function.site)\u{1F}\(String(reflecting: valueType))"
        for argument in repeat each arguments {
            key += "\u{1F}" + String(decoding: try encoder.encode(argument), as: UTF8.self)
        }
        return CacheStoreKey(group: function.group, key: key)
    }
}
