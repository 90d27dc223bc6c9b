public import Foundation

/// The browser client: plain ES modules shipped as this target's resources and served as-is.
public enum WebClient {
    /// The folder holding `index.html`, the modules, styles and (when fetched) `vendor/`.
    public static var directory: URL? { Bundle.module.url(forResource: "client", withExtension: nil) }
}
