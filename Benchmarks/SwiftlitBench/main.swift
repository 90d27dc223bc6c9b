import Foundation
import SwiftlitDemoApp
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization

// In-process benchmark of the runtime: rerun time and bytes per rerun of real apps, and memory
// per session; with `data [rows]`, tables at scale (DataBenchmark.swift); with `cache [reruns]`,
// st.cacheData hits and a cold key under 100 sessions (CacheBenchmark.swift). Run on demand
// (`scripts/bench.sh`), never as part of the test suite.

/// Encodes every message the way the server does, and counts the bytes.
final class CountingClient: SessionClient {
    private let bytes = Mutex(0)
    private let encoder = Mutex(MessageCoding.makeEncoder())

    func send(_ message: ServerMessage) {
        let size = encoder.withLock { (try? $0.encode(message).count) ?? 0 }
        bytes.withLock { $0 += size }
    }

    func take() -> Int { bytes.withLock { total in defer { total = 0 }; return total } }
}

struct Figures {
    var micros: [Double]
    var bytes: [Int]

    func percentile(_ p: Double) -> Double {
        let sorted = micros.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
}

/// Reruns `app` `count` times, moving one slider between two values, timing each rerun from the
/// request to the end of the run (messages encoded).
func measureReruns(_ app: @escaping AppBody, slider: WidgetID, values: [Double], count: Int) async -> Figures {
    let client = CountingClient()
    let session = Session(id: "bench", environment: RuntimeEnvironment(host: AppHost(app)))
    await session.connect(client, widgets: [:])
    await session.waitUntilIdle()
    _ = client.take()
    var figures = Figures(micros: [], bytes: [])
    let clock = ContinuousClock()
    for index in 0..<(count + 200) {
        let rerun = ClientMessage.Rerun(widgets: [slider: .number(values[index % values.count])])
        let elapsed = await clock.measure {
            await session.rerun(rerun)
            await session.waitUntilIdle()
        }
        let bytes = client.take()
        guard index >= 200 else { continue }  // warm-up
        figures.micros.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        figures.bytes.append(bytes)
    }
    return figures
}

func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Memory per connected session that has run the app once and sits idle.
func measureSessions(_ app: @escaping AppBody, count: Int) async -> Double {
    // One environment for every session, as a server's registry shares it.
    let environment = RuntimeEnvironment(host: AppHost(app))
    var sessions: [Session] = []
    let before = residentBytes()
    for index in 0..<count {
        let session = Session(id: "s\(index)", environment: environment)
        await session.connect(CountingClient(), widgets: [:])
        await session.waitUntilIdle()
        sessions.append(session)
    }
    let after = residentBytes()
    withExtendedLifetime(sessions) {}
    return Double(after - before) / Double(count)
}

let hello: AppBody = { st in
    st.title("Hello")
    let n = st.slider("n", in: 0...100, value: 10)
    st.write("n squared is \(n * n)")
}

if CommandLine.arguments.dropFirst().first == "cache" {
    try await CacheBenchmark.run(count: Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 2000)
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "sessions" {
    // The runtime's own cost per session, apart from what the demo draws; in a fresh process, so
    // no memory freed by earlier measurements is reused.
    let perSession = await measureSessions(hello, count: 5000)
    print("memory per idle hello session (runtime only, 5,000 sessions): \(String(format: "%.1f", perSession / 1024)) KiB")
    exit(0)
}

if CommandLine.arguments.dropFirst().first == "data" {
    try DataBenchmark.run(rows: Int(CommandLine.arguments.dropFirst(2).first ?? "") ?? 1_000_000)
    exit(0)
}

let count = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 2000
print("Swiftlit runtime benchmark (in-process, \(count) reruns each, one slider moved per rerun)")
print("| app | rerun p50 (µs) | rerun p99 (µs) | bytes per rerun |")
print("| --- | ---: | ---: | ---: |")
for (name, app, slider, values) in [
    ("hello", hello, WidgetID("slider:n"), [11.0, 12.0]),
    ("demo", demoApp, WidgetID("slider:Repeat"), [3.0, 4.0]),
] {
    let figures = await measureReruns(app, slider: slider, values: values, count: count)
    let bytes = Double(figures.bytes.reduce(0, +)) / Double(figures.bytes.count)
    print(
        "| \(name) | \(String(format: "%.1f", figures.percentile(0.5))) | \(String(format: "%.1f", figures.percentile(0.99))) "
            + "| \(String(format: "%.0f", bytes)) |")
}
let perSession = await measureSessions(demoApp, count: 1000)
print("memory per idle demo session (runtime only, 1,000 sessions): \(String(format: "%.1f", perSession / 1024)) KiB")
