public import Foundation
public import SwiftlitProtocol

extension VegaLite {
    /// A spec written in Vega-Lite's own JSON, kept as given (``json`` adds `$schema` when it has none).
    ///
    /// ```swift
    /// VegaLite(json: .object(["mark": .string("bar"), "data": .object(["url": .string("data.csv")])]))
    /// ```
    public init(json: JSONValue) {
        if case .object(let members) = json {
            self.init(members: members.mapValues(SpecNode.json))
        } else {
            // Kept whole so that `json` shows what was given and `problem` says what is wrong.
            self.init(members: [:])
            notAnObject = json
        }
    }

    /// A spec written as Vega-Lite JSON text, such as one copied from the Vega-Lite examples.
    ///
    /// ```swift
    /// let chart = try VegaLite(jsonString: #"{"mark": "point", "encoding": {"x": {"field": "a"}}}"#)
    /// ```
    /// - Throws: ``VegaLiteError`` when the text is not JSON or not a JSON object.
    public init(jsonString: String) throws(VegaLiteError) {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(jsonString.utf8))
        } catch {
            throw VegaLiteError.notJSON(detail: Self.describe(error))
        }
        guard case .object = value else { throw VegaLiteError.notAnObject(found: value) }
        self.init(json: value)
    }

    /// What is wrong with a raw spec that cannot be a Vega-Lite spec (one that is not a JSON
    /// object); `nil` for every spec this API builds.
    public var problem: VegaLiteError? { notAnObject.map { VegaLiteError.notAnObject(found: $0) } }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        default: return "\(decoding)"
        }
    }
}

/// Why a raw Vega-Lite spec was refused.
public enum VegaLiteError: Error, Equatable, CustomStringConvertible {
    /// The text is not valid JSON.
    case notJSON(detail: String)
    /// The JSON is valid but not an object.
    case notAnObject(found: JSONValue)

    public var description: String {
        switch self {
        case .notJSON(let detail):
            "the Vega-Lite spec is not valid JSON (\(detail)); check its quotes, commas and brackets"
        case .notAnObject(let found):
            "a Vega-Lite spec is a JSON object, like {\"mark\": \"bar\", \"encoding\": {…}}, "
                + "but this one is \(Self.kind(of: found))"
        }
    }

    private static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension VegaLiteError: LocalizedError {
    public var errorDescription: String? { description }
}
