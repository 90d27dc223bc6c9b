// swift-tools-version: 6.2
import PackageDescription

/// Settings every Swiftlit target shares: Swift 6 mode is the default at this tools version.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "swiftlit",
    platforms: [.macOS(.v15)],
    // What dependent packages see. The demo, benchmark and test executables are targets only: a root
    // package can still build and run them (`swift run swiftlit-demo`), a dependent cannot see them.
    products: [
        .library(name: "Swiftlit", targets: ["Swiftlit"]),
        // `st.connection` to SQL databases: a product of its own, because SQLite, postgres-nio and
        // TLS add minutes to the first build of every app that would otherwise not need them.
        .library(name: "SwiftlitSQL", targets: ["SwiftlitSQL"]),
        .library(name: "SwiftlitTesting", targets: ["SwiftlitTesting"]),
        // An OpenAI-compatible chat-completions client and an offline echo model: a product of its own,
        // because async-http-client and its TLS stack add minutes to the first build of every app that
        // does not talk to a language model.
        .library(name: "SwiftlitLLM", targets: ["SwiftlitLLM"]),
        .executable(name: "swiftlit", targets: ["swiftlit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.0"),
        // Already built for postgres-nio; the server uses its SHA-256 for the page's CSP.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        // Already resolved through hummingbird-websocket; the server gzips the client's files with it.
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
    ],
    targets: [
        // Wire types only: what travels between the browser and the server.
        .target(name: "SwiftlitProtocol", swiftSettings: strictSettings),
        // GitHub-flavoured Markdown to safe HTML, through the system's libcmark-gfm.
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .target(name: "SwiftlitMarkdown", dependencies: ["CCmarkGFM"], swiftSettings: strictSettings),
        // The element model, widget identity, session state, the rerun loop and diffing. No networking.
        .target(
            name: "SwiftlitRuntime",
            dependencies: [
                "SwiftlitProtocol", "SwiftlitMarkdown",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // AppTest: runs an app in-process with no network.
        .target(
            name: "SwiftlitTesting", dependencies: ["SwiftlitRuntime", "SwiftlitProtocol"],
            swiftSettings: strictSettings),
        // The browser client, served as-is (plain ES modules).
        .target(
            name: "SwiftlitWebClient", exclude: ["client/deno.json"], resources: [.copy("client")],
            swiftSettings: strictSettings),
        // HTTP, WebSocket, static assets and configuration, on Hummingbird 2.
        .target(
            name: "SwiftlitServer",
            dependencies: [
                "SwiftlitRuntime", "SwiftlitProtocol", "SwiftlitWebClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings),
        // `st.connection`: the `Connection` protocol and `SQLConnection` over SQLite (bundled, nothing
        // to install) and PostgreSQL, with pooled connections. Apps opt in with `import SwiftlitSQL`.
        .target(
            name: "SwiftlitSQL",
            dependencies: [
                "SwiftlitRuntime",
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // `import SwiftlitLLM`: chat completions from any OpenAI-compatible server over async-http-client
        // (SSE streaming, retries, timeouts, cancellation), keys from `st.secrets`, and an offline echo
        // model behind the same `ChatModel` protocol.
        .target(
            name: "SwiftlitLLM",
            dependencies: [
                "SwiftlitRuntime",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings),
        // What users import.
        .target(
            name: "Swiftlit", dependencies: ["SwiftlitRuntime", "SwiftlitServer", "SwiftlitSQL"],
            swiftSettings: strictSettings),
        // Hot reload: compiles an app file into a shared object, loads it into a running server and
        // watches the source directory.
        .target(
            name: "SwiftlitReload",
            dependencies: ["Swiftlit", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strictSettings),
        // A server that hot-reloads one app file: what the reload end-to-end check and benchmark run
        // (scripts/reload-e2e.sh). It exports its symbols so that plugins bind to its one copy of
        // Swiftlit. Not a product: unsafe linker flags would keep dependents from using it.
        .executableTarget(
            name: "swiftlit-reload-host", dependencies: ["SwiftlitReload"], path: "Tests/ReloadHost",
            swiftSettings: strictSettings, linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]),
        // The `swiftlit` command line, as a testable library plus a one-line executable.
        .target(
            name: "SwiftlitCLI",
            dependencies: [
                "Swiftlit", "SwiftlitServer", "SwiftlitSQL", "SwiftlitDemoApp", "SwiftlitReload",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        // Exports its symbols: hot reload's plugins bind to this executable's copy of Swiftlit.
        .executableTarget(
            name: "swiftlit", dependencies: ["SwiftlitCLI"], swiftSettings: strictSettings,
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]),
        // The wire schema generator: reads the protocol off the Swift types and writes the browser's
        // rules, its JSDoc types and docs/protocol.md's tables (scripts/gen-protocol.sh). Not a product.
        .target(name: "SwiftlitProtocolSchema", dependencies: ["SwiftlitProtocol"], swiftSettings: strictSettings),
        .executableTarget(
            name: "swiftlit-protocol-gen", dependencies: ["SwiftlitProtocolSchema"], swiftSettings: strictSettings),
        // Example apps.
        .target(name: "SwiftlitDemoApp", dependencies: ["SwiftlitRuntime", "SwiftlitSQL"], path: "Examples/DemoApp", swiftSettings: strictSettings),
        .executableTarget(
            name: "swiftlit-demo", dependencies: ["Swiftlit", "SwiftlitDemoApp"], path: "Examples/Demo",
            swiftSettings: strictSettings),
        // The LLM examples, laid out as Streamlit's GenAI guide recommends: each app is a library (the
        // app file, its `llm` and `prompt` helpers and `assets/`, testable with AppTest) and a one-line
        // executable; README.md and `.swiftlit/` sit beside them (run from the example's folder).
        .target(
            name: "SwiftlitChatbotApp", dependencies: ["SwiftlitRuntime", "SwiftlitLLM"], path: "Examples/Chatbot/App",
            resources: [.copy("assets")], swiftSettings: strictSettings),
        .executableTarget(
            name: "swiftlit-chatbot", dependencies: ["Swiftlit", "SwiftlitChatbotApp"], path: "Examples/Chatbot/Main",
            swiftSettings: strictSettings),
        .target(
            name: "SwiftlitDocumentQAApp", dependencies: ["SwiftlitRuntime", "SwiftlitLLM"],
            path: "Examples/DocumentQA/App", resources: [.copy("assets")], swiftSettings: strictSettings),
        .executableTarget(
            name: "swiftlit-document-qa", dependencies: ["Swiftlit", "SwiftlitDocumentQAApp"],
            path: "Examples/DocumentQA/Main", swiftSettings: strictSettings),
        // Benchmarks: run on demand, never part of the test suite.
        .executableTarget(
            name: "swiftlit-bench", dependencies: ["SwiftlitRuntime", "SwiftlitTesting", "SwiftlitDemoApp"],
            path: "Benchmarks/SwiftlitBench",
            swiftSettings: strictSettings),
        .executableTarget(
            name: "swiftlit-bench-apps", dependencies: ["Swiftlit"], path: "Benchmarks/BenchApps",
            swiftSettings: strictSettings),
        // Apps that the end-to-end and fault tests serve: hostile text, failing and slow apps.
        .executableTarget(
            name: "swiftlit-e2e-apps", dependencies: ["Swiftlit", "SwiftlitDemoApp"], path: "Tests/E2EApps", swiftSettings: strictSettings),
        // Tests.
        .testTarget(
            name: "SwiftlitProtocolTests", dependencies: ["SwiftlitProtocol", "SwiftlitProtocolSchema"],
            swiftSettings: strictSettings),
        .testTarget(name: "SwiftlitMarkdownTests", dependencies: ["SwiftlitMarkdown"], swiftSettings: strictSettings),
        .testTarget(
            name: "SwiftlitRuntimeTests", dependencies: ["SwiftlitRuntime", "SwiftlitTesting"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SwiftlitTestingTests", dependencies: ["SwiftlitTesting", "SwiftlitDemoApp"], swiftSettings: strictSettings),
        .testTarget(
            name: "SwiftlitServerTests",
            dependencies: [
                "SwiftlitServer",
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SwiftlitSQLTests", dependencies: ["SwiftlitSQL", "SwiftlitTesting"], swiftSettings: strictSettings),
        .testTarget(
            name: "SwiftlitLLMTests",
            dependencies: [
                "SwiftlitLLM", "SwiftlitTesting", "SwiftlitChatbotApp", "SwiftlitDocumentQAApp",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings),
        .testTarget(name: "SwiftlitReloadTests", dependencies: ["SwiftlitReload"], swiftSettings: strictSettings),
        .testTarget(name: "SwiftlitCLITests", dependencies: ["SwiftlitCLI", "SwiftlitSQL"], swiftSettings: strictSettings),
    ]
)
