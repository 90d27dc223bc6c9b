/// `st.session`: state that survives reruns, per browser tab.
///
/// Values are any `Sendable` type. A widget created with `key:` also appears here under its key,
/// holding its current value; assigning that key before the widget renders moves the widget.
/// Values that are also `Codable` survive a reconnect that reaches another server process, when
/// the server keeps sessions in a ``SessionStorage``; others stay with the process.
///
/// ```swift
/// st.session["count", default: 0] += 1
/// let name: String? = st.session["name"]
/// st.button("Reset") { state in state["count"] = 0 }
/// ```
public struct SessionState: Sendable {
    let run: RunContext

    /// The value stored under `key`, or `nil` when there is none or it is of another type.
    /// Assigning `nil` removes it.
    public subscript<Value: Sendable>(key: String) -> Value? {
        get { SessionStore.cast(run.withBuilder { $0.sessionValue(forKey: key) }, as: Value.self) }
        nonmutating set { run.withBuilder { $0.setSessionValue(newValue, forKey: key) } }
    }

    /// The value stored under `key`, or `defaultValue` when there is none yet.
    ///
    /// Reading does not store the default; writing (`+= 1`) does.
    public subscript<Value: Sendable>(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
        get { SessionStore.cast(run.withBuilder { $0.sessionValue(forKey: key) }, as: Value.self) ?? defaultValue() }
        nonmutating set { run.withBuilder { $0.setSessionValue(newValue, forKey: key) } }
    }

    /// Whether a value is stored under `key`.
    public func contains(_ key: String) -> Bool { run.withBuilder { $0.sessionValue(forKey: key) } != nil }

    /// Every key that holds a value, sorted.
    public var keys: [String] { run.withBuilder { $0.sessionKeys() } }

    /// The value under `key` whatever its type, for inspection and tests.
    public func value(forKey key: String) -> (any Sendable)? { run.withBuilder { $0.sessionValue(forKey: key) } }

    /// Removes the value under `key`.
    public func removeValue(forKey key: String) { run.withBuilder { $0.setSessionValue(nil as Int?, forKey: key) } }
}
