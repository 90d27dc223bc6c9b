import SwiftlitProtocol

/// A selection parameter of a spec: what a chart reports back when the reader selects.
public struct SelectionParamInfo: Sendable, Equatable {
    /// A selection's kind.
    public enum Kind: String, Sendable, Equatable {
        /// Discrete values (clicked marks).
        case point
        /// A continuous range (a brush).
        case interval
    }

    public let name: String
    public let kind: Kind
    /// The fields the selection projects onto (empty when it projects onto encodings or nothing).
    public let fields: [String]
    /// The encoding channels the selection projects onto, by Vega-Lite name (`x`, `color`…).
    public let encodings: [String]

    public init(name: String, kind: Kind, fields: [String] = [], encodings: [String] = []) {
        self.name = name
        self.kind = kind
        self.fields = fields
        self.encodings = encodings
    }

    /// Every selection parameter of `spec`, in views at any depth, each name once (the first
    /// definition wins: a layered chart may repeat one per layer), in document order with object
    /// keys sorted, so the result does not depend on dictionary order.
    static func all(in spec: JSONValue) -> [SelectionParamInfo] {
        var found: [SelectionParamInfo] = []
        collect(spec, into: &found)
        return found
    }

    private static func collect(_ value: JSONValue, into found: inout [SelectionParamInfo]) {
        switch value {
        case .array(let items):
            for item in items { collect(item, into: &found) }
        case .object(let members):
            if case .array(let params) = members["params"] {
                for param in params {
                    if let info = SelectionParamInfo(param: param), !found.contains(where: { $0.name == info.name }) {
                        found.append(info)
                    }
                }
            }
            // Views nest under these keys only; data values and config never hold selections.
            for key in ["layer", "hconcat", "vconcat", "concat", "spec"] {
                if let nested = members[key] { collect(nested, into: &found) }
            }
        default: break
        }
    }

    /// The selection that `param` defines, or `nil` when it is a value parameter or malformed.
    init?(param: JSONValue) {
        guard case .object(let members) = param, case .string(let name) = members["name"] else { return nil }
        let type: String
        var select: [String: JSONValue] = [:]
        switch members["select"] {
        case .string(let text): type = text
        case .object(let object):
            guard case .string(let text) = object["type"] else { return nil }
            type = text
            select = object
        default: return nil
        }
        guard let kind = Kind(rawValue: type) else { return nil }
        self.init(name: name, kind: kind, fields: Self.strings(select["fields"]), encodings: Self.strings(select["encodings"]))
    }

    private static func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}

extension VegaLite {
    /// The selection parameters of the spec (built or raw), nested views included, each name once.
    ///
    /// ```swift
    /// chart.params(.interval("brush", encodings: [.x])).selectionParams
    /// // [SelectionParamInfo(name: "brush", kind: .interval, fields: [], encodings: ["x"])]
    /// ```
    public var selectionParams: [SelectionParamInfo] { output.selectionParams }
}
