/// Whether a cached computation shows a spinner while it runs, and what it says.
///
/// Write it as a literal: `showSpinner: false` hides it, `showSpinner: "Loading prices…"` sets its
/// text, and the default `true` says which computation is running.
public struct CacheSpinner: Sendable, Equatable, ExpressibleByBooleanLiteral, ExpressibleByStringLiteral {
    /// The text shown; `nil` when the spinner is hidden.
    let text: String?
    /// Shown, with a text naming the computation.
    let isAutomatic: Bool

    /// A spinner that names the computation (`true`) or none (`false`).
    public init(booleanLiteral shown: Bool) {
        text = nil
        isAutomatic = shown
    }

    /// A spinner with `text`.
    public init(stringLiteral text: String) {
        self.text = text
        isAutomatic = false
    }

    /// A spinner with `text` built at run time, e.g. `CacheSpinner("Loading \(symbol)…")`.
    public init(_ text: String) {
        self.text = text
        isAutomatic = false
    }

    /// No spinner.
    public static let hidden: CacheSpinner = false

    /// The text to show for `function`, or `nil` for none.
    func text(for function: CacheFunction) -> String? { isAutomatic ? function.spinnerText : text }
}
