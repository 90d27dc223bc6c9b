import Foundation
public import SwiftlitProtocol

extension ExceptionElement {
    /// The element that shows `error`, revealing as much as `details` allows, with every value of
    /// `secrets` in its text replaced by `••••`.
    public init(_ error: any Error, details: ErrorDetails, redacting secrets: Secrets) {
        let typeName = String(describing: Swift.type(of: error))
        switch details {
        case .full:
            let message = secrets.redact((error as? any LocalizedError)?.errorDescription ?? String(describing: error))
            let reflection = secrets.redact(String(reflecting: error))
            self.init(type: typeName, message: message, details: reflection == message ? nil : reflection)
        case .type:
            self.init(type: typeName, message: Self.redactedMessage, details: nil)
        case .none:
            self.init(type: nil, message: Self.redactedMessage, details: nil)
        }
    }

    /// Shown instead of an error's own words when `client.showErrorDetails` hides them.
    static let redactedMessage =
        "This app has encountered an error. The original error message is hidden to protect the app's data "
        + "(client.showErrorDetails); check the server log for details."
}
