public import ArgumentParser
import Foundation
import Swiftlit
import SwiftlitDemoApp

extension SwiftlitCommand {
    /// `swiftlit hello`: the demo, which shows every element and widget.
    public struct Hello: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Serve the demo app, which shows every element and widget.")

        @Argument(parsing: .allUnrecognized, help: "Configuration flags, e.g. --server.port 8502.")
        var settings: [String] = []

        public init() {}

        public func run() async throws {
            let configuration = try SwiftlitConfiguration.fromCommandLine(settings)
            try await Swiftlit.serve(demoApp, configuration: configuration)
        }
    }

    /// `swiftlit version`.
    public struct Version: ParsableCommand {
        public static let configuration = CommandConfiguration(abstract: "Print Swiftlit's version.")

        public init() {}

        public func run() { print(SwiftlitCommand.configuration.version) }
    }
}
