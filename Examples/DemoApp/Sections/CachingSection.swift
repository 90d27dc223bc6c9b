import Foundation
import SwiftlitRuntime

/// Caching: a data set generated once for every session until it expires or is cleared; then an
/// SQL connection, shared by every session, whose query results are cached; last, a model call
/// behind a rate limit.
func cachingSection(_ st: St) async throws {
    st.header("Caching")
    let count = st.selectbox("Records to generate", options: [1_000, 2_000, 5_000], index: 1) ?? 2_000
    let generated = try await st.cacheData(count, name: "generateRecords", ttl: .seconds(600)) { count in
        try await DemoRecords.generate(count)
    }
    st.write(
        "\(generated.table.rowCount) records generated at \(generated.time) UTC, then served from the cache to every "
            + "session and every rerun for ten minutes.")
    if st.button("Clear the cache", width: .stretch) { try await st.cacheData.clear(named: "generateRecords") }
    // One instance for the whole server, unlike st.session's value per tab.
    let server = try await st.cacheResource(name: "serverClock", showSpinner: false) { ServerClock() }
    st.caption("Every session shares one ServerClock, made at \(server.started) UTC.")
    try await connectionSection(st)
    try await rateLimitSection(st)
}

/// Shared by every session through `st.cacheResource`: made once, when the first run asks for it.
final class ServerClock: Sendable {
    let started = Date().formatted(.iso8601.time(includingFractionalSeconds: false))
}

/// A slow source of records: what `st.cacheData` is for.
struct DemoRecords: Sendable {
    var table: Table
    var time: String

    static func generate(_ count: Int) async throws -> DemoRecords {
        try await Task.sleep(for: .milliseconds(200))  // as a database or an API would take
        let regions = ["North", "South", "East", "West"]
        let table = Table([
            Table.Column("id", Array(0..<count)),
            Table.Column("region", (0..<count).map { regions[$0 % regions.count] }),
            Table.Column("amount", (0..<count).map { Double(($0 * 7_919) % 10_000) / 100 }),
        ])
        let time = Date().formatted(.iso8601.time(includingFractionalSeconds: false))
        return DemoRecords(table: table, time: time)
    }
}
