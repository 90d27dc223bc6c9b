/// What `st.cacheData` and `st.cacheResource` share: look the key up, and on a miss wait for the
/// one computation of it, under a spinner when asked.
struct CachedCall<Value: Sendable> {
    let st: St
    let cache: ValueCache
    let key: CacheKey
    let policy: ValueCache.Policy
    let spinner: CacheSpinner

    init<each Argument: Hashable & Sendable>(
        st: St, cache: ValueCache, function: CacheFunction, arguments: repeat each Argument,
        ttl: Duration?, maxEntries: Int?, spinner: CacheSpinner
    ) {
        var hashables: [AnyHashable] = []
        for argument in repeat each arguments { hashables.append(AnyHashable(argument)) }
        self.st = st
        self.cache = cache
        key = CacheKey(function: function, valueType: ObjectIdentifier(Value.self), arguments: hashables)
        policy = ValueCache.Policy(ttl: ttl, maxEntries: maxEntries)
        self.spinner = spinner
    }

    /// The cached value, computed with `compute` when it is missing or has expired.
    func value(
        compute: @escaping @Sendable () async throws -> Value, onEvict: (@Sendable (Value) async -> Void)? = nil
    ) async throws -> Value {
        switch cache.lookup(key, policy: policy, compute: compute, onEvict: onEvict) {
        case .hit(let value):
            return cast(value)
        case .miss(let flight, let ticket):
            guard let text = spinner.text(for: key.function) else { return cast(try await flight.value(ticket: ticket)) }
            return cast(try await st.spinner(text) { try await flight.value(ticket: ticket) })
        }
    }

    private func cast(_ value: any Sendable) -> Value {
        // The key holds `Value`'s type: an entry under it holds a `Value`.
        guard let value = value as? Value else { preconditionFailure("A cache entry of \(type(of: value)) is under a \(Value.self) key") }
        return value
    }
}
