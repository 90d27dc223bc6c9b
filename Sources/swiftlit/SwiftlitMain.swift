import SwiftlitCLI

// The command line lives in SwiftlitCLI, where it can be tested; this makes it the entry point.
@main
extension SwiftlitCommand {}
