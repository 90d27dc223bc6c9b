public import Foundation

/// Source files that changed within one debounce window: what a watcher delivers.
public struct SourceChange: Sendable, Equatable {
    /// The changed files (absolute paths), sorted.
    public var files: [URL]

    public init(files: [URL]) { self.files = files }
}
