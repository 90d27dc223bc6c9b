import Crypto
import Foundation
import NIOCore
import SwiftlitWebClient

/// The browser client's files, read once at start-up and served from memory: the client's own
/// scripts and stylesheets without their comment lines (``CommentLines``), and in gzip form to a
/// browser that accepts it (``GzipVariants``).
///
/// Files are served under `static/<version>/`, where the version is a hash of every file, so
/// browsers may cache them forever and a new build is fetched at once. Only files found here
/// are ever served: request paths never reach the file system.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        let body: ByteBuffer
        let contentType: String

        var text: String { String(buffer: body) }
    }

    /// A short hash of every file's path and content.
    let version: String
    /// `index.html`, with asset URLs pointing at the versioned folder.
    let indexHTML: String
    private let files: [String: Asset]
    private let gzipVariants = GzipVariants()
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
        // The client's own text files, bundled and inlined below; then every file as it is served.
        var texts: [String: (text: String, contentType: String)] = [:]
        var served: [String: Asset] = [:]
        let root = directory.resolvingSymlinksInPath().path
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            let contentType = Self.contentType(of: relative)
            if let text = Self.servedText(data, path: relative) {
                texts[relative] = (text, contentType)
            } else {
                served[relative] = Asset(body: ByteBuffer(bytes: data), contentType: contentType)
            }
        }
        guard let index = texts["index.html"] else { throw StaticAssetsError.missingClient }
        if let stylesheet = texts[Self.stylesheet] {
            let folder = (Self.stylesheet as NSString).deletingLastPathComponent
            let css = StylesheetImports.inline(stylesheet.text) { name in texts[folder + "/" + name]?.text }
            texts[Self.stylesheet] = (css, stylesheet.contentType)
        }
        do {
            let bundle = try ModuleBundle(entry: Self.entryModule) { path in texts[path]?.text }
            let javaScript = Self.contentType(of: Self.entryModule)
            texts[Self.entryModule] = (bundle.script, javaScript)
            for (path, facade) in bundle.facades { texts[path] = (facade, javaScript) }
            bundleProblem = nil
        } catch {
            // The modules as they are still work, one request each.
            bundleProblem = error
        }
        for (path, file) in texts { served[path] = Asset(body: ByteBuffer(string: file.text), contentType: file.contentType) }
        // SHA-256 for its speed, not its strength: the processor computes it, and the client's 7 MB
        // (with the chart libraries) are hashed at every start.
        var hash = SHA256()
        for path in served.keys.sorted() {
            hash.update(data: Data(path.utf8))
            served[path]?.body.withUnsafeReadableBytes { hash.update(bufferPointer: $0) }
        }
        version = hash.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
        indexHTML = index.text.replacingOccurrences(of: Self.assetPlaceholder, with: "static/\(version)")
        files = served
    }

    /// The file at `path` (relative to the client folder), if there is one.
    func asset(_ path: String) -> Asset? { files[path] }

    /// The file at `path` as it goes to a request for `host` that accepts `acceptEncoding`: the
    /// file, and its gzip form when that is what goes (``GzipVariants``).
    func served(_ path: String, host: String?, acceptEncoding: String?) -> (asset: Asset, gzip: ByteBuffer?)? {
        guard let asset = files[path] else { return nil }
        guard GzipVariants.wanted(host: host, acceptEncoding: acceptEncoding) else { return (asset, nil) }
        return (asset, gzipVariants.variant(of: asset.body, path: path, contentType: asset.contentType))
    }

    /// The client's own script or stylesheet at `path`, as text without its comment lines; `nil` for
    /// any other file, and for the third-party libraries, which are served exactly as published.
    private static func servedText(_ data: Data, path: String) -> String? {
        guard !path.hasPrefix(vendorFolder) else { return nil }
        switch (path as NSString).pathExtension.lowercased() {
        case "js": return CommentLines.removed(from: String(decoding: data, as: UTF8.self), lineComments: true)
        case "css": return CommentLines.removed(from: String(decoding: data, as: UTF8.self), lineComments: false)
        case "html": return String(decoding: data, as: UTF8.self)
        default: return nil
        }
    }

    /// Where `scripts/fetch-vendor.sh` puts the third-party libraries.
    private static let vendorFolder = "vendor/"

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
