/// Page paths: inferred from titles, checked before a navigation uses them.
package enum PagePath {
    /// First path segments the server answers itself (lower-cased): a page there could never be
    /// reached, and the server's catch-all page route leaves them to their own 404s.
    package static let reserved: Set<String> = ["_stcore", "static", "media", "healthz"]

    /// `text` without the slashes around it.
    static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed())
    }

    /// `title` as a URL path segment: lowercase letters and digits, other runs of characters
    /// turned into one `-` ("Sales report 2026" → `sales-report-2026`). Empty when the title has
    /// no letter or digit (an emoji-only title): such a page needs a `path:`.
    static func slug(_ title: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in title.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// Why `page`'s path cannot be used, or `nil` when it can.
    static func problem(with page: Page) -> String? {
        let path = page.path
        if path.isEmpty {
            return page.givenPath == nil
                ? "its title has no letter or digit to make a URL path of; give it one, e.g. Page(\"\(page.title)\", path: \"home\") { … }"
                : "its path is empty; to serve a page at the app's root, pass isDefault: true instead"
        }
        if path.contains("/") { return "its path '\(path)' has a '/'; a page's path is one URL segment, e.g. \"reports\"" }
        if path == "." || path == ".." { return "its path '\(path)' is not a page's name" }
        if let bad = path.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F || "?#%\\".unicodeScalars.contains($0) }) {
            return "its path '\(path)' contains '\(bad.escaped(asASCII: true))', which a URL segment cannot hold as it is"
        }
        if reserved.contains(path.lowercased()) {
            return "its path '\(path)' is one the server answers itself (\(reserved.sorted().joined(separator: ", "))); choose another"
        }
        if path.utf8.count > 200 { return "its path is longer than 200 bytes" }
        return nil
    }
}

extension PagePath {
    /// `path` as a URL path segment: percent-encoded but for the unreserved characters.
    static func encoded(_ path: String) -> String {
        QueryString.encode(path).replacingOccurrences(of: "+", with: "%20")
    }
}
