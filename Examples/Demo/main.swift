import Swiftlit
import SwiftlitDemoApp

try await Swiftlit.serve(demoApp)
