import SwiftlitProtocol

/// Reads wire shapes off Swift types by running their decoders under a ``SchemaDecoder``, and
/// collects the enums and nested objects it meets on the way. One recorder serves one generation.
final class ShapeRecorder {
    /// Nested objects met in fields (`WidgetInfo`, `DataColumn`, …), in the order first met.
    private(set) var objects: [WireObject] = []
    /// Enums met in fields, in the order first met.
    private(set) var enums: [(name: String, cases: [String])] = []
    /// The type behind each name, to refuse two types of one name.
    private var typesByName: [String: ObjectIdentifier] = [:]

    /// The fields `type`'s decoder reads, with its ``WireFieldConstraints`` applied.
    func fields(of type: any Decodable.Type) throws -> WireObject {
        let log = SchemaDecoder.Log()
        _ = try type.init(from: SchemaDecoder(type: type, log: log, recorder: self))
        var fields = log.fields
        if let constrained = type as? any WireFieldConstraints.Type {
            for (name, constraint) in constrained.wireFieldConstraints {
                guard let index = fields.firstIndex(where: { $0.name == name }), case .integer = fields[index].shape else {
                    throw SchemaError.unsupported("a constraint on '\(name)', which \(type) does not decode as an Int")
                }
                fields[index].shape = .integer(constraint)
            }
        }
        return WireObject(typeName: try name(of: type), fields: fields)
    }

    /// The shape of a field of `type`, and a sample value to hand back to the decoder being recorded.
    func record<T: Decodable>(_ type: T.Type) throws -> (WireShape, T) {
        let shape = try shape(of: type)
        switch shape {
        case .enumeration(_, let cases): return (shape, try T(from: SampleDecoder(string: cases.first ?? "")))
        case .object: return (shape, try T(from: SchemaDecoder(type: type, log: SchemaDecoder.Log(), recorder: self)))
        default: return (shape, try T(from: SampleDecoder()))
        }
    }

    /// The shape of `type`; records the enums and objects it meets.
    private func shape(of type: any Decodable.Type) throws -> WireShape {
        if let custom = type as? any WireCustomRule.Type { return .custom(rule: custom.wireRule) }
        if let enumeration = type as? any WireEnum.Type {
            let name = try name(of: type)
            if !enums.contains(where: { $0.name == name }) { enums.append((name, enumeration.wireCases)) }
            return .enumeration(name: name, cases: enumeration.wireCases)
        }
        if let scalar = Self.scalarShapes[ObjectIdentifier(type)] { return scalar }
        if let array = type as? any DecodableArray.Type { return .array(try shape(of: array.elementType)) }
        let object = try fields(of: type)
        if !objects.contains(object) { objects.append(object) }
        return .object(name: object.typeName)
    }

    private static let scalarShapes: [ObjectIdentifier: WireShape] = [
        ObjectIdentifier(String.self): .string,
        ObjectIdentifier(Bool.self): .bool,
        ObjectIdentifier(Double.self): .number,
        ObjectIdentifier(Float.self): .number,
        ObjectIdentifier(Int.self): .integer(nil),
    ]

    /// The Swift name the browser sees for `type`, unique among the types recorded.
    private func name(of type: Any.Type) throws -> String {
        let name = String(describing: type)
        if let known = typesByName[name], known != ObjectIdentifier(type) { throw SchemaError.nameClash(name) }
        typesByName[name] = ObjectIdentifier(type)
        return name
    }
}

/// Lets the recorder see an array's element type.
private protocol DecodableArray { static var elementType: any Decodable.Type { get } }

extension Array: DecodableArray where Element: Decodable {
    fileprivate static var elementType: any Decodable.Type { Element.self }
}
