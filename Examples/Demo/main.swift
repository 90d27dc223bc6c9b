import Foundation
import Swiftlit
import SwiftlitDemoApp

do {
    try await Swiftlit.serve(demoApp)
} catch let error as ConfigurationError {
    FileHandle.standardError.write(Data("swiftlit-demo: \(error)\n".utf8))
    exit(2)
}
