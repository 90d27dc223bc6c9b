/// `st.queryParams`: the query string of the tab's address (`…/reports?year=2026&tab=sales`),
/// to read and to write.
///
/// A write moves the address bar without reloading the page, adding a history entry as in
/// Streamlit: back returns to the earlier query, and the app reruns with it. Following a link
/// to another page leaves the query behind unless the link gives one.
///
/// ```swift
/// let year = Int(st.queryParams["year"] ?? "") ?? 2026
/// st.queryParams["year"] = String(st.slider("Year", in: 2000...2030, value: year))
/// let tags = st.queryParams.all("tag")          // ?tag=a&tag=b → ["a", "b"]
/// ```
public struct QueryParams: Sendable {
    let st: St

    /// The last value of `key` (a key may repeat), or `nil`. Assigning replaces all its values;
    /// `nil` removes it.
    public subscript(key: String) -> String? {
        get { read { $0.value(key) } }
        nonmutating set { edit { $0.set(key, values: newValue.map { [$0] } ?? []) } }
    }

    /// Every value of `key`, in order: `?tag=a&tag=b` gives `["a", "b"]`.
    public func all(_ key: String) -> [String] { read { $0.values(key) } }

    /// Gives `key` these values (a repeated key); an empty list removes it.
    public func set(_ key: String, values: [String]) { edit { $0.set(key, values: values) } }

    /// Removes `key` and all its values.
    public func remove(_ key: String) { edit { $0.set(key, values: []) } }

    /// Removes every key.
    public func clear() { edit { $0.items = [] } }

    /// Whether `key` has a value.
    public func contains(_ key: String) -> Bool { read { !$0.values(key).isEmpty } }

    /// The keys, in the order they first appear.
    public var keys: [String] {
        read { query in
            var seen: Set<String> = []
            return query.items.map(\.name).filter { seen.insert($0).inserted }
        }
    }

    /// One value per key (the last of a repeated key), as Streamlit's `to_dict()`.
    public func toDictionary() -> [String: String] { read(\.dictionary) }

    /// Sets each key to its value, leaving other keys as they are.
    public func update(_ values: KeyValuePairs<String, String>) {
        edit { query in for (key, value) in values { query.set(key, values: [value]) } }
    }

    /// Sets each key to its value, leaving other keys as they are.
    public func update(_ values: [String: String]) {
        edit { query in for (key, value) in values.sorted(by: { $0.key < $1.key }) { query.set(key, values: [value]) } }
    }

    private func read<T>(_ body: (QueryString) -> T) -> T { st.run.withBuilder { body($0.query) } }

    private func edit(_ body: (inout QueryString) -> Void) {
        st.run.withBuilder { [placement = st.placement] in $0.editQuery(body, in: placement) }
    }
}
