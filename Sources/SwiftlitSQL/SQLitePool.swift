import Logging
import SQLiteNIO

/// A fixed set of open SQLite connections, leased one statement or transaction at a time; callers
/// beyond the pool's size wait in order. An in-memory database has exactly one connection, so its
/// data lives as long as the pool.
///
/// SQLite blocks its calling thread while it waits for another connection's write lock, so each pool
/// has its own threads, one per connection: a connection holding the lock always finds a thread for
/// its next statement, and waits never stall NIO's shared thread pool (which serves file I/O too).
actor SQLitePool {
    private let threads: NIOThreadPool
    private var idle: [SQLiteConnection]
    private var waiters: [(id: Int, continuation: CheckedContinuation<SQLiteConnection, any Error>)] = []
    private var nextWaiterID = 0
    private var leased = 0
    private var isClosed = false
    private var drained: [CheckedContinuation<Void, Never>] = []
    private let name: String

    /// Opens `size` connections to `storage`.
    static func open(name: String, storage: SQLiteConnection.Storage, size: Int, logger: Logger) async throws
        -> SQLitePool
    {
        let threads = NIOThreadPool(numberOfThreads: size)
        threads.start()
        var connections: [SQLiteConnection] = []
        do {
            for _ in 0..<size {
                let connection = try await SQLiteConnection.open(
                    storage: storage, threadPool: threads, logger: logger,
                    on: MultiThreadedEventLoopGroup.singleton.any())
                connections.append(connection)
                // Waits (sleeping) up to 10 s for another connection's write lock, instead of
                // failing at once with "database is locked".
                _ = try await connection.query("PRAGMA busy_timeout = 10000")
            }
        } catch {
            for connection in connections { try? await connection.close() }
            try? await threads.shutdownGracefully()
            let reason = (error as? SQLiteError)?.message ?? "\(error)"
            throw SQLError(.connection, "\(name): could not open the SQLite database: \(reason)")
        }
        return SQLitePool(name: name, connections: connections, threads: threads)
    }

    private init(name: String, connections: [SQLiteConnection], threads: NIOThreadPool) {
        self.name = name
        idle = connections
        self.threads = threads
    }

    /// A pool dropped without ``close()`` still closes its databases (SQLiteNIO requires it, and
    /// traps in debug builds otherwise) and stops its threads, in a task that keeps them alive until
    /// done. Leased connections cannot be here: a lease holds the pool.
    deinit {
        guard !isClosed else { return }
        let open = idle
        let threads = threads
        Task {
            for connection in open { try? await connection.close() }
            try? await threads.shutdownGracefully()
        }
    }

    /// A connection for the caller alone until it calls ``release(_:)``.
    func lease() async throws -> SQLiteConnection {
        guard !isClosed else { throw SQLError.closed(name) }
        if let connection = idle.popLast() {
            leased += 1
            return connection
        }
        let id = nextWaiterID
        nextWaiterID += 1
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append((id, continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Gives a leased connection back: to the first waiter, or to the idle set.
    func release(_ connection: SQLiteConnection) async {
        if isClosed {
            leased -= 1
            try? await connection.close()
            if leased == 0 {
                for waiter in drained { waiter.resume() }
                drained.removeAll()
            }
            return
        }
        if waiters.isEmpty {
            leased -= 1
            idle.append(connection)
        } else {
            // The lease passes straight to the waiter: `leased` stays the same.
            waiters.removeFirst().continuation.resume(returning: connection)
        }
    }

    /// Closes the idle connections at once and the leased ones as they come back; returns when all
    /// are closed.
    func close() async {
        guard !isClosed else { return }
        isClosed = true
        for waiter in waiters { waiter.continuation.resume(throwing: SQLError.closed(name)) }
        waiters.removeAll()
        for connection in idle { try? await connection.close() }
        idle.removeAll()
        if leased > 0 {
            await withCheckedContinuation { drained.append($0) }
        }
        try? await threads.shutdownGracefully()
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}

extension SQLError {
    static func closed(_ name: String) -> SQLError {
        SQLError(.closed, "\(name): the connection was closed; open a new one with st.connection")
    }
}
