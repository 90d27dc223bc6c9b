import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization

// `st.cacheData` at work: what a hit costs a rerun, against generating the data every time, and how
// many times a cold key is computed when 100 sessions ask for it at once. `swiftlit-bench cache`.

enum CacheBenchmark {
    static func run(count: Int) async throws {
        print("Swiftlit cache benchmark (release, in-process, \(count) reruns; 2,000 records of 6 fields → Table)")
        let generation = Mutex(0)
        let callMicros = Mutex<[Double]>([])
        let clock = ContinuousClock()
        let cached: AppBody = { st in
            let rows = Int(st.slider("rows", in: 1_000...3_000, value: 2_000) / 1_000 * 1_000)
            let start = clock.now
            let table = try await st.cacheData(rows, showSpinner: false) { rows in
                generation.withLock { $0 += 1 }
                return try Table(records: DataBenchmark.sales(rows))
            }
            let elapsed = start.duration(to: clock.now)
            callMicros.withLock { $0.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6) }
            st.write("\(table.rowCount) rows")
        }
        let uncached: AppBody = { st in
            let rows = Int(st.slider("rows", in: 1_000...3_000, value: 2_000) / 1_000 * 1_000)
            let table = try Table(records: DataBenchmark.sales(rows))
            st.write("\(table.rowCount) rows")
        }
        // The slider moves within one thousand, so every rerun asks for the same 2,000 rows.
        let slider = WidgetID("slider:rows")
        let hits = await measureReruns(cached, slider: slider, values: [2_000, 2_500], count: count)
        let calls = callMicros.withLock { $0.dropFirst(200).sorted() }
        let plain = await measureReruns(uncached, slider: slider, values: [2_000, 2_500], count: count)
        print("| | p50 (µs) | p99 (µs) |")
        print("| --- | ---: | ---: |")
        print("| st.cacheData hit (the call alone) | \(format(calls, 0.5)) | \(format(calls, 0.99)) |")
        print("| rerun with the table cached | \(format(hits.micros.sorted(), 0.5)) | \(format(hits.micros.sorted(), 0.99)) |")
        print("| rerun generating the table every time | \(format(plain.micros.sorted(), 0.5)) | \(format(plain.micros.sorted(), 0.99)) |")
        print("computations over \(count + 201) cached runs: \(generation.withLock { $0 })")
        try await coldKey(sessions: 100)
    }

    /// 100 sessions start at once and all ask for one key nobody has computed yet.
    static func coldKey(sessions: Int) async throws {
        let computations = Mutex(0)
        let app: AppBody = { st in
            let table = try await st.cacheData(2_000, showSpinner: false) { rows in
                computations.withLock { $0 += 1 }
                try await Task.sleep(for: .milliseconds(200))  // a slow source: an API, a database
                return try Table(records: DataBenchmark.sales(rows))
            }
            st.write("\(table.rowCount) rows")
        }
        let environment = RuntimeEnvironment(host: AppHost(app))
        let clock = ContinuousClock()
        let elapsed = await clock.measure {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<sessions {
                    group.addTask {
                        let session = Session(id: "cold-\(index)", environment: environment)
                        await session.connect(CountingClient(), widgets: [:])
                        await session.waitUntilIdle()
                    }
                }
            }
        }
        let millis = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3
        print(
            "\(sessions) sessions asking at once for one cold key (a 200 ms computation): computed "
                + "\(computations.withLock { $0 }) time(s), every session done in \(String(format: "%.0f", millis)) ms")
    }

    private static func format(_ sorted: [Double], _ p: Double) -> String {
        guard !sorted.isEmpty else { return "-" }
        return String(format: "%.1f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))])
    }
}
