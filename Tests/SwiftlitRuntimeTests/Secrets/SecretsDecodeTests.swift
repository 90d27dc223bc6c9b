import SwiftlitRuntime
import Testing

@Suite struct SecretsDecodeTests {
    struct Credentials: Decodable, Equatable {
        var username: String
        var password: String
    }

    struct SQLConnection: Decodable, Equatable {
        var dialect: String
        var host: String
        var port: UInt16
        var database: String?
        var credentials: Credentials
    }

    struct Database: Decodable {
        var user: String
        var password: String
        var port: Int
        var ratio: Float
        var tls: Bool
        var hosts: [String]
    }

    @Test func aDottedSectionDecodesIntoNestedStructs() throws {
        let sql = try SecretsFixture.secrets.decode(SQLConnection.self, from: "connections.sql")
        #expect(
            sql
                == SQLConnection(
                    dialect: "postgresql", host: "sql.internal", port: 5433, database: nil,
                    credentials: Credentials(username: "reader", password: "r3ader-pass")))
    }

    @Test func aTableDecodesWithArraysNumbersAndBooleans() throws {
        let database: Database = try SecretsFixture.secrets["db"].decode()
        #expect(database.user == "admin")
        #expect(database.port == 5432)
        #expect(database.ratio == 0.75)
        #expect(database.tls)
        #expect(database.hosts == ["db-1.internal", "db-2.internal"])
        let all = try SecretsFixture.secrets.decode([String: String].self, from: "connections.sql.credentials")
        #expect(all == ["username": "reader", "password": "r3ader-pass"])
    }

    @Test func aMissingFieldNamesItsFullPath() throws {
        struct NeedsToken: Decodable { var token: String }
        let error = try #require(throws: SecretsError.self) {
            try SecretsFixture.secrets.decode(NeedsToken.self, from: "connections.sql")
        }
        #expect(error.kind == .missingKey)
        #expect(error.keyPath == "connections.sql.token")
        #expect(error.description.contains("under [connections.sql]"))
    }

    @Test func aWrongTypeNamesPathAndTypeButNeverTheValue() throws {
        struct PasswordAsNumber: Decodable { var password: Int }
        let error = try #require(throws: SecretsError.self) {
            try SecretsFixture.secrets.decode(PasswordAsNumber.self, from: "db")
        }
        #expect(error.kind == .wrongType(expected: "integer", actual: "string"))
        #expect(error.keyPath == "db.password")
        #expect(!error.description.contains(SecretsFixture.password))

        struct SmallPort: Decodable { var port: Int8 }
        let tooBig = try #require(throws: SecretsError.self) { try SecretsFixture.secrets.decode(SmallPort.self, from: "db") }
        #expect(tooBig.keyPath == "db.port")
        #expect(tooBig.description.contains("Int8"))
        #expect(!tooBig.description.contains("5432"))

        struct HostList: Decodable { var hosts: [Int] }
        let element = try #require(throws: SecretsError.self) { try SecretsFixture.secrets.decode(HostList.self, from: "db") }
        #expect(element.keyPath == "db.hosts[0]")
    }

    @Test func aTypesOwnErrorDoesNotQuoteTheValue() throws {
        struct Strict: Decodable {
            var password: String
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                password = try container.decode(String.self, forKey: .password)
                throw DecodingError.dataCorruptedError(
                    forKey: .password, in: container, debugDescription: "bad password \(password)")
            }
            enum CodingKeys: CodingKey { case password }
        }
        let error = try #require(throws: SecretsError.self) { try SecretsFixture.secrets.decode(Strict.self, from: "db") }
        #expect(error.keyPath == "db.password")
        #expect(!error.description.contains(SecretsFixture.password))
    }
}
