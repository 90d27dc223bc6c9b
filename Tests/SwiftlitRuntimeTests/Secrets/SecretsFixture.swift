import SwiftlitRuntime

/// Secrets shaped like a real app's, loaded from two made-up sources.
enum SecretsFixture {
    static let password = "hunter2-Sup3r"
    static let apiKey = "sk-live-0123456789"

    static let secrets = Secrets(
        [
            "api_key": .string(apiKey),
            "db": .table([
                "user": .string("admin"),
                "password": .string(password),
                "port": .integer(5432),
                "ratio": .double(0.75),
                "tls": .bool(true),
                "hosts": .array([.string("db-1.internal"), .string("db-2.internal")]),
            ]),
            "connections": .table([
                "sql": .table([
                    "dialect": .string("postgresql"),
                    "host": .string("sql.internal"),
                    "port": .integer(5433),
                    "credentials": .table(["username": .string("reader"), "password": .string("r3ader-pass")]),
                ])
            ]),
        ],
        sources: ["/project/.swiftlit/secrets.toml", "/home/ada/.swiftlit/secrets.toml", "environment variables SWIFTLIT_SECRETS_*"])
}
