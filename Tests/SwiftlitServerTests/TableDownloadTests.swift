import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// `_stcore/table.csv`: a table on a session's page as CSV, in the user's view, for that session only.
@Suite struct TableDownloadTests {
    static let app: AppBody = { st in
        st.dataframe(
            Table([Table.Column("n", [3, 1, 2]), Table.Column("name", ["c, the third", "a \"quoted\"", "b"])]))
    }

    func get(_ url: String) async throws -> (Int, String, String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
    }

    @Test func aSessionDownloadsWhatItsPageShowsInItsOrderAndNothingElse() async throws {
        try await withServer(app: Self.app) { port throws in
            try await converse(port: port) { conversation throws in
                try await conversation.send(hello)
                guard case .session(let info) = try await conversation.receive() else {
                    Issue.record("no session message")
                    return
                }
                let table = try #require(HostileInputTests.tableID(in: try await conversation.receiveRun()))
                let base = "http://127.0.0.1:\(port)/_stcore/table.csv?session=\(info.sessionId)&table=\(table)"
                let (status, type, csv) = try await get(base)
                #expect(status == 200)
                #expect(type == "text/csv; charset=utf-8")
                #expect(csv.split(separator: "\n").first == "n,name")
                #expect(csv.contains("\"c, the third\""))
                let (_, _, sorted) = try await get(base + "&sort=n&descending=1")
                #expect(sorted.split(separator: "\n").dropFirst().map { $0.prefix(1) } == ["3", "2", "1"])
                let (_, _, searched) = try await get(base + "&search=B")
                #expect(searched.split(separator: "\n").count == 2)
                // As the browser's URLSearchParams writes a space, and a literal plus.
                let (_, _, spaced) = try await get(base + "&search=THE+third")
                #expect(spaced.split(separator: "\n").dropFirst() == ["3,\"c, the third\""])
                #expect(try await get(base + "&search=%2B").2.split(separator: "\n").count == 1, "no cell holds a plus")

                #expect(try await get(base + "&sort=price").0 == 404)
                let forged = "http://127.0.0.1:\(port)/_stcore/table.csv?session=0123456789abcdef&table=\(table)"
                #expect(try await get(forged).0 == 404)
                #expect(try await get("http://127.0.0.1:\(port)/_stcore/table.csv?table=\(table)").0 == 400)
            }
        }
    }
}
