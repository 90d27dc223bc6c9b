import SwiftlitRuntime
import Testing

@Suite struct SecretsAccessTests {
    let secrets = SecretsFixture.secrets

    @Test func typedGettersReadEachKind() throws {
        #expect(try secrets["api_key"].string == SecretsFixture.apiKey)
        #expect(try secrets["db"]["password"].string == SecretsFixture.password)
        #expect(try secrets["db"]["port"].int == 5432)
        #expect(try secrets["db"]["port"].double == 5432)
        #expect(try secrets["db"]["ratio"].double == 0.75)
        #expect(try secrets["db"]["tls"].bool)
        #expect(try secrets["db"]["hosts"][1].string == "db-2.internal")
        #expect(try secrets["db"]["hosts"].array.map { try $0.string } == ["db-1.internal", "db-2.internal"])
        #expect(try secrets["db"].table["user"] == .string("admin"))
        #expect(try secrets.section("connections.sql")["dialect"].string == "postgresql")
        #expect(try secrets.section("connections.sql.credentials.username").string == "reader")
    }

    @Test func keysAndContains() throws {
        #expect(secrets.keys == ["api_key", "connections", "db"])
        #expect(try secrets["db"].keys == ["hosts", "password", "port", "ratio", "tls", "user"])
        #expect(secrets.contains("db.password"))
        #expect(secrets.contains("connections.sql.credentials"))
        #expect(!secrets.contains("db.passwd"))
        #expect(!secrets.contains("api_key.nested"))
        #expect(try secrets["db"].contains("user"))
        #expect(try !secrets["db"]["user"].contains("user"))
    }

    @Test func environmentTextReadsAsNumbersAndBooleans() throws {
        let fromEnvironment = Secrets(["port": .string("6543"), "debug": .string("false"), "name": .string("x")])
        #expect(try fromEnvironment["port"].int == 6543)
        #expect(try fromEnvironment["port"].double == 6543)
        #expect(try !fromEnvironment["debug"].bool)
        #expect(throws: SecretsError.self) { try fromEnvironment["name"].int }
    }

    @Test func aMissingKeyNamesItsPathEverySourceAndHowToAddIt() throws {
        let error = try #require(throws: SecretsError.self) { try secrets["db"]["passwd"].string }
        #expect(error.kind == .missingKey)
        #expect(error.keyPath == "db.passwd")
        let message = error.description
        #expect(message.contains("'db.passwd'"))
        #expect(message.contains("/project/.swiftlit/secrets.toml"))
        #expect(message.contains("/home/ada/.swiftlit/secrets.toml"))
        #expect(message.contains("environment variables SWIFTLIT_SECRETS_*"))
        #expect(message.contains(#"Add passwd = "..." under [db] in .swiftlit/secrets.toml"#))
        #expect(message.contains("SWIFTLIT_SECRETS_DB__PASSWD"))
    }

    @Test func aMissingTopLevelKeyOrSectionSaysWhereToAddIt() throws {
        let topLevel = try #require(throws: SecretsError.self) { try secrets["token"] }
        #expect(topLevel.description.contains(#"Add token = "..." at the top of .swiftlit/secrets.toml"#))
        #expect(topLevel.description.contains("SWIFTLIT_SECRETS_TOKEN"))
        let nested = try #require(throws: SecretsError.self) { try secrets.section("connections.mysql.host") }
        #expect(nested.keyPath == "connections.mysql.host")
        #expect(nested.description.contains("under [connections.mysql]"))
        // A subscript chain stops at the first missing key.
        let chained = try #require(throws: SecretsError.self) { try secrets["cache"]["url"] }
        #expect(chained.keyPath == "cache")
        let empty = try #require(throws: SecretsError.self) { try Secrets()["token"] }
        #expect(empty.description.contains("No secrets were loaded"))
    }

    @Test func aWrongTypeNamesPathAndTypesButNeverTheValue() throws {
        let error = try #require(throws: SecretsError.self) { try secrets["db"]["password"].int }
        #expect(error.kind == .wrongType(expected: "integer", actual: "string"))
        #expect(error.keyPath == "db.password")
        #expect(error.description.contains("'db.password' is a string, not an integer"))
        #expect(!error.description.contains(SecretsFixture.password))
        // A key under a value that is no table.
        let notTable = try #require(throws: SecretsError.self) { try secrets["api_key"]["inner"] }
        #expect(notTable.kind == .wrongType(expected: "table", actual: "string"))
        #expect(notTable.keyPath == "api_key")
        #expect(!notTable.description.contains(SecretsFixture.apiKey))
    }

    @Test func anIndexPastTheEndNamesTheElement() throws {
        let error = try #require(throws: SecretsError.self) { try secrets["db"]["hosts"][2] }
        #expect(error.kind == .indexOutOfRange)
        #expect(error.keyPath == "db.hosts[2]")
        #expect(error.description.contains("has 2 elements"))
        let wrong = try #require(throws: SecretsError.self) { try secrets["db"]["hosts"][0].bool }
        #expect(wrong.keyPath == "db.hosts[0]")
    }
}
