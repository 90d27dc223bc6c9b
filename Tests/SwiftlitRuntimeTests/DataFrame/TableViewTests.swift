import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// Sorting and searching happen on the server, and a table is stored once however many sessions show it.
@Suite struct TableViewTests {
    static let table = Table([
        Table.Column("n", Array(0..<1000)),
        Table.Column("half", (0..<1000).map { Double($0) / 2 }),
        Table.Column("name", (0..<1000).map { "row \($0)" }),
    ])

    static func firstFrame(_ client: InMemorySessionClient) -> DataFrameElement? {
        client.drain().lazy.compactMap { message -> DataFrameElement? in
            guard case .runFinished(let finished) = message else { return nil }
            return finished.ops.lazy.compactMap { if case .set(_, .dataframe(let frame)) = $0 { frame } else { nil } }.first
        }.first
    }

    @Test func rowsComeSortedAndSearchedWithTheirPositions() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in st.dataframe(Self.table) }))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        await session.waitUntilIdle()
        let frame = try #require(Self.firstFrame(client))

        await session.rows(.init(table: frame.table, offset: 0, count: 3, sort: TableSort(column: "half", descending: true)))
        let sorted = try await client.nextRows()
        #expect(sorted.rowCount == 1000)
        #expect(sorted.positions == [999, 998, 997])
        #expect(sorted.rows.map(\.first) == [.number(999), .number(998), .number(997)])
        #expect(sorted.sort == TableSort(column: "half", descending: true))

        await session.rows(.init(table: frame.table, offset: 0, count: 100, search: "ROW 99"))
        let found = try await client.nextRows()
        #expect(found.rowCount == 11)
        #expect(found.positions == [99] + Array(990...999))
        #expect(found.search == "ROW 99")

        // A search that narrows a kept one, in the sorted order.
        await session.rows(.init(table: frame.table, offset: 0, count: 100, sort: TableSort(column: "n", descending: true), search: "row 99"))
        #expect(try await client.nextRows().positions == Array((990...999).reversed()) + [99])
        await session.rows(.init(table: frame.table, offset: 0, count: 100, sort: TableSort(column: "n", descending: true), search: "row 995"))
        #expect(try await client.nextRows().positions == [995])

        await session.rows(.init(table: frame.table, offset: 0, count: 10, sort: TableSort(column: "price")))
        var error: ProtocolErrorMessage?
        for _ in 0..<2_000 where error == nil {
            error = client.drain().compactMap { if case .error(let error) = $0 { error } else { nil } }.first
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(error?.code == .unknownColumn)
        #expect(error?.message.contains("'n', 'half', 'name'") == true)
    }

    @Test func equalTablesAreStoredOnceAndReleasedWhenNoPageShowsThem() async throws {
        // Each session builds its own copy of the table from the slider's value.
        let environment = RuntimeEnvironment(host: AppHost { st in
            let n = st.slider("n", in: 1...5, value: 1)
            st.dataframe(Table([Table.Column("x", Array(0..<(n * 1000)))]))
        })
        let sliderID = WidgetID(kind: .slider, label: "n", key: nil)
        let sessions = [Session(id: "a", environment: environment), Session(id: "b", environment: environment)]
        for session in sessions {
            await session.connect(InMemorySessionClient(), widgets: [:])
            await session.waitUntilIdle()
        }
        #expect(environment.tableStore.count == 1)
        await sessions[0].rerun(ClientMessage.Rerun(widgets: [sliderID: .number(2)]))
        await sessions[0].waitUntilIdle()
        #expect(environment.tableStore.count == 2)
        await sessions[1].rerun(ClientMessage.Rerun(widgets: [sliderID: .number(2)]))
        await sessions[1].waitUntilIdle()
        #expect(environment.tableStore.count == 1, "the first table is on no page any more")
    }
}
