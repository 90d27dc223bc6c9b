import Foundation
import PostgresNIO

/// Reads PostgreSQL result cells by their declared type.
enum PostgresCells {
    /// The column type a declared type gives; `nil` for types read as text or refused.
    static func kind(of type: PostgresDataType) -> DeclaredKind? {
        switch type {
        case .int2, .int4, .int8, .oid: .integer
        case .float4, .float8, .numeric: .double
        case .bool: .bool
        case .date: .day
        case .timestamp, .timestamptz: .instant
        default: .text
        }
    }

    static func read(_ cell: PostgresCell) throws -> ResultCell {
        guard cell.bytes != nil else { return .missing }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(try cell.decode(Int.self))
            case .oid:
                guard var bytes = cell.bytes, bytes.readableBytes == 4, let oid = bytes.readInteger(as: UInt32.self) else {
                    throw unsupported(cell)
                }
                return .integer(Int(oid))
            case .float4, .float8: return .double(try cell.decode(Double.self))
            case .numeric: return .double(NSDecimalNumber(decimal: try cell.decode(Decimal.self)).doubleValue)
            case .bool: return .bool(try cell.decode(Bool.self))
            case .date: return .day(try cell.decode(Date.self))
            case .timestamp, .timestamptz: return .instant(try cell.decode(Date.self))
            case .text, .varchar, .bpchar, .name, .char, .uuid, .json, .jsonb, .xml:
                return .text(try cell.decode(String.self))
            // Tables have no bytes column: bytea shows as Base64 text, as SQLite blobs do.
            case .bytea: return .text(Data(try cell.decode(ByteBuffer.self).readableBytesView).base64EncodedString())
            default: return .text(try textOfUnknownType(cell))
            }
        } catch let error as SQLError {
            throw error
        } catch {
            throw unsupported(cell)
        }
    }

    /// Enumerations, `citext` and other extension types have no fixed type id but arrive as their
    /// text; anything else (intervals, arrays, geometry) arrives in a binary layout and is refused.
    private static func textOfUnknownType(_ cell: PostgresCell) throws -> String {
        guard let bytes = cell.bytes,
            let text = String(validating: bytes.readableBytesView, as: UTF8.self),
            !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        else { throw unsupported(cell) }
        return text
    }

    private static func unsupported(_ cell: PostgresCell) -> SQLError {
        let type = cell.dataType.knownSQLName ?? "type \(cell.dataType.rawValue)"
        return SQLError(
            .unsupportedType,
            "PostgreSQL: column \"\(cell.columnName)\" has type \(type), which a table cannot show; cast it in the SQL, e.g. \(cell.columnName)::text"
        )
    }
}
