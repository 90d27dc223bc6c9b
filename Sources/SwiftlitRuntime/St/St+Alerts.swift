import SwiftlitMarkdown
import SwiftlitProtocol

extension St {
    /// A green callout for a success message. The body is Markdown.
    public func success(_ body: String, icon: String? = nil) { alert(.success, body, icon) }

    /// A blue callout for information. The body is Markdown.
    public func info(_ body: String, icon: String? = nil) { alert(.info, body, icon) }

    /// A yellow callout for a warning. The body is Markdown.
    public func warning(_ body: String, icon: String? = nil) { alert(.warning, body, icon) }

    /// A red callout for an error message. The body is Markdown; the run goes on.
    public func error(_ body: String, icon: String? = nil) { alert(.error, body, icon) }

    /// Shows an error the app caught, as the page shows errors the app throws.
    ///
    /// How much is revealed follows `client.showErrorDetails`.
    public func exception(_ error: any Error) {
        emit(.exception(ExceptionElement(error, details: run.options.errorDetails, redacting: run.secrets)))
    }

    private func alert(_ variant: AlertVariant, _ body: String, _ icon: String?) {
        emit(.alert(AlertElement(variant: variant, html: Markdown.html(from: body), icon: icon)))
    }
}
