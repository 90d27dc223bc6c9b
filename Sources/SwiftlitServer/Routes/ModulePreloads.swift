import Foundation

/// The modules the page's entry module imports statically, at any depth, listed in the page as
/// `<link rel="modulepreload">`: the browser then fetches them all at once, instead of finding
/// each level of imports only after the level above arrived. Issue 14's five small modules cost
/// hello's warm page load about 20 ms before they were listed. Modules loaded with `import()`
/// (renderers of rare elements, the code highlighter) are left out: they stay lazy.
enum ModulePreloads {
    /// The modules `entry` imports statically, directly or not, in the order they are found;
    /// `entry` itself is not listed. `source` gives a module's text by its path in the client
    /// folder (`renderers/text.js`), `nil` for a file that is not there (such an import is skipped).
    static func modules(importedBy entry: String, source: (String) -> String?) -> [String] {
        var found: [String] = []
        var seen: Set<String> = [entry]
        var queue = [entry]
        while !queue.isEmpty {
            let module = queue.removeFirst()
            // Each module's text is read once, here: a path with none is no module to list.
            guard let text = source(module) else { continue }
            if module != entry { found.append(module) }
            for specifier in staticImports(in: text) {
                guard let path = resolve(specifier, from: module), seen.insert(path).inserted else { continue }
                queue.append(path)
            }
        }
        return found
    }

    /// The `<link>` lines for `modules`, whose URLs start with `prefix` (the versioned folder).
    static func links(_ modules: [String], prefix: String) -> String {
        modules.map { "<link rel=\"modulepreload\" href=\"\(prefix)/\($0)\">" }.joined(separator: "\n")
    }

    /// The relative specifiers of a module's static `import … from "./x.js"`, `export … from` and
    /// `import "./x.js"` statements. `import("./x.js")` (a dynamic import) does not match: it has a
    /// parenthesis, not a space or `from`, before its string.
    static func staticImports(in text: String) -> [String] {
        var specifiers: [String] = []
        for marker in ["from \"", "import \""] {
            var rest = text[...]
            while let start = rest.range(of: marker) {
                let tail = rest[start.upperBound...]
                guard let end = tail.firstIndex(of: "\"") else { break }
                let specifier = String(tail[..<end])
                if specifier.hasPrefix("./") || specifier.hasPrefix("../") { specifiers.append(specifier) }
                rest = tail[end...]
            }
        }
        return specifiers
    }

    /// `specifier` resolved against the folder of `module`: `../dom.js` from `renderers/text.js`
    /// is `dom.js`; `nil` when it climbs out of the client folder.
    static func resolve(_ specifier: String, from module: String) -> String? {
        var parts = module.split(separator: "/").dropLast().map(String.init)
        for part in specifier.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
