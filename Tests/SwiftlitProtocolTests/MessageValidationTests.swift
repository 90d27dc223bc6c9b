import Foundation
import SwiftlitProtocol
import Testing

@Suite struct MessageValidationTests {
    func decodeClient(_ json: String) throws -> ClientMessage {
        try MessageCoding.makeDecoder().decode(ClientMessage.self, from: Data(json.utf8))
    }

    func description(of json: String) -> String {
        do {
            _ = try decodeClient(json)
            return "decoded"
        } catch DecodingError.dataCorrupted(let context) {
            return context.debugDescription
        } catch {
            return "\(error)"
        }
    }

    @Test func rejectsUnknownKeysByName() {
        #expect(description(of: #"{"type":"rerun","widgets":{},"trigerr":"x"}"#).contains("unknown key 'trigerr'"))
        #expect(description(of: #"{"type":"hello","protocol":2,"session":"x"}"#).contains("unknown key 'session'"))
    }

    @Test func rejectsUnknownMessageTypes() {
        #expect(description(of: #"{"type":"reload"}"#).contains("unknown message type 'reload'"))
    }

    @Test func rejectsWrongTypes() {
        #expect(throws: DecodingError.self) { try decodeClient(#"{"type":"rerun","widgets":[]}"#) }
        #expect(throws: DecodingError.self) { try decodeClient(#"{"type":"rerun","widgets":{"a":{"x":1}}}"#) }
        #expect(throws: DecodingError.self) { try decodeClient(#"{"type":"hello","protocol":"1"}"#) }
    }

    @Test func decodesEveryWidgetValueShape() throws {
        let message = try decodeClient(#"{"type":"rerun","widgets":{"a":null,"b":true,"c":2.5,"d":"x","e":[1,"y"]}}"#)
        guard case .rerun(let rerun) = message else {
            Issue.record("expected a rerun")
            return
        }
        #expect(rerun.widgets["a"] == .null)
        #expect(rerun.widgets["b"] == .bool(true))
        #expect(rerun.widgets["c"] == .number(2.5))
        #expect(rerun.widgets["d"] == .string("x"))
        #expect(rerun.widgets["e"] == .list([.number(1), .string("y")]))
    }

    @Test func rejectsBadPathsAndCounts() {
        let decoder = MessageCoding.makeDecoder()
        for bad in [
            #"{"type":"delta","run":1,"ops":[{"op":"trim","path":[],"count":0}]}"#,
            #"{"type":"delta","run":1,"ops":[{"op":"trim","path":[0],"count":-1}]}"#,
            #"{"type":"delta","run":1,"ops":[{"op":"set","path":[0,-1],"node":{"kind":"divider"}}]}"#,
            #"{"type":"delta","run":1,"ops":[{"op":"set","path":[0,0],"node":{"kind":"marquee"}}]}"#,
        ] {
            #expect(throws: DecodingError.self, "\(bad)") { try decoder.decode(ServerMessage.self, from: Data(bad.utf8)) }
        }
    }

    @Test func widgetIdentityUsesKeyWhenGiven() {
        #expect(WidgetID(kind: .slider, label: "n", key: nil).rawValue == "slider:n")
        #expect(WidgetID(kind: .slider, label: "n", key: "size").rawValue == "slider#size")
    }

    @Test func holdsLocationsAndBrowserStorageToTheirLimits() {
        let longPage = String(repeating: "p", count: ProtocolLimits.maxPagePathLength + 1)
        #expect(description(of: #"{"type":"rerun","widgets":{},"location":{"page":"\#(longPage)","query":""}}"#).contains("longer than"))
        #expect(description(of: #"{"type":"rerun","widgets":{},"location":{"page":"a","query":"","hash":"x"}}"#).contains("unknown key 'hash'"))
        let longKey = String(repeating: "k", count: ProtocolLimits.maxLocalStorageKeyLength + 1)
        #expect(description(of: #"{"type":"hello","protocol":2,"localStorage":{"\#(longKey)":"v"}}"#).contains("key is longer"))
        let big = String(repeating: "v", count: ProtocolLimits.maxLocalStorageBytes)
        #expect(description(of: #"{"type":"hello","protocol":2,"localStorage":{"a":"\#(big)"}}"#).contains("at most"))
        #expect(description(of: #"{"type":"hello","protocol":2,"localStorage":{"a":1}}"#) != "decoded")
        #expect(description(of: #"{"type":"hello","protocol":2,"browser":{"timeZoneOffset":5000}}"#).contains("-1440 to 1440"))
        // Int.min once trapped in `abs` while being checked, stopping the whole server (Fuzz/findings/).
        for offset in [Int.min, Int.max, -1441] {
            #expect(description(of: #"{"type":"hello","protocol":2,"browser":{"timeZoneOffset":\#(offset)}}"#).contains("-1440 to 1440"))
        }
        #expect(description(of: #"{"type":"hello","protocol":2,"browser":{"timeZoneOffset":-1440}}"#) == "decoded")
        #expect(description(of: #"{"type":"hello","protocol":2,"browser":{"theme":"sepia"}}"#) != "decoded")
    }
}
