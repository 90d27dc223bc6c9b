public import SwiftlitProtocol

extension VegaLite {
    /// The Vega-Lite version every spec declares.
    public static let schemaURL = "https://vega.github.io/schema/vega-lite/v6.json"

    /// A table a spec refers to by name (`{"name": …}` in its `data`), sent beside it.
    public struct Dataset: Sendable, Equatable {
        /// The name the spec uses: `table-` and a hash of the table's content, so that a chart
        /// drawn again from the same data refers to the same dataset.
        public let name: String
        public let table: Table
    }

    /// The spec as the browser renders it and the tables it refers to, made in one pass.
    public struct Output: Sendable, Equatable {
        /// The whole spec, with `$schema`, and every table replaced by `{"name": <dataset name>}`.
        public let json: JSONValue
        /// Each distinct table once, in the order the spec first uses it.
        public let datasets: [Dataset]
        /// The selection parameters of the spec (see ``VegaLite/selectionParams``).
        public let selectionParams: [SelectionParamInfo]
    }

    /// The spec and its datasets, made once: prefer this to reading ``json`` and ``datasets`` apart.
    public var output: Output {
        if let notAnObject { return Output(json: notAnObject, datasets: [], selectionParams: []) }
        var collector = DatasetCollector()
        var top = collector.resolve(members: members)
        if top["$schema"] == nil { top["$schema"] = .string(Self.schemaURL) }
        let json = JSONValue.object(top)
        return Output(json: json, datasets: collector.datasets, selectionParams: SelectionParamInfo.all(in: json))
    }

    /// The whole spec with `"$schema"`, every table replaced by `{"name": <dataset name>}`.
    public var json: JSONValue { output.json }

    /// The tables the spec refers to by name: each distinct table once, in first-use order.
    public var datasets: [Dataset] { output.datasets }
}

/// Gives each distinct table of a spec one dataset name, in the order the spec uses them.
struct DatasetCollector {
    private(set) var datasets: [VegaLite.Dataset] = []

    mutating func name(for table: Table) -> String {
        let base = "table-" + table.fingerprint
        // Equal content shares a name; a different table whose hash collides gets a suffix.
        var name = base
        var suffix = 1
        while let known = datasets.first(where: { $0.name == name }) {
            if known.table == table { return name }
            suffix += 1
            name = "\(base)-\(suffix)"
        }
        datasets.append(VegaLite.Dataset(name: name, table: table))
        return name
    }

    /// An object's members as JSON, in sorted key order as the JSON is written, so that "first use"
    /// is the order of the encoded spec rather than of a dictionary.
    mutating func resolve(members: [String: SpecNode]) -> [String: JSONValue] {
        var resolved: [String: JSONValue] = [:]
        for key in members.keys.sorted() {
            if let node = members[key] { resolved[key] = resolve(node) }
        }
        return resolved
    }

    /// `node` as JSON, its tables named.
    mutating func resolve(_ node: SpecNode) -> JSONValue {
        switch node {
        case .json(let value): return value
        case .array(let nodes): return .array(nodes.map { resolve($0) })
        case .object(let members): return .object(resolve(members: members))
        case .data(let data):
            switch data {
            case .table(let table): return .object(["name": .string(name(for: table))])
            case .named(let name): return .object(["name": .string(name)])
            case .values(let rows): return .object(["values": .array(rows.map(JSONValue.object))])
            case .url(let url): return .object(["url": .string(url)])
            }
        }
    }
}
