import Testing

@testable import SwiftlitReload

@Suite struct CompilerDiagnosticTests {
    @Test func swiftcOutputIsParsedIntoLocatedDiagnostics() {
        let output = """
            /tmp/app/app.swift:4:13: error: cannot find 'undefinedThing' in scope
            2 | func app(_ st: St) async throws {
              |             `- error: cannot find 'undefinedThing' in scope
            /tmp/app/app.swift:7:9: warning: variable 'x' was never used
            error: link command failed with exit code 1 (use -v to see invocation)
            """
        #expect(
            CompilerDiagnostic.parse(output) == [
                CompilerDiagnostic(
                    file: "/tmp/app/app.swift", line: 4, column: 13, severity: .error,
                    message: "cannot find 'undefinedThing' in scope"),
                CompilerDiagnostic(
                    file: "/tmp/app/app.swift", line: 7, column: 9, severity: .warning,
                    message: "variable 'x' was never used"),
                CompilerDiagnostic(
                    file: nil, line: nil, column: nil, severity: .error,
                    message: "link command failed with exit code 1 (use -v to see invocation)"),
            ])
    }

    @Test func theDescriptionIsTheCompilersFormat() {
        let diagnostic = CompilerDiagnostic(file: "a.swift", line: 1, column: 2, severity: .error, message: "m")
        #expect(diagnostic.description == "a.swift:1:2: error: m")
    }
}
