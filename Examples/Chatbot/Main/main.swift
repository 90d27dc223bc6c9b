import Foundation
import Swiftlit
import SwiftlitChatbotApp

do {
    try await Swiftlit.serve(chatbotApp)
} catch let error as ConfigurationError {
    FileHandle.standardError.write(Data("swiftlit-chatbot: \(error)\n".utf8))
    exit(2)
}
