import AsyncHTTPClient
import NIOCore

/// The HTTP client an ``LLMClient`` and its copies share, made with the configured connect
/// timeout and shut down when the last copy goes away.
final class HTTPTransport: Sendable {
    let client: HTTPClient

    init(connectTimeout: Duration) {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .duration(connectTimeout))
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    deinit {
        // HTTPClient must be shut down before it is released; the task keeps it alive until then.
        let client = client
        Task {
            do { try await client.shutdown() } catch {
                // Shutting down an idle client only fails if it was already shut down: nothing to do.
            }
        }
    }
}

extension TimeAmount {
    /// `duration` in NIO's unit, at least zero.
    static func duration(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0 else { return .zero }
        let (nanoseconds, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .nanoseconds(Int64.max) : .nanoseconds(nanoseconds + attoseconds / 1_000_000_000)
    }
}
