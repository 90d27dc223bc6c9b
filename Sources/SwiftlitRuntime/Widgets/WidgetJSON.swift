import Foundation
package import SwiftlitProtocol

/// The table and chart widgets' values travel as JSON strings (as in Streamlit); this is their one
/// codec (AppTest writes and reads them with it too).
package enum WidgetJSON {
    /// The empty values, encoded once: most tables and charts on most runs hold them.
    static let noTableSelection = encode(TableSelection.none)
    static let noEdits = encode(TableEdits.none)
    static let noChartSelection = encode(ChartSelection.none)
    static let noPlotlySelection = encode(PlotlySelection.none)

    package static func encode(_ value: some Encodable) -> WidgetValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // Encoding these plain value types cannot fail; an empty value is the safe reading if it did.
        guard let data = try? encoder.encode(value) else { return .string("{}") }
        return .string(String(decoding: data, as: UTF8.self))
    }

    package static func decode<T: Decodable>(_ type: T.Type, from json: String) -> T? {
        try? JSONDecoder().decode(type, from: Data(json.utf8))
    }
}
