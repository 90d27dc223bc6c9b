import Foundation

/// Inlines a stylesheet's `@import url("./part.css");` lines with the parts' text, so that the
/// page fetches one stylesheet instead of one per part: each `@import` is a request the browser
/// discovers only after the importing sheet arrived, and the four of issue 13 cost hello's warm
/// page load about 17 ms in Chromium. The parts stay separate files in the source.
enum StylesheetImports {
    /// `css` with each `@import url("./name")` line of a part in `parts` (by file name, same
    /// folder) replaced by that part's text; other lines, and imports of unknown parts, are kept.
    static func inline(_ css: String, parts: (String) -> String?) -> String {
        var lines: [Substring] = []
        for line in css.split(separator: "\n", omittingEmptySubsequences: false) {
            if let name = importedName(line), let part = parts(name) {
                lines.append("/* \(name) */")
                lines.append(Substring(part))
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `theme.css` for the line `@import url("./theme.css");`; `nil` for any other line.
    private static func importedName(_ line: Substring) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        let prefix = "@import url(\"./"
        let suffix = "\");"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix) else { return nil }
        let name = text.dropFirst(prefix.count).dropLast(suffix.count)
        return name.contains("/") || name.contains("\"") ? nil : String(name)
    }
}
