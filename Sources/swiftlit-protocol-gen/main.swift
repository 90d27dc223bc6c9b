// Writes the files generated from the Swift wire types: the browser's validation rules and JSDoc
// types, and docs/protocol.md's tables. Run through scripts/gen-protocol.sh, which passes the
// repository's root; prints each file it changed.
import Foundation
import SwiftlitProtocolSchema

let arguments = CommandLine.arguments.dropFirst()
let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
do {
    for file in try GeneratedFile.all(root: root) {
        let url = root.appendingPathComponent(file.path)
        if (try? String(contentsOf: url, encoding: .utf8)) == file.text { continue }
        try file.text.write(to: url, atomically: true, encoding: .utf8)
        print("wrote \(file.path)")
    }
} catch {
    FileHandle.standardError.write(Data("swiftlit-protocol-gen: \(error)\n".utf8))
    exit(1)
}
