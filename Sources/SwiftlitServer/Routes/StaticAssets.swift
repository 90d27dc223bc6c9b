import Foundation
import SwiftlitWebClient

/// The browser client's files, read once at start-up and served from memory.
///
/// Files are served under `static/<version>/`, where the version is a hash of every file, so
/// browsers may cache them forever and a new build is fetched at once. Only files found here
/// are ever served: request paths never reach the file system.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        let body: [UInt8]
        let contentType: String
    }

    /// A short hash of every file's path and content.
    let version: String
    /// `index.html`, with asset URLs pointing at the versioned folder.
    let indexHTML: String
    private let files: [String: Asset]
    /// Why the modules are served one by one instead of as one bundle (a module the bundle does
    /// not understand); `nil` when they are bundled.
    let bundleProblem: ModuleBundleError?

    /// The one stylesheet `index.html` links; it is served with its parts inlined.
    static let stylesheet = "styles/app.css"

    /// The module `index.html` starts; it is served bundled with the modules it imports (``ModuleBundle``).
    static let entryModule = "main.js"

    /// The placeholder `index.html` uses for the versioned asset folder.
    static let assetPlaceholder = "__SWIFTLIT_ASSETS__"

    /// Reads the client folder; throws when it is missing (a packaging error).
    init(directory: URL? = WebClient.directory) throws {
        guard let directory else { throw StaticAssetsError.missingClient }
        var files: [String: Asset] = [:]
        let root = directory.resolvingSymlinksInPath().path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            files[relative] = Asset(body: [UInt8](data), contentType: Self.contentType(of: relative))
        }
        guard let index = files["index.html"] else { throw StaticAssetsError.missingClient }
        if let stylesheet = files[Self.stylesheet] {
            let folder = (Self.stylesheet as NSString).deletingLastPathComponent
            let css = StylesheetImports.inline(String(decoding: stylesheet.body, as: UTF8.self)) { name in
                files[folder + "/" + name].map { String(decoding: $0.body, as: UTF8.self) }
            }
            files[Self.stylesheet] = Asset(body: Array(css.utf8), contentType: stylesheet.contentType)
        }
        do {
            let bundle = try ModuleBundle(entry: Self.entryModule) { path in
                files[path].map { String(decoding: $0.body, as: UTF8.self) }
            }
            let javaScript = Self.contentType(of: Self.entryModule)
            files[Self.entryModule] = Asset(body: Array(bundle.script.utf8), contentType: javaScript)
            for (path, facade) in bundle.facades { files[path] = Asset(body: Array(facade.utf8), contentType: javaScript) }
            bundleProblem = nil
        } catch {
            // The modules as they are still work, one request each.
            bundleProblem = error
        }
        var hash = FNV1a()
        for path in files.keys.sorted() {
            hash.add(Array(path.utf8))
            hash.add(files[path]?.body ?? [])
        }
        version = hash.hex
        indexHTML = String(decoding: index.body, as: UTF8.self)
            .replacingOccurrences(of: Self.assetPlaceholder, with: "static/\(version)")
        self.files = files
    }

    /// The file at `path` (relative to the client folder), if there is one.
    func asset(_ path: String) -> Asset? { files[path] }

    private static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "woff2": "font/woff2"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}

/// Why the client's files could not be loaded.
enum StaticAssetsError: Error, CustomStringConvertible {
    case missingClient

    var description: String {
        "The browser client's files (SwiftlitWebClient resources) were not found next to the executable; "
            + "run the app with 'swift run' or copy the .resources bundle along with the binary."
    }
}

/// The 64-bit FNV-1a hash: tiny, and enough to tell two builds of the client apart.
struct FNV1a {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
