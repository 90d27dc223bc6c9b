import Foundation
import Swiftlit
import SwiftlitDocumentQAApp

do {
    try await Swiftlit.serve(documentQAApp)
} catch let error as ConfigurationError {
    FileHandle.standardError.write(Data("swiftlit-document-qa: \(error)\n".utf8))
    exit(2)
}
