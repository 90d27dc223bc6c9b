import SwiftlitProtocol

/// A misuse of the Swiftlit API, shown on the page where it happened.
///
/// Every message says what to change. The run stops at the misuse, as it would at an error.
public struct SwiftlitError: Error, Sendable, CustomStringConvertible {
    enum Code: Sendable {
        case duplicateWidget, widgetKeyAssignedAfterRender, sessionValueType, misplaced, badData, badArgument
    }

    private let code: Code
    /// What went wrong and what to do about it.
    public let message: String

    init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func duplicateWidget(_ id: WidgetID, kind: Element.Kind, label: String) -> SwiftlitError {
        SwiftlitError(
            .duplicateWidget,
            "There are two \(kind.rawValue) widgets with the identity '\(id)' in this run. Give each one a unique "
                + "key, for example st.\(kind.rawValue)(\"\(label)\", key: \"\(label)-2\").")
    }

    static func widgetKeyAssignedAfterRender(key: String, widget: WidgetID) -> SwiftlitError {
        SwiftlitError(
            .widgetKeyAssignedAfterRender,
            "st.session[\"\(key)\"] cannot be changed after the widget '\(widget)' with that key was created in this "
                + "run. Change it before the widget, or in the widget's onChange callback.")
    }

    static func sessionValueType(key: String, found: Any.Type, expected: String, widget: WidgetID) -> SwiftlitError {
        SwiftlitError(
            .sessionValueType,
            "st.session[\"\(key)\"] holds a \(found), but the widget '\(widget)' needs a \(expected). Store a "
                + "\(expected) under that key, or use another key.")
    }
}

extension SwiftlitError {
    static func duplicateForm(_ id: String) -> SwiftlitError {
        SwiftlitError(.misplaced, "There are two forms with the key '\(id)' in this run. Give each form a unique key.")
    }

    static func buttonInForm(_ label: String) -> SwiftlitError {
        SwiftlitError(
            .misplaced,
            "st.button(\"\(label)\") cannot be used inside a form: a form sends its values only when submitted. "
                + "Use form.formSubmitButton(\"\(label)\") instead.")
    }

    static func callbackInForm(_ id: WidgetID) -> SwiftlitError {
        SwiftlitError(
            .misplaced,
            "The widget '\(id)' is inside a form, so it has no change of its own to call back on. Move the callback "
                + "to the form's formSubmitButton(onClick:).")
    }

    static func submitOutsideForm(_ label: String) -> SwiftlitError {
        SwiftlitError(
            .misplaced,
            "formSubmitButton(\"\(label)\") must be called on a form, e.g. st.form(\"signup\") { form in "
                + "form.formSubmitButton(\"\(label)\") }.")
    }

    static func nestedForm(_ id: String) -> SwiftlitError {
        SwiftlitError(.misplaced, "The form '\(id)' is inside another form; forms cannot be nested.")
    }

    static func columnsTooDeep() -> SwiftlitError {
        SwiftlitError(
            .misplaced, "Columns can only be placed inside other columns up to one level of nesting.")
    }

    static func columnCount(asked: Int, unpacked: Int) -> SwiftlitError {
        SwiftlitError(
            .misplaced,
            "st.columns was asked for \(asked) columns but the code unpacks \(unpacked). Make the two numbers match, "
                + "or keep the array: let cols = st.columns(\(asked)).")
    }

    static func maxCharsBelowOne(_ maxChars: Int, in function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "\(function) was given maxChars: \(maxChars); it must be at least 1. Pass nil for no limit.")
    }

    /// An argument of a picker or link (issue 13) that cannot work: `problem` says what is wrong
    /// and what to pass instead.
    static func badWidgetArgument(_ function: String, _ problem: String) -> SwiftlitError {
        SwiftlitError(.badArgument, "\(function): \(problem)")
    }

    static func maxUploadSizeBelowOne(_ megabytes: Int, in function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "\(function) was given maxUploadSize: \(megabytes); it must be at least 1 (megabytes). Pass nil for "
                + "server.maxUploadSize.")
    }

    static func sampleRateOutOfRange(_ rate: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.audioInput was given sampleRate: \(rate); use a rate from 8000 to 96000 hertz, e.g. 16000 or 48000.")
    }

    static func fragmentRerunOutsideFragment() -> SwiftlitError {
        SwiftlitError(
            .misplaced, "st.rerun(scope: .fragment) was called outside a fragment. Call it inside st.fragment { … }.")
    }
}

extension SwiftlitError {
    static func raggedTable(_ table: Table, in function: String) -> SwiftlitError {
        let lengths = zip(table.names, table.columns).map { "\($0) has \($1.count)" }.joined(separator: ", ")
        return SwiftlitError(
            .badData,
            "st.\(function) was given a table whose columns differ in length (\(lengths)). Give every column the "
                + "same number of values.")
    }

    static func unknownColumn(_ name: String, in table: Table, function: String) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "st.\(function) names the column '\(name)', but the table has only "
                + "\(table.names.map { "'\($0)'" }.joined(separator: ", ")). Use one of those names.")
    }

    static func nonNumericColumn(_ name: String, function: String) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "st.\(function) needs numbers, but the column '\(name)' holds text. Choose a numeric column, or convert "
                + "the values to numbers first.")
    }
}

extension SwiftlitError {
    static var notAPlotlyFigure: SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.plotlyChart needs a Plotly figure: a JSON object with a `data` array of traces, like "
                + #"{"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 2]}], "layout": {}}."#)
    }
}

extension SwiftlitError {
    static func unknownSelectionParam(_ name: String, known: [String], function: String) -> SwiftlitError {
        let hint =
            known.isEmpty
            ? "The spec has no selection parameter: add one with .params(.point(\"\(name)\")) or .params(.interval(\"\(name)\"))."
            : "Its selection parameters are \(known.map { "'\($0)'" }.joined(separator: ", ")); name one of those."
        return SwiftlitError(.badArgument, "st.\(function)'s selectionMode names '\(name)', which is not a selection parameter of the spec. \(hint)")
    }
}

extension SwiftlitError {
    static func noNumericColumn(in table: Table, function: String) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "st.\(function) found no numeric column to draw among "
                + "\(table.names.map { "'\($0)'" }.joined(separator: ", ")). Name the y columns, or convert values to numbers.")
    }

    static func colorColumnWithSeveralY(_ names: [String], function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.\(function) colours by a column, which needs one y column, but y names "
                + "\(names.map { "'\($0)'" }.joined(separator: ", ")). Give one y column, or leave color out "
                + "to get a series per y column.")
    }
}

extension SwiftlitError {
    static func colourCount(_ count: Int, series: [String], function: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.\(function) was given \(count) colours for \(series.count) y columns "
                + "(\(series.map { "'\($0)'" }.joined(separator: ", "))). Give one colour per y column.")
    }

    static func badRecords(_ error: TableError, function: String) -> SwiftlitError {
        SwiftlitError(.badData, "st.\(function) could not make a table of the records: \(error)")
    }
}

extension SwiftlitError {
    static func missingCoordinate(_ coordinate: String, names: String, in table: Table) -> SwiftlitError {
        SwiftlitError(
            .badData,
            "st.map found no \(coordinate) column (\(names)) among "
                + "\(table.names.map { "'\($0)'" }.joined(separator: ", ")). Name it with `\(coordinate):`.")
    }
}

extension SwiftlitError {
    static func badChartSpec(_ problem: VegaLiteError) -> SwiftlitError {
        SwiftlitError(.badArgument, "st.vegaLiteChart was given a spec it cannot draw: \(problem)")
    }
}

extension SwiftlitError {
    static func cachedClass(_ type: Any.Type) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "st.cacheData hands every run its own copy of a value, but \(type) is a class, whose instances are "
                + "shared. Return a struct (or an enum, a collection, a Table), or keep one shared instance with "
                + "st.cacheResource.")
    }
}
