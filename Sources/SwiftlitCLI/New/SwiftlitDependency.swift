/// How a new app's `Package.swift` refers to Swiftlit.
enum SwiftlitDependency: Equatable {
    /// A local checkout, by path: builds offline, against exactly that code.
    case path(String)
    /// A git repository at a version (`from:`).
    case git(url: String, version: String)

    /// The `.package(…)` line of the manifest.
    var manifestLine: String {
        switch self {
        case .path(let path): ".package(path: \(SwiftLiteral.string(path)))"
        case .git(let url, let version): ".package(url: \(SwiftLiteral.string(url)), from: \(SwiftLiteral.string(version)))"
        }
    }

    /// The package's identity, which `.product(name:package:)` names: SwiftPM derives it from
    /// the last path component of the path or URL, lowercased, without `.git`.
    var identity: String {
        let location: String
        switch self {
        case .path(let path): location = path
        case .git(let url, _): location = url
        }
        let last = location.split(separator: "/").last.map(String.init) ?? location
        return (last.hasSuffix(".git") ? String(last.dropLast(4)) : last).lowercased()
    }
}

/// Text as a Swift string literal.
enum SwiftLiteral {
    static func string(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
