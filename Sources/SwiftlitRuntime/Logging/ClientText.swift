/// Text that came from a client, made safe to put in a log line.
///
/// A browser (or anything that speaks the protocol) chooses these strings, so one could otherwise
/// forge log lines with newlines, hide text with terminal escapes or bidirectional overrides, or
/// fill the disk with a megabyte-long widget id.
public enum ClientText {
    /// The most characters of one client string a log line shows.
    public static let maxLoggedCharacters = 120

    /// `text` truncated to `limit` characters, with control, separator and bidirectional
    /// formatting characters written as `\u{…}` escapes (and `\` as `\\`).
    public static func forLog(_ text: some StringProtocol, limit: Int = maxLoggedCharacters) -> String {
        var result = ""
        var shown = 0
        for scalar in text.unicodeScalars {
            guard shown < limit else {
                let rest = text.unicodeScalars.count - shown
                result += "…(\(rest) more)"
                break
            }
            shown += 1
            if scalar == "\\" {
                result += "\\\\"
            } else if needsEscape(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .format, .unassigned, .surrogate, .privateUse: true
        default: false
        }
    }
}
