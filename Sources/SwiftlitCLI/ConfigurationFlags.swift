import ArgumentParser
import Foundation
import SwiftlitServer

extension SwiftlitConfiguration {
    /// The configuration for a command that serves an app: files, environment, then `flags`. A bad
    /// setting is a usage error, printed with what to change.
    static func fromCommandLine(_ flags: [String]) throws -> SwiftlitConfiguration {
        do {
            return try ConfigurationLoader.load(arguments: flags, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
