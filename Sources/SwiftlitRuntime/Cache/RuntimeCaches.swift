/// The caches every session of a server shares: `st.cacheData`'s values, `st.cacheResource`'s
/// instances, and the store persisted values go to.
struct RuntimeCaches: Sendable {
    let data: ValueCache
    let resources: ValueCache
    let store: any CacheStore

    init(clock: RuntimeClock, maxEntries: Int, store: any CacheStore) {
        data = ValueCache(clock: clock, maxEntries: maxEntries)
        resources = ValueCache(clock: clock, maxEntries: maxEntries)
        self.store = store
    }
}
