extension St {
    /// One shared instance for every session of the server: see ``CacheResource``.
    ///
    /// ```swift
    /// let model = try await st.cacheResource(name: "model") { try await Model.load() }
    /// ```
    public var cacheResource: CacheResource { CacheResource(st: self) }
}

/// `st.cacheResource`: an instance created once per call site and arguments and shared by every
/// run of every session (Streamlit's `st.cache_resource`): a model, a connection pool, a client.
///
/// ```swift
/// let pool = try await st.cacheResource(
///     url, name: "pool", ttl: .seconds(3_600),
///     validate: { pool in await pool.isOpen },
///     onEvict: { pool in await pool.close() }
/// ) { url in try await Pool(url: url) }
/// ```
///
/// Unlike ``CacheData``, the instance itself is shared, so it must be `Sendable`: an actor, an
/// immutable class, or a class that guards its state. Sessions asking for a missing one at once
/// wait for one creation. At most `cache.maxEntries` instances are held; the least recently used,
/// an expired one, one that fails `validate` and every cleared one is passed to `onEvict`.
public struct CacheResource: Sendable {
    let st: St

    /// The instance `create(arguments…)` made, made now when there is none yet.
    ///
    /// - Parameters:
    ///   - arguments: What the instance depends on, each `Hashable`.
    ///   - name: Groups call sites for ``clear(named:)`` and names the creation in the spinner.
    ///   - ttl: How long an instance is kept; for ever when `nil`.
    ///   - maxEntries: The most instances this call site keeps.
    ///   - showSpinner: `true` (the default) shows a spinner naming the creation while it runs, a
    ///     string shows that text, `false` none.
    ///   - validate: Asked on every use of a kept instance; `false` evicts it and makes a new one.
    ///   - onEvict: Cleans up an instance the cache lets go of (closes a pool, unloads a model).
    ///   - create: Makes the instance from `arguments`.
    public func callAsFunction<each Argument: Hashable & Sendable, Value: Sendable>(
        _ arguments: repeat each Argument, name: String? = nil, ttl: Duration? = nil, maxEntries: Int? = nil,
        showSpinner: CacheSpinner = true, validate: (@Sendable (Value) async -> Bool)? = nil,
        onEvict: (@Sendable (Value) async -> Void)? = nil, fileID: String = #fileID, line: Int = #line,
        column: Int = #column, _ create: @escaping @Sendable (repeat each Argument) async throws -> Value
    ) async throws -> Value {
        let function = CacheFunction(fileID: fileID, line: line, column: column, name: name)
        let call = CachedCall<Value>(
            st: st, cache: st.run.caches.resources, function: function, arguments: repeat each arguments, ttl: ttl,
            maxEntries: maxEntries, spinner: showSpinner)
        let instance = try await call.value(compute: { try await create(repeat each arguments) }, onEvict: onEvict)
        guard let validate, !(await validate(instance)) else { return instance }
        call.cache.remove(call.key)
        return try await call.value(compute: { try await create(repeat each arguments) }, onEvict: onEvict)
    }

    /// Lets go of every instance `st.cacheResource` holds, passing each to its `onEvict`.
    public func clear() { st.run.caches.resources.removeAll() }

    /// Lets go of the instances of the call sites given `name`.
    public func clear(named name: String) { st.run.caches.resources.removeAll { $0.name == name } }
}
