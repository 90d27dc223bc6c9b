/// What the owner of a session (the registry, `AppTest`, the server's page request) does with it
/// from outside its runs.
extension Session {
    /// Waits until no run is in progress, at most `timeout`: `true` when the session became idle,
    /// `false` when the time ran out first.
    /// - Throws: `CancellationError` when the waiting task is cancelled first.
    package func waitUntilIdle(within timeout: Duration) async throws -> Bool {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                await self.waitUntilIdle()
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            let finished = try await group.next() ?? false
            group.cancelAll()
            return finished
        }
    }

    /// Lets go of what this process holds for the session beyond its state: its uploads, even
    /// while a download or an upload in flight still holds the session, and its rate-limit buckets.
    package nonisolated func releaseHeldResources() {
        uploads.removeAll()
        rateLimits.release()
    }
}
