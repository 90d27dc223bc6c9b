import Foundation
import Hummingbird
import NIOCore
import NIOPosix

/// How many network threads the server runs.
///
/// NIO sizes its shared event loop group by the machine's cores and cgroup limits, not by the CPUs
/// the process may run on. Pinned to one core (`taskset -c 0`), two event loops and Swift's task pool
/// then share that core, and each hand-off between them is a context switch: at 5,000 sessions × 1
/// rerun/s the p99 moved between 4 and 330 ms from run to run, against 3–4 ms with one loop. A server
/// allowed fewer CPUs than NIO would use runs a group of its own, one loop per allowed CPU.
enum EventLoopSizing {
    /// The CPUs this process may run on, when the system says (Linux: its affinity, as
    /// `/proc/self/status` lists it).
    static var allowedCPUs: Int? {
        #if os(Linux)
            guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
            else { return nil }
            return cpuCount(inList: line.dropFirst("Cpus_allowed_list:".count))
        #else
            return nil
        #endif
    }

    /// The number of CPUs in a Linux CPU list such as `0-3,8,10-11`; `nil` when it is not one.
    static func cpuCount(inList list: Substring) -> Int? {
        var count = 0
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            switch bounds.count {
            case 1:
                guard bounds[0] != nil else { return nil }
                count += 1
            case 2:
                guard let low = bounds[0], let high = bounds[1], low <= high else { return nil }
                count += high - low + 1
            default: return nil
            }
        }
        return count > 0 ? count : nil
    }

    /// Runs `body` with the event loop group to serve on: NIO's shared one, or one of its own sized to
    /// the allowed CPUs, shut down when `body` ends.
    static func withGroup<T>(_ body: (EventLoopGroupProvider) async throws -> T) async throws -> T {
        guard let cpus = allowedCPUs, cpus < System.coreCount else { return try await body(.singleton) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: cpus)
        let result: T
        do {
            result = try await body(.shared(group))
        } catch {
            try await group.shutdownGracefully()
            throw error
        }
        try await group.shutdownGracefully()
        return result
    }
}
