import Foundation
import Swiftlit

// Small apps that the end-to-end and fault tests serve (never part of a product):
//   swiftlit-e2e-apps NAME [--server.port N …]
let apps: [String: AppBody] = [
    "xss": xssApp,
    "slow": slowApp,
    "throwing": throwingApp,
    "data": dataApp,
    "charts": chartApp,
    "media": mediaApp,
    "pickers": pickersApp,
    "uploads": uploadApp,
    "text": textExtrasApp,
    "refresh": refreshApp,
    "replicas": replicaApp,
    "navigation": navigationApp,
    "storage": browserStorageApp,
    "streaming": streamingApp,
    "chat": chatApp,
    "filter": filterApp,
    "prerender": prerenderApp,
]
let arguments = CommandLine.arguments.dropFirst()
// Not an app: prints the Vega-Lite spec catalogue that Tests/E2E/test_vega_schema.py validates.
if arguments.first == "vega-specs" {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    FileHandle.standardOutput.write(try encoder.encode(VegaSpecCatalogue.json()))
    exit(0)
}
guard let name = arguments.first, let app = apps[name] else {
    let names = (apps.keys.sorted() + ["vega-specs"]).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: swiftlit-e2e-apps \(names) [--server.port N …]\n".utf8))
    exit(2)
}
do {
    try await Swiftlit.serve(app)
} catch let error as ConfigurationError {
    FileHandle.standardError.write(Data("swiftlit-e2e-apps: \(error)\n".utf8))
    exit(2)
}
