import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Foundation
import Testing

@Suite struct DataElementTests {
    static let table = Table([
        Table.Column("n", Array(0..<1000)),
        Table.Column("half", (0..<1000).map { Double($0) / 2 }),
        Table.Column("name", (0..<1000).map { "row \($0)" }),
        Table.Column("even", (0..<1000).map { $0 % 2 == 0 }),
    ])

    @Test func aDataframeSendsItsFirstRowsAndServesTheRestOnRequest() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in st.dataframe(Self.table, height: 300) }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        await session.waitUntilIdle()
        let element = client.drain().compactMap { message -> DataFrameElement? in
            guard case .runFinished(let finished) = message else { return nil }
            return finished.ops.compactMap { if case .set(_, .dataframe(let frame)) = $0 { frame } else { nil } }.first
        }.first
        let frame = try #require(element)
        #expect(frame.rowCount == 1000)
        #expect(frame.rows.count == DataFrameElement.firstPage)
        #expect(frame.columns.map(\.type) == [.integer, .number, .text, .boolean])
        #expect(frame.rows[1] == [.number(1), .number(0.5), .string("row 1"), .bool(false)])
        #expect(frame.labels == nil)
        await session.rows(ClientMessage.RowsRequest(table: frame.table, offset: 990, count: 100))
        let rows = try await client.nextRows()
        #expect(rows.offset == 990)
        #expect(rows.rows.count == 10)
        #expect(rows.rows.last?.first == .number(999))
        await session.rows(ClientMessage.RowsRequest(table: "gone", offset: 0, count: 10))
        guard case .error(let error) = client.drain().last else {
            Issue.record("no error for an unknown table")
            return
        }
        #expect(error.code == .unknownTable)
    }

    @Test func anUnchangedTableCostsNothingAndAChangedOneGetsANewID() async throws {
        let at = AppTest { st in
            let n = st.slider("n", in: 1...3)
            st.dataframe(Table([Table.Column("x", Array(0..<(n * 100)))]))
        }
        try await at.run()
        let first = at.elements(.dataframe).first?.element
        try await at.run()
        guard case .runFinished(let finished) = at.messages.last else {
            Issue.record("no runFinished")
            return
        }
        #expect(finished.ops.isEmpty)
        try at.slider("n").set(2)
        try await at.run()
        #expect(at.elements(.dataframe).first?.element != first)
    }
}

/// Data that cannot be drawn as asked is reported on the page, like any other misuse.
@Suite struct DataMisuseTests {
    static let table = Table([Table.Column("day", [1, 2, 3]), Table.Column("sales", [1, 2, 3]), Table.Column("city", ["a", "b", "c"])])

    static func exception(_ app: @escaping AppBody) async throws -> String {
        let at = AppTest(app)
        try await at.run()
        return at.exceptions.first?.text ?? "no exception"
    }

    @Test func chartColumnsMustExistAndHoldNumbers() async throws {
        #expect(try await Self.exception { st in st.lineChart(Self.table, x: "day", y: ["revenue"]) }
            .contains("names the column 'revenue', but the table has only 'day', 'sales', 'city'"))
        #expect(try await Self.exception { st in st.lineChart(Self.table, x: "date") }.contains("'date'"))
        #expect(try await Self.exception { st in st.lineChart(Self.table, y: ["city"]) }.contains("'city' holds text"))
        // By default, text columns are simply left out.
        #expect(try await Self.exception { st in st.lineChart(Self.table, x: "day") } == "no exception")
    }

    @Test func tablesWhoseColumnsDifferInLengthAreRefused() async throws {
        let ragged = Table([Table.Column("a", [1, 2, 3]), Table.Column("b", ["x"])])
        let expected = "columns differ in length (a has 3, b has 1)"
        #expect(try await Self.exception { st in st.dataframe(ragged) }.contains(expected))
        #expect(try await Self.exception { st in st.lineChart(ragged) }.contains(expected))
    }

    @Test func aMaxCharsBelowOneIsRefusedInsteadOfTrapping() async throws {
        let expected = "maxChars: -1; it must be at least 1"
        #expect(try await Self.exception { st in st.textInput("Name", maxChars: -1) }.contains(expected))
        #expect(try await Self.exception { st in st.textArea("Notes", maxChars: -1) }.contains(expected))
        #expect(try await Self.exception { st in _ = st.chatInput(maxChars: -1) }.contains(expected))
        #expect(try await Self.exception { st in st.textInput("Name", maxChars: 1) } == "no exception")
    }
}
