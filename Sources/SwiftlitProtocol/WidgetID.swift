/// The stable identity of a widget across reruns.
///
/// Derived from the widget's kind and label, or its kind and `key:` when one is given, so it
/// survives code edits elsewhere in the app. On the wire it is a plain string such as
/// `"slider:Repeat"` or `"textInput#name"`.
public struct WidgetID: Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identity as sent on the wire.
    public let rawValue: String

    /// Wraps an identity received from the wire.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Allows `"slider:n"` wherever a widget id is expected, mostly in tests.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The identity of a widget of `kind` with `label`, or with `key` when given.
    public init(kind: Element.Kind, label: String, key: String?) {
        if let key {
            rawValue = "\(kind.rawValue)#\(key)"
        } else {
            rawValue = "\(kind.rawValue):\(label)"
        }
    }

    public init(from decoder: any Decoder) throws { rawValue = try String(from: decoder) }
    public func encode(to encoder: any Encoder) throws { try rawValue.encode(to: encoder) }
    public var description: String { rawValue }
}

extension WidgetID: CodingKeyRepresentable {
    public var codingKey: any CodingKey { AnyCodingKey(rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}
