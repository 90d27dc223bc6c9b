import Foundation
import SwiftlitProtocol

/// How cookie names and values are written and read: what a `Cookie` header and
/// `document.cookie` can carry (RFC 6265), and the percent-encoding of everything else.
package enum CookieText {
    /// Characters a cookie name may not hold besides controls, space and non-ASCII (RFC 6265's
    /// `token`).
    private static let nameSeparators = Set("()<>@,;:\\\"/[]?={}".utf8)

    /// Whether `name` can name a cookie: one or more visible ASCII characters, none a separator.
    package static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !nameSeparators.contains($0) }
    }

    /// Whether a byte can stand in a cookie value as it is (RFC 6265's `cookie-octet`, less `%`,
    /// which starts an escape).
    private static func isPlainValueByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21, 0x23...0x24, 0x26...0x2B, 0x2D...0x3A, 0x3C...0x5B, 0x5D...0x7E: true
        default: false
        }
    }

    /// `value` as a cookie carries it: every byte a cookie cannot hold (space, `"`, `,`, `;`,
    /// `\`, controls, non-ASCII) and `%` itself percent-encoded.
    package static func encode(_ value: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if isPlainValueByte(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }

    /// A cookie value as read: quotes around it dropped and percent-escapes decoded. A value
    /// whose escapes do not decode (set by other code, not encoded) is returned as it is.
    package static func decode(_ raw: String) -> String {
        var value = Substring(raw)
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = value.dropFirst().dropLast() }
        guard value.contains("%") else { return String(value) }
        return value.removingPercentEncoding ?? String(value)
    }

    /// The cookies a `Cookie` header carries, decoded, by name. When a name repeats (cookies of
    /// the same name for different paths) the first wins: browsers send the most specific first.
    package static func parseHeader(_ header: String) -> [String: String] {
        var cookies: [String: String] = [:]
        for pair in header.split(separator: ";") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = pair[..<equals].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, cookies[name] == nil else { continue }
            cookies[name] = decode(pair[pair.index(after: equals)...].trimmingCharacters(in: .whitespaces))
        }
        return cookies
    }

    /// The text the browser is given for a write (`document.cookie = …`) as the client builds it,
    /// at its longest (`Secure` included), to check its length.
    static func serialized(_ write: CookieWrite, defaultPath: String) -> String {
        var text = "\(write.name)=\(write.value ?? "")"
        if let maxAge = write.maxAge { text += "; Max-Age=\(maxAge)" }
        text += "; Path=\(write.path ?? defaultPath)"
        text += "; SameSite=\((write.sameSite ?? .lax).rawValue.capitalized)"
        if write.secure ?? true { text += "; Secure" }
        return text
    }

    /// Whether `path` can stand as a cookie's `Path`: absolute, visible ASCII, no `;`.
    static func isValidPath(_ path: String) -> Bool {
        path.hasPrefix("/") && path.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ";") }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
