import Foundation
import SwiftlitRuntime
import SwiftlitServer
import Testing

@Suite struct SecretsLoaderTests {
    /// A temporary folder with `.swiftlit/secrets.toml` holding `toml`, or without the file when `nil`.
    func folder(_ toml: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".swiftlit"), withIntermediateDirectories: true)
        if let toml {
            try toml.write(to: folder.appendingPathComponent(".swiftlit/secrets.toml"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theProjectFileWinsOverTheHomeFileTableByTable() throws {
        let project = try folder(
            """
            api_key = "project-key"

            [db]
            password = "project-pass"
            port = 5432
            """)
        let home = try folder(
            """
            api_key = "home-key"
            region = "eu-west"

            [db]
            password = "home-pass"
            user = "home-user"
            tls = true

            [db.pool]
            size = 4
            """)
        let secrets = try SecretsLoader.load(directory: project, home: home, environment: [:])
        #expect(try secrets["api_key"].string == "project-key")
        #expect(try secrets["region"].string == "eu-west")
        #expect(try secrets["db"]["password"].string == "project-pass")
        #expect(try secrets["db"]["user"].string == "home-user")
        #expect(try secrets["db"]["port"].int == 5432)
        #expect(try secrets["db"]["tls"].bool)
        #expect(try secrets.section("db.pool.size").int == 4)
        #expect(
            secrets.sources == [
                project.appendingPathComponent(".swiftlit/secrets.toml").path,
                home.appendingPathComponent(".swiftlit/secrets.toml").path,
                "environment variables SWIFTLIT_SECRETS_*",
            ])
    }

    @Test func environmentVariablesOverrideTheFiles() throws {
        let project = try folder(
            """
            [db]
            password = "file-pass"
            user = "file-user"
            """)
        let environment = [
            "SWIFTLIT_SECRETS_DB__PASSWORD": "env-pass",
            "SWIFTLIT_SECRETS_API_KEY": "env-key",
            "SWIFTLIT_SECRETS_CONNECTIONS__SQL__HOST": "sql.internal",
            "SWIFTLIT_SERVER_PORT": "9000",
            "SWIFTLIT_SECRETS_": "ignored",
            "PATH": "/usr/bin",
        ]
        let secrets = try SecretsLoader.load(directory: project, home: nil, environment: environment)
        #expect(try secrets["db"]["password"].string == "env-pass")
        #expect(try secrets["db"]["user"].string == "file-user")
        #expect(try secrets["api_key"].string == "env-key")
        #expect(try secrets.section("connections.sql.host").string == "sql.internal")
        #expect(secrets.keys == ["api_key", "connections", "db"])
    }

    @Test func noSourcesGiveEmptySecretsThatStillListWhereTheyLooked() throws {
        let project = try folder(nil)
        let home = try folder(nil)
        let secrets = try SecretsLoader.load(directory: project, home: home, environment: ["HOME": "/x"])
        #expect(secrets.isEmpty)
        #expect(secrets.sources.count == 3)
        let error = try #require(throws: SecretsError.self) { try secrets.section("db.password") }
        #expect(error.keyPath == "db.password")
        #expect(error.description.contains(project.appendingPathComponent(".swiftlit/secrets.toml").path))
        #expect(error.description.contains(home.appendingPathComponent(".swiftlit/secrets.toml").path))
        #expect(error.description.contains("SWIFTLIT_SECRETS_DB__PASSWORD"))
    }

    @Test func invalidTOMLNamesTheFileAndPositionButNotItsLines() throws {
        let project = try folder(
            """
            [db]
            password = "s3cret-value
            user = "admin"
            """)
        let error = try #require(throws: SecretsError.self) {
            try SecretsLoader.load(directory: project, home: nil, environment: [:])
        }
        #expect(error.kind == .invalidSource)
        #expect(error.description.contains(project.appendingPathComponent(".swiftlit/secrets.toml").path))
        #expect(error.description.contains("line 2"))
        #expect(!error.description.contains("s3cret"))
    }

    @Test func badSecretsStopConfigurationLoadingWithAClearError() throws {
        let project = try folder("password = = \"s3cret-value\"")
        let error = try #require(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(arguments: [], environment: [:], directory: project, home: nil)
        }
        #expect(error.message.contains("secrets.toml is not valid TOML at line 1"))
        #expect(!error.message.contains("s3cret"))
    }

    @Test func theConfigurationCarriesTheSecretsAndPrintsNone() throws {
        let project = try folder("api_key = \"sk-live-123456\"")
        let configuration = try ConfigurationLoader.load(
            arguments: [], environment: ["SWIFTLIT_SECRETS_DB__PASSWORD": "env-pass-123"], directory: project, home: nil)
        #expect(try configuration.secrets["api_key"].string == "sk-live-123456")
        #expect(try configuration.secrets["db"]["password"].string == "env-pass-123")
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(dumped.contains("api_key"))
        #expect(!dumped.contains("sk-live-123456") && !dumped.contains("env-pass-123"))
        #expect(!String(reflecting: configuration).contains("sk-live-123456"))
    }
}
