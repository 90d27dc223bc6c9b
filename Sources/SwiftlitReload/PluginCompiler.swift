public import Foundation
import Synchronization

/// Compiles one app file (see ``AppFileConvention``) into a uniquely named shared object that a
/// running host can `dlopen`: one direct `swiftc` call, about five times faster than `swift
/// build`, because only the app is compiled and it links against code that is already built.
///
/// ```swift
/// let layout = BuildLayout(packageRoot: packageRoot)
/// let compiler = try PluginCompiler(flags: SwiftcFlags.derive(from: layout), outputDirectory: pluginsDirectory)
/// let library = try await compiler.compile(appFile: appFile)   // or ReloadError.compileFailed
/// ```
///
/// Every compile gets a new file name and a new module name, because `dlopen` caches libraries by
/// path and two loaded images must not define the same Swift symbols.
///
/// The Swiftlit code a plugin calls is left undefined: the host executable provides it, being
/// linked with `-Xlinker --export-dynamic` (as `swiftlit` and swiftlit-reload-host are), so host
/// and plugin share one copy of the runtime's types.
public struct PluginCompiler: Sendable {
    public let flags: SwiftcFlags
    /// Where the libraries and the generated entry point go.
    public let outputDirectory: URL
    /// The compiler: a path, or a name found in `PATH`.
    public let swiftc: String
    /// Whether to link with lld (about 25 ms faster per reload than the default gold); on when
    /// `ld.lld` is in `PATH`.
    public let useLLD: Bool
    private let counter = Counter()

    /// - Throws: ``ReloadError/compilerNotStarted(_:_:)`` when `outputDirectory` cannot be made.
    public init(
        flags: SwiftcFlags, outputDirectory: URL, swiftc: String = "swiftc",
        useLLD: Bool = PluginCompiler.lldIsInPath
    ) throws(ReloadError) {
        self.flags = flags
        self.outputDirectory = outputDirectory
        self.swiftc = swiftc
        self.useLLD = useLLD
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
            try Data(AppFileConvention.pluginEntrySource.utf8).write(to: entryFile, options: .atomic)
        } catch {
            throw .compilerNotStarted(swiftc, "cannot write to \(outputDirectory.path): \(error)")
        }
    }

    private var entryFile: URL { outputDirectory.appendingPathComponent(AppFileConvention.pluginEntryFileName) }

    /// Compiles `appFile`.
    /// - Returns: The new library's path.
    /// - Throws: ``ReloadError/compileFailed(_:output:)`` with the parsed diagnostics when the app
    ///   does not compile; ``ReloadError/compilerNotStarted(_:_:)`` when swiftc cannot run.
    public func compile(appFile: URL) async throws(ReloadError) -> URL {
        let number = counter.next()
        let moduleName = "swiftlitapp\(ProcessInfo.processInfo.processIdentifier)_\(number)"
        let library = outputDirectory.appendingPathComponent("\(moduleName).so")
        let outcome = try await CommandRunner().run(swiftc, arguments(appFile: appFile, moduleName: moduleName, output: library))
        guard outcome.status == 0 else {
            throw .compileFailed(explain(CompilerDiagnostic.parse(outcome.output)), output: outcome.output)
        }
        return library
    }

    /// The swiftc command line, for logs and for reproducing a failure by hand.
    ///
    /// `-wmo` compiles both files in one frontend process: half the time of one process per file
    /// (~250 ms instead of ~520 ms), since most of a compile is loading Swiftlit's modules.
    public func arguments(appFile: URL, moduleName: String, output: URL) -> [String] {
        var arguments = [
            "-emit-library", "-parse-as-library", "-swift-version", "6", "-module-name", moduleName, "-Onone", "-wmo",
            "-module-cache-path", outputDirectory.appendingPathComponent("ModuleCache").path,
        ]
        if useLLD { arguments.append("-use-ld=lld") }
        arguments += flags.arguments
        arguments += [appFile.path, entryFile.path]
        arguments += ["-o", output.path]
        return arguments
    }

    /// Diagnostics in the generated entry point mean the app file breaks the convention: they
    /// are replaced by one that says what the file must declare.
    private func explain(_ diagnostics: [CompilerDiagnostic]) -> [CompilerDiagnostic] {
        let entryPath = entryFile.path
        var explained = diagnostics.filter { $0.file != entryPath }
        if explained.count < diagnostics.count, !explained.contains(where: { $0.severity == .error }) {
            explained.append(
                CompilerDiagnostic(
                    file: nil, line: nil, column: nil, severity: .error, message: AppFileConvention.missingAppHint))
        }
        return explained
    }
}

extension PluginCompiler {
    /// Whether `ld.lld` is in one of `PATH`'s directories (the Swift toolchain ships it).
    public static var lldIsInPath: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").contains { directory in
            FileManager.default.isExecutableFile(atPath: "\(directory)/ld.lld")
        }
    }
}

/// Numbers the compiles of one compiler.
private final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int { value.withLock { $0 += 1; return $0 } }
}
