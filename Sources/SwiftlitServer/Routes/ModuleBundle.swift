import Foundation

/// The page's entry module and every module it imports statically, joined into one script that is
/// served in place of the entry module: the browser then makes one request where it made one per
/// module. Hello's page loads 66 modules; as one script its warm load in Chromium fell from about
/// 235 ms to 135 ms, and without cache from 460 ms to 140 ms. The modules stay separate files in
/// the source, checked and tested one by one; there is no build step.
///
/// Each bundled module becomes a function that runs once, in dependency order, and whose exports
/// are kept in one registry object; its imports read that registry. A module loaded later with
/// `import()` (a rare renderer) still imports the bundled modules by their own URLs: each of those
/// URLs serves a small facade that re-exports the bundled instance, so that both share one state.
///
/// The client's modules keep to the forms this understands, which a test checks: `import { … }
/// from "./x.js"`, `import "./x.js"`, `export function|async function|function*|class|const NAME`,
/// `export { … }` and `export { … } from "./x.js"`, no import cycle.
struct ModuleBundle: Sendable {
    /// The script served as the entry module.
    let script: String
    /// Every bundled module but the entry, with the facade served at its path.
    let facades: [String: String]

    /// Where the bundle keeps each module's exports, by module path.
    static let registry = "globalThis.__swiftlitModules"

    /// Bundles `entry`, a module in the client folder's root, and its static imports. `source`
    /// gives a module's text by its path in the client folder (`renderers/text.js`), `nil` for a
    /// missing file.
    init(entry: String, source: (String) -> String?) throws(ModuleBundleError) {
        var order: [String] = []
        var modules: [String: Module] = [:]
        var visiting: [String] = []
        func visit(_ path: String) throws(ModuleBundleError) {
            guard modules[path] == nil else { return }
            if visiting.contains(path) {
                throw ModuleBundleError(path, "is part of an import cycle: \((visiting + [path]).joined(separator: " → "))")
            }
            guard let text = source(path) else { throw ModuleBundleError(path, "is imported but not in the client folder") }
            let module = try Module(text, path: path)
            visiting.append(path)
            for dependency in module.dependencies { try visit(dependency) }
            visiting.removeLast()
            modules[path] = module
            order.append(path)
        }
        try visit(entry)

        var parts = ["const __swiftlitModules = Object.create(null);", "\(Self.registry) = __swiftlitModules;"]
        var facades: [String: String] = [:]
        for path in order {
            guard let module = modules[path] else { continue }
            if path == entry {
                parts.append("// \(path)\n\(module.body)")
                continue
            }
            let returned = module.exports.map { $0.local == $0.exported ? $0.local : "\($0.exported): \($0.local)" }
            parts.append(
                "// \(path)\n__swiftlitModules[\"\(path)\"] = (() => {\n\(module.body)\nreturn { \(returned.joined(separator: ", ")) };\n})();")
            let names = module.exports.map(\.exported).joined(separator: ", ")
            facades[path] =
                "// \(path), bundled into \(entry): its exports, shared with the bundle.\n"
                + (names.isEmpty ? "export {};\n" : "export const { \(names) } = \(Self.registry)[\"\(path)\"];\n")
        }
        script = parts.joined(separator: "\n")
        self.facades = facades
    }

    /// One name a module exports: the name inside the module, and the name outside.
    struct Export: Equatable {
        let local: String
        let exported: String
    }

    /// One module as the bundle runs it: its import and export statements turned into registry
    /// reads and plain declarations. Statements start a line, as `deno fmt` writes them; a list of
    /// names may span lines. (A line scanner, not `Regex`: bundling runs at start-up, and regular
    /// expressions over the client's 300 kB made a server take 180 ms longer to start.)
    struct Module {
        var body = ""
        var exports: [Export] = []
        /// The modules it imports, in order.
        var dependencies: [String] = []

        init(_ text: String, path: String) throws(ModuleBundleError) {
            // The bundle runs at the entry's URL, in the client folder's root: only a module in a
            // subfolder has URLs to make relative to it.
            let relocates = path.contains("/")
            // Bytes, not Strings, for the many lines that are neither statements nor mention
            // `import`: the whole client is scanned at every start.
            let bytes = Array(text.utf8)
            var lines: [Range<Int>] = []
            var lineStart = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                lines.append(lineStart..<offset)
                lineStart = offset + 1
            }
            lines.append(lineStart..<bytes.count)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 256)
            func emit(_ part: some Sequence<UInt8>) {
                if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
                output.append(contentsOf: part)
            }
            var index = 0
            while index < lines.count {
                let line = bytes[lines[index]]
                index += 1
                guard let keyword = Self.statementKeyword(line) else {
                    if !relocates || !Self.contains(line, Self.importWord) {
                        emit(line)
                    } else {
                        emit(Self.relocated(String(decoding: line, as: UTF8.self), path: path).utf8)
                    }
                    continue
                }
                let rest = String(decoding: line.dropFirst(keyword.utf8.count), as: UTF8.self).drop(while: \.isWhitespace)
                if rest.hasPrefix("{") {
                    var statement = String(rest)
                    while !statement.contains("}") {
                        guard index < lines.count else { throw ModuleBundleError(path, "has an unterminated `\(keyword) {`") }
                        statement += "\n" + String(decoding: bytes[lines[index]], as: UTF8.self)
                        index += 1
                    }
                    emit(try list(statement, keyword: keyword, path: path).utf8)
                } else if keyword == "import", let specifier = Self.quoted(rest), rest.hasSuffix("\";") {
                    dependencies.append(try Self.resolved(specifier, from: path))  // run for its effects
                } else if keyword == "export" {
                    emit(try declaration(rest, path: path).utf8)
                } else {
                    throw ModuleBundleError(path, "has a statement the bundle does not understand: \(keyword) \(rest)")
                }
            }
            body = String(decoding: output, as: UTF8.self)
        }

        private static let importWord = Array("import".utf8)

        /// Whether `line` contains `pattern`. (The standard library's generic `contains(_:)` made
        /// a server take about 20 ms longer to start.)
        private static func contains(_ line: ArraySlice<UInt8>, _ pattern: [UInt8]) -> Bool {
            guard let first = pattern.first, line.count >= pattern.count else { return false }
            var position = line.startIndex
            let last = line.endIndex - pattern.count
            while position <= last {
                if line[position] == first, line[position..<(position + pattern.count)].elementsEqual(pattern) { return true }
                position += 1
            }
            return false
        }

        /// `{ a, b as c } from "./x.js";` (import or export) or `{ a, b as c };` (export).
        private mutating func list(_ statement: String, keyword: String, path: String) throws(ModuleBundleError) -> String {
            guard let close = statement.firstIndex(of: "}") else { throw ModuleBundleError(path, "has an unterminated `\(keyword) {`") }
            let names = ModuleBundle.bindings(statement[statement.index(after: statement.startIndex)..<close])
            let tail = statement[statement.index(after: close)...].trimmingCharacters(in: .whitespaces)
            if keyword == "export", tail == ";" {
                exports += names.map { Export(local: $0.imported, exported: $0.local) }
                return ""
            }
            guard tail.hasPrefix("from"), tail.hasSuffix("\";"),
                let specifier = Self.quoted(tail.dropFirst("from".count).drop(while: \.isWhitespace))
            else { throw ModuleBundleError(path, "has a statement the bundle does not understand: \(keyword) \(statement)") }
            let dependency = try Self.resolved(specifier, from: path)
            dependencies.append(dependency)
            if keyword == "export" { exports += names.map { Export(local: $0.local, exported: $0.local) } }
            let reads = names.map { $0.imported == $0.local ? $0.local : "\($0.imported): \($0.local)" }
            return "const { \(reads.joined(separator: ", ")) } = __swiftlitModules[\"\(dependency)\"];"
        }

        /// `function f(`, `async function f(`, `function* f(`, `class C`, `const X =`: the line
        /// without its `export`.
        private mutating func declaration(_ rest: Substring, path: String) throws(ModuleBundleError) -> String {
            var words = rest
            if words.hasPrefix("async ") { words = words.dropFirst("async ".count).drop(while: \.isWhitespace) }
            if words.hasPrefix("function") {
                words = words.dropFirst("function".count).drop(while: \.isWhitespace)
                if words.hasPrefix("*") { words = words.dropFirst().drop(while: \.isWhitespace) }
            } else if words.hasPrefix("class ") || words.hasPrefix("const ") {
                words = words.dropFirst("class ".count).drop(while: \.isWhitespace)
            } else {
                throw ModuleBundleError(path, "has a statement the bundle does not understand: export \(rest)")
            }
            let name = words.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
            guard !name.isEmpty else { throw ModuleBundleError(path, "has a statement the bundle does not understand: export \(rest)") }
            exports.append(Export(local: String(name), exported: String(name)))
            return String(rest)
        }

        /// `import` or `export` when `line` starts such a statement (not `import(` or `exports`).
        private static func statementKeyword(_ line: ArraySlice<UInt8>) -> String? {
            for keyword in ["import", "export"] where line.starts(with: keyword.utf8) {
                let next = line.dropFirst(keyword.utf8.count).first
                if next == UInt8(ascii: " ") || next == UInt8(ascii: "{") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "*") {
                    return keyword
                }
            }
            return nil
        }

        /// A line of a module that is not the entry, with what depends on the module's own URL
        /// made relative to the entry's folder, where the bundle runs.
        private static func relocated(_ line: String, path: String) -> String {
            var text = line
            if text.contains("import.meta.url") {
                text = text.replacingOccurrences(of: "import.meta.url", with: "new URL(\"./\(path)\", import.meta.url).href")
            }
            var searchFrom = text.startIndex
            while let call = text.range(of: "import(\".", range: searchFrom..<text.endIndex) {
                let start = text.index(before: call.upperBound)
                guard let end = text[start...].firstIndex(of: "\""), let target = ModuleBundle.resolve(String(text[start..<end]), from: path)
                else {
                    searchFrom = call.upperBound
                    continue
                }
                text.replaceSubrange(start..<end, with: "./" + target)
                searchFrom = text.index(start, offsetBy: 2 + target.count)
            }
            return text
        }

        /// The text between the first pair of double quotes in `text`.
        private static func quoted(_ text: Substring) -> String? {
            guard text.first == "\"", let end = text.dropFirst().firstIndex(of: "\"") else { return nil }
            return String(text[text.index(after: text.startIndex)..<end])
        }

        private static func resolved(_ specifier: String, from path: String) throws(ModuleBundleError) -> String {
            guard let target = ModuleBundle.resolve(specifier, from: path) else {
                throw ModuleBundleError(path, "imports \(specifier), outside the client folder")
            }
            return target
        }
    }

    /// `specifier` resolved against the folder of `module`: `../dom.js` from `renderers/text.js`
    /// is `dom.js`; `nil` when it is not relative or climbs out of the client folder.
    static func resolve(_ specifier: String, from module: String) -> String? {
        guard specifier.hasPrefix("./") || specifier.hasPrefix("../") else { return nil }
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

    /// `a, b as c` → (a, a), (b, c).
    fileprivate static func bindings(_ list: Substring) -> [(imported: String, local: String)] {
        list.split(separator: ",").compactMap { part in
            let words = part.split(whereSeparator: \.isWhitespace)
            switch words.count {
            case 1: return (String(words[0]), String(words[0]))
            case 3 where words[1] == "as": return (String(words[0]), String(words[2]))
            default: return nil
            }
        }
    }
}

/// Why the client's modules could not be bundled; the server then serves them one by one.
struct ModuleBundleError: Error, CustomStringConvertible {
    let module: String
    let problem: String

    init(_ module: String, _ problem: String) {
        self.module = module
        self.problem = problem
    }

    var description: String { "\(module) \(problem)" }
}
