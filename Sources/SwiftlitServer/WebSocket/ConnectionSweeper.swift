import Synchronization

/// One task for the whole server looks at every open connection once a second, instead of a timer
/// (and a task) per connection:
/// - a browser that stopped reading while nothing new is sent to it is dropped (a write suspended
///   on a full socket cannot time itself out);
/// - a connection that has been quiet for `server.websocketPingInterval` is pinged, so proxies keep
///   it open and a peer that is gone shows: the socket's `TCP_USER_TIMEOUT` (the same interval, set
///   by ``StreamRoute``) closes a connection whose ping stays unacknowledged.
///
/// Connections that became quiet together are pinged over a few seconds, not all at once: a
/// thousand tabs reconnecting after a restart do not all want the CPU in the same tick.
final class ConnectionSweeper: Sendable {
    /// How often the sweeper looks.
    static let tick = Duration.seconds(1)

    let pingInterval: Duration
    private let clients = Mutex<[ObjectIdentifier: WebSocketSessionClient]>([:])
    private let sweeper = Mutex<Task<Void, Never>?>(nil)

    init(pingInterval: Duration) { self.pingInterval = pingInterval }

    /// How much later than `pingInterval` a connection may be pinged: its share of the spread.
    var pingSpread: Duration { min(.seconds(10), pingInterval / 3) }

    /// Watches `client` until ``forget(_:)``.
    func watch(_ client: WebSocketSessionClient) {
        clients.withLock { $0[ObjectIdentifier(client)] = client }
        sweeper.withLock { task in
            guard task == nil else { return }
            task = Task { [weak self] in
                while !Task.isCancelled {
                    do { try await Task.sleep(for: Self.tick) } catch { return }
                    guard let self else { return }
                    let now = ContinuousClock.now
                    for client in self.clients.withLock({ Array($0.values) }) {
                        client.sweep(at: now, pingAfter: self.pingInterval, spread: self.pingSpread)
                    }
                }
            }
        }
    }

    /// Stops watching `client` (its connection ended).
    func forget(_ client: WebSocketSessionClient) {
        _ = clients.withLock { $0.removeValue(forKey: ObjectIdentifier(client)) }
    }

    /// Drops every connection still open: the server stopped.
    func dropAll() {
        for client in clients.withLock({ Array($0.values) }) { client.drop() }
    }

    deinit { sweeper.withLock { $0?.cancel() } }
}
