import Foundation

/// The swiftc flags that let a single file `import Swiftlit` outside SwiftPM.
///
/// Importing Swiftlit loads its dependencies' modules too, C ones included (CNIOLinux,
/// _AtomicsShims, CCmarkGFM, …): swiftc must be told where each module map and its headers are,
/// exactly as SwiftPM tells it. Rather than guess from directory names, the flags are copied
/// from SwiftPM's own command for compiling the `Swiftlit` module, which the build manifest
/// (`.build/debug.yaml`) records: `-I` module directories, `-Xcc -fmodule-map-file=…` and
/// `-Xcc -I -Xcc <include dir>`. They stay right as dependencies change, since the manifest is
/// rewritten by every `swift build`.
public struct SwiftcFlags: Sendable, Equatable {
    /// The flags, in SwiftPM's order.
    public var arguments: [String]

    public init(arguments: [String]) { self.arguments = arguments }

    /// The flags SwiftPM used to compile `module` in the build `layout` describes.
    /// - Throws: ``ReloadError/buildManifestUnreadable(_:_:)`` when the manifest is missing (the
    ///   package was not built) or holds no compile command for `module`.
    public static func derive(from layout: BuildLayout, module: String = "Swiftlit") throws(ReloadError) -> SwiftcFlags {
        let text: String
        do {
            text = try String(contentsOf: layout.manifest, encoding: .utf8)
        } catch {
            throw .buildManifestUnreadable(layout.manifest.path, "\(error) (build the package first: swift build)")
        }
        guard let command = compileCommand(in: text, module: module) else {
            throw .buildManifestUnreadable(layout.manifest.path, "it has no command compiling the module '\(module)'")
        }
        return SwiftcFlags(arguments: importFlags(of: command))
    }

    /// The arguments of the command that compiles the Swift module `module`, from the llbuild
    /// manifest: the `args:` line (a JSON array) after that command's description.
    static func compileCommand(in manifest: String, module: String) -> [String]? {
        let description = "description: \"Compiling Swift Module '\(module)' ("
        var found = false
        for line in manifest.split(separator: "\n", omittingEmptySubsequences: true) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix(description) {
                found = true
            } else if found, trimmed.hasPrefix("args: ") {
                let json = Data(trimmed.dropFirst("args: ".count).utf8)
                do {
                    return try JSONDecoder().decode([String].self, from: json)
                } catch {
                    return nil
                }
            } else if found, !trimmed.hasPrefix("description:"), trimmed.hasSuffix(":") {
                return nil  // the next command started without an args line
            }
        }
        return nil
    }

    /// The flags of a compile command that find modules: `-I dir`, `-Xcc -fmodule-map-file=…`,
    /// `-Xcc -I -Xcc dir` (and the joined `-Xcc -Idir`).
    static func importFlags(of command: [String]) -> [String] {
        var flags: [String] = []
        var index = command.startIndex
        func argument(_ offset: Int) -> String? {
            command.indices.contains(index + offset) ? command[index + offset] : nil
        }
        while index < command.endIndex {
            let current = command[index]
            if current == "-I", let directory = argument(1) {
                flags += ["-I", directory]
                index += 2
            } else if current == "-Xcc", argument(1) == "-I", argument(2) == "-Xcc", let directory = argument(3) {
                flags += ["-Xcc", "-I", "-Xcc", directory]
                index += 4
            } else if current == "-Xcc", let next = argument(1),
                next.hasPrefix("-fmodule-map-file=") || (next.hasPrefix("-I") && next.count > 2)
            {
                flags += ["-Xcc", next]
                index += 2
            } else {
                index += 1
            }
        }
        return flags
    }
}
