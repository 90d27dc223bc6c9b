import SwiftlitCLI

SwiftlitCommand.main()
