import Foundation
import Swiftlit
import SwiftlitReload

// swiftlit-reload-host APP_FILE [--server.port N …]: serves one app file and reloads it on every
// save (HotReloadServer). What scripts/reload-e2e.sh and scripts/bench-reload.sh run. Each
// reload's outcome is written to standard output as one `reload: …` line (diagnostics follow, one
// per line, as `diagnostic: file:line:column: severity: message`), and `listening on port N`
// once the server is up, so a test can follow along.

func say(_ line: String) {
    FileHandle.standardOutput.write(Data("\(line)\n".utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let appPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: swiftlit-reload-host APP_FILE [--server.port N …]\n".utf8))
    exit(2)
}
do {
    let configuration = try ConfigurationLoader.load(
        arguments: Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    try await HotReloadServer.serve(
        appFile: URL(fileURLWithPath: appPath).standardizedFileURL, configuration: configuration,
        onEvent: { event in
            switch event {
            case .reloaded: say("reload: ok \(event)")
            case .failed: say("reload: failed \(event)")
            }
            for diagnostic in event.diagnostics { say("diagnostic: \(diagnostic)") }
        },
        onReady: { port in say("listening on port \(port)") })
} catch {
    FileHandle.standardError.write(Data("swiftlit-reload-host: \(error)\n".utf8))
    exit(1)
}
