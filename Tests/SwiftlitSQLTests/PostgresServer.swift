import Foundation
import SwiftlitSQL
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The PostgreSQL server the PostgreSQL tests use: the one `SWIFTLIT_TEST_POSTGRES_URL` names, or
/// else a throwaway cluster this process starts on 127.0.0.1 (initdb and pg_ctl from
/// /usr/lib/postgresql/*/bin, run as the `postgres` user when the tests run as root, with a random
/// password and SCRAM authentication) and stops when the suite ends.
struct PostgresServer: Sendable {
    let configuration: SQLConfiguration

    var password: String { configuration.password ?? "" }

    /// The server of the suite in progress (see ``PostgresServerTrait``).
    @TaskLocal static var current: PostgresServer?

    /// The server, or an error that says how to get one: PostgreSQL tests fail rather than skip.
    static func required() throws -> PostgresServer {
        guard let current else {
            throw FixtureError("no PostgreSQL server: this test must be inside a suite with the .postgresServer trait")
        }
        return current
    }

    /// A connection to the test server, with a pool of `poolSize`.
    func connect(poolSize: Int? = nil) async throws -> SQLConnection {
        var configuration = configuration
        configuration.poolSize = poolSize
        return try await SQLConnection.connect(name: "test", configuration: configuration)
    }
}

/// Gives a suite a PostgreSQL server for its whole run.
struct PostgresServerTrait: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        if let url = ProcessInfo.processInfo.environment["SWIFTLIT_TEST_POSTGRES_URL"], !url.isEmpty {
            let server = PostgresServer(configuration: try SQLConfiguration(url: url))
            try await PostgresServer.$current.withValue(server) { try await function() }
            return
        }
        let cluster = try PostgresCluster.start()
        do {
            try await PostgresServer.$current.withValue(cluster.server) { try await function() }
        } catch {
            cluster.stop()
            throw error
        }
        cluster.stop()
    }
}

extension Trait where Self == PostgresServerTrait {
    /// Runs the suite against a real PostgreSQL server (see ``PostgresServer``).
    static var postgresServer: Self { Self() }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A PostgreSQL cluster in a temporary directory.
struct PostgresCluster {
    let directory: URL
    let binaries: URL
    let server: PostgresServer

    static let user = "swiftlit"
    static let directoryPrefix = "swiftlit-pg-"

    static func start() throws -> PostgresCluster {
        let binaries = try findBinaries()
        stopAbandonedClusters(binaries: binaries)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(directoryPrefix)\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        if runsAsRoot {
            try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: directory.path)
        }
        let password = "pw-" + UUID().uuidString
        let passwordFile = directory.appendingPathComponent("password")
        try Data(password.utf8).write(to: passwordFile)
        if runsAsRoot {
            try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: passwordFile.path)
        }
        let data = directory.appendingPathComponent("data").path
        try run(
            binaries.appendingPathComponent("initdb"),
            ["-D", data, "-U", user, "--pwfile=\(passwordFile.path)", "--auth=scram-sha-256", "-E", "UTF8",
             "--no-locale", "--no-sync", "--no-instructions"])
        let port = try freePort()
        try run(
            binaries.appendingPathComponent("pg_ctl"),
            ["-D", data, "-l", directory.appendingPathComponent("log").path, "-w", "-t", "60",
             "-o", "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
             "start"])
        let configuration = SQLConfiguration(
            dialect: .postgresql, host: "127.0.0.1", port: port, database: "postgres", username: user,
            password: password)
        return PostgresCluster(directory: directory, binaries: binaries, server: PostgresServer(configuration: configuration))
    }

    /// Stops the server and removes its directory.
    func stop() {
        do {
            try Self.run(
                binaries.appendingPathComponent("pg_ctl"),
                ["-D", directory.appendingPathComponent("data").path, "-m", "fast", "-w", "stop"])
        } catch {
            print("PostgresCluster: stopping the test server failed: \(error)")
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Clusters left by test processes that died before stopping them (a crash, a kill).
    private static func stopAbandonedClusters(binaries: URL) {
        let temporary = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(directoryPrefix) {
            let owner = name.dropFirst(directoryPrefix.count).split(separator: "-").first.flatMap { Int32($0) }
            guard let owner, owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else { continue }
            let directory = temporary.appendingPathComponent(name)
            let data = directory.appendingPathComponent("data")
            if FileManager.default.fileExists(atPath: data.appendingPathComponent("postmaster.pid").path) {
                try? run(binaries.appendingPathComponent("pg_ctl"), ["-D", data.path, "-m", "immediate", "-w", "stop"])
            }
            try? FileManager.default.removeItem(at: directory)
        }
    }

    private static var runsAsRoot: Bool { geteuid() == 0 }

    /// initdb and pg_ctl: `SWIFTLIT_TEST_POSTGRES_BIN`, or the newest /usr/lib/postgresql/N/bin.
    private static func findBinaries() throws -> URL {
        if let explicit = ProcessInfo.processInfo.environment["SWIFTLIT_TEST_POSTGRES_BIN"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted()
        for version in versions.reversed() {
            let bin = URL(fileURLWithPath: "\(root)/\(version)/bin")
            if FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("initdb").path) { return bin }
        }
        throw FixtureError(
            "PostgreSQL is not installed: the PostgreSQL tests need initdb and pg_ctl (Debian: scripts/setup.sh test installs postgresql-15), or SWIFTLIT_TEST_POSTGRES_URL=postgresql://user:password@host:port/db naming a server they may write to"
        )
    }

    /// Runs a PostgreSQL program, as the `postgres` user when this process is root (initdb refuses
    /// root), its output into a file. posix_spawn and waitpid rather than Foundation's `Process`,
    /// whose `waitUntilExit` can miss the exit of a child that leaves a daemon behind (pg_ctl start).
    private static func run(_ program: URL, _ arguments: [String]) throws {
        let command = runsAsRoot ? ["/usr/sbin/runuser", "-u", "postgres", "--", program.path] : [program.path]
        let argv = command + arguments
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-pg-output-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw FixtureError("could not start \(argv[0]): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status >> 8) & 0xff
        guard status & 0x7f == 0, exitCode == 0 else {
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw FixtureError("\(program.lastPathComponent) failed (status \(status)): \(output)")
        }
    }

    /// A TCP port on 127.0.0.1 that nothing listens on now.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw FixtureError("socket() failed: \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw FixtureError("could not find a free port: \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
