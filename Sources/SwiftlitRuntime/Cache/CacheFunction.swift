/// Which cached computation an entry belongs to: the place in the source where `st.cacheData` or
/// `st.cacheResource` is called, and the name it was given there, if any.
///
/// The place is part of every key, so two call sites never share an entry even when they are given
/// the same name and the same arguments; the name only groups call sites for clearing and for the
/// spinner's text.
struct CacheFunction: Hashable, Sendable {
    let fileID: String
    let line: Int
    let column: Int
    let name: String?

    /// `Module/File.swift:12:5`: the call site, stable while the file's lines stay where they are.
    var site: String { "\(fileID):\(line):\(column)" }

    /// What clearing by name and the persistent store group entries under.
    var group: String { name ?? site }

    /// What the spinner says while the computation runs.
    var spinnerText: String { "Running \(name ?? "the cached computation at \(fileID):\(line)")…" }
}

/// An entry's identity: the call site, the type the call site returns (a generic function can
/// call one site with several), and the arguments themselves, compared with `==` rather than by
/// hash value, so equal hashes of different arguments never share an entry.
struct CacheKey: Hashable, @unchecked Sendable {
    // `AnyHashable` is not `Sendable`; every value in `arguments` is (the `st` calls require it).
    let function: CacheFunction
    let valueType: ObjectIdentifier
    let arguments: [AnyHashable]
}
