import Foundation
import Swiftlit

/// The XSS corpus app (`swiftlit-e2e-apps xss`), served by Tests/E2E/test_xss.py.
///
/// It reads the payloads from the file named by the environment variable `SWIFTLIT_XSS_PAYLOADS`
/// on every run and shows them a batch at a time (the "Batch" selectbox; batches of
/// `SWIFTLIT_XSS_BATCH_SIZE`, 10 by default, which Chromium draws in about a second: the whole
/// corpus at once would be some 40,000 elements), in one of two sections (the "Section" selectbox):
///
/// - **Sanitised**: each payload goes through every text path of the API, inside a bordered
///   container whose first element is the text `xss-case N`. The page title, the page icon and
///   a dialog's title get the batch's payloads joined by ` | `. Nothing here may ever run script.
/// - **Unsafe**: each payload goes through `markdown` and `caption` with `unsafeAllowHTML: true`
///   and inline `html`,
///   inside a container that starts with `xss-unsafe N`. Raw HTML reaches the browser on
///   purpose: only the client's hardening of server HTML and the Content-Security-Policy stand
///   between it and execution.
///
/// File format: one payload per line, numbered from 1 in order; empty lines and lines starting
/// with `#` are skipped. Escapes write what a line cannot hold: `\\`, `\t`, `\n`, `\r`, `\u0041`
/// and `\u{1F600}` (so a payload that starts with `#` is written `\u0023…`). Any other escape is
/// an error, shown on the page.
let xssApp: AppBody = { st in
    let corpus: XSSCorpus
    do {
        corpus = try XSSCorpus.load(environment: ProcessInfo.processInfo.environment)
    } catch {
        st.error("The XSS corpus cannot be loaded: \(error)")
        return
    }
    let section = st.selectbox(
        "Section", options: XSSSection.allCases, format: { $0.rawValue }, key: "xss-section") ?? .sanitised
    let batches = corpus.batches
    let batch = st.selectbox(
        "Batch", options: Array(batches.indices),
        format: { index in "Batch \(index + 1): payloads \(batches[index].range)" }, key: "xss-batch") ?? 0
    st.text("xss-count \(corpus.payloads.count)")
    let payloads = batches[batch].payloads
    switch section {
    case .sanitised:
        let joined = payloads.map(\.text).joined(separator: " | ")
        st.setPageConfig(title: joined, icon: joined)
        for payload in payloads { drawSanitised(payload, in: st) }
        try await st.dialog(joined, key: "xss-dialog-\(batch)") { dialog in dialog.text("xss-dialog") }
    case .unsafeHTML:
        for payload in payloads { drawUnsafe(payload, in: st) }
    }
}

/// What the "Section" selectbox offers.
private enum XSSSection: String, CaseIterable, Sendable {
    case sanitised = "Sanitised paths"
    case unsafeHTML = "unsafeAllowHTML: true"
}

/// One payload through every text path the app API has, each payload-bearing argument set to it.
/// (`spinner` is left out: its text shows only while its body runs.)
private func drawSanitised(_ payload: XSSPayload, in st: St) {
    let text = payload.text
    let key = "xss-\(payload.number)"
    let second = "\(text) (2)"
    st.container(border: true) { box in
        box.text("xss-case \(payload.number)")

        // Markdown, rendered on the server.
        box.markdown(text, help: text)
        box.caption(text, help: text)
        box.write(text)
        box.title(text, help: text)
        box.header(text, help: text)
        box.subheader(text, anchor: text, help: text)
        box.success(text, icon: text)
        box.info(text, icon: text)
        box.warning(text, icon: text)
        box.error(text, icon: text)
        _ = box.progress(0.5, text: text)
        box.toast(text, icon: text)
        // The name is drawn as text, its initial as the avatar (avatars are checked emoji, icons or images).
        box.chatMessage(text) { message in message.markdown(text) }
        box.badge(text, icon: text, color: .red, help: text)
        // KaTeX typesets the payload (or shows it as a parse error); its MathML keeps the source.
        box.latex(text, help: text)

        // Plain text.
        box.text(text, help: text)
        box.code(text, language: "html")
        box.code(text, language: nil, lineNumbers: true)
        box.json([text: [text, key]])
        box.exception(XSSPayloadError(description: text))
        box.metric(text, text, delta: text, help: text)

        // Widgets: labels, help, options, placeholders and values.
        box.button(text, key: "\(key)-button", help: text)
        box.checkbox(text, key: "\(key)-checkbox", help: text)
        box.toggle(text, key: "\(key)-toggle", help: text)
        box.textInput(text, value: text, placeholder: text, key: "\(key)-text-input", help: text)
        box.textArea(text, value: text, placeholder: text, key: "\(key)-text-area", help: text)
        box.numberInput(text, value: payload.number, placeholder: text, key: "\(key)-number", help: text)
        box.slider(text, in: 0...10, value: 5, format: text, key: "\(key)-slider", help: text)
        box.selectbox(
            text, options: [0, 1], format: { $0 == 0 ? text : second }, key: "\(key)-selectbox", help: text)
        box.selectbox(
            text, options: [0], index: nil, format: { _ in text }, placeholder: text, key: "\(key)-selectbox-empty",
            help: text)
        box.radio(
            text, options: [0, 1], format: { $0 == 0 ? text : second }, captions: [text, text], key: "\(key)-radio",
            help: text)
        box.multiselect(
            text, options: [0, 1], default: [0], format: { $0 == 0 ? text : second }, placeholder: text,
            key: "\(key)-multiselect", help: text)
        _ = box.chatInput(text, key: "\(key)-chat-input")

        // Containers' labels.
        box.status(text, expanded: true, state: .complete).0.text("xss-status \(payload.number)")
        box.expander(text, expanded: true, icon: text).text("xss-expander \(payload.number)")
        box.popover(text, help: text).text("xss-popover \(payload.number)")
        for (index, tab) in box.tabs([text, "xss-tab \(payload.number)"]).enumerated() {
            tab.text("xss-tab-panel \(payload.number).\(index)")
        }

        // Data: table cells and column names, chart series names and axis labels.
        box.dataframe(Table([Table.Column(text, [text, text]), Table.Column("\(key)-number", [payload.number, 0])]))
        box.lineChart(
            Table([Table.Column(text, [1.0, 3, 2]), Table.Column("\(key)-series", [2.0, 1, 3])]), xLabel: text, yLabel: text)
    }
}

/// One payload through the paths that pass raw HTML on: only the CSP guards these.
private func drawUnsafe(_ payload: XSSPayload, in st: St) {
    st.container(border: true) { box in
        box.text("xss-unsafe \(payload.number)")
        box.markdown(payload.text, unsafeAllowHTML: true)
        box.caption(payload.text, unsafeAllowHTML: true)
        // Inline st.html: raw HTML, hardened by the client like unsafe Markdown. (The sandboxed
        // variant is not here: its scripts run by design, in a frame that cannot reach the page;
        // Tests/E2E/test_text_extras.py checks that.)
        box.html(payload.text)
        // Plotly reads a few tags of titles and names (<b>, <br>, <a href>) as its own markup, like
        // raw HTML: nothing may run, but links may be drawn.
        box.plotlyChart([
            "data": [["type": "bar", "x": [.string(payload.text)], "y": [1], "name": .string(payload.text)]],
            "layout": ["title": ["text": .string(payload.text)], "showlegend": true, "height": 200],
        ])
    }
}

/// An error whose description is a payload, for `st.exception`.
private struct XSSPayloadError: Error, CustomStringConvertible {
    let description: String
}

/// One payload and its number (its place in the file, from 1).
private struct XSSPayload: Sendable {
    let number: Int
    let text: String
}

/// Consecutive payloads shown together.
private struct XSSBatch: Sendable {
    let payloads: [XSSPayload]

    /// "1–10", for the batch's option label.
    var range: String { "\(payloads.first?.number ?? 0)–\(payloads.last?.number ?? 0)" }
}

/// Why the payload file could not be used.
private struct XSSCorpusError: Error, CustomStringConvertible {
    let message: String

    var description: String { message }
}

/// The payload file, decoded.
private struct XSSCorpus {
    static let pathVariable = "SWIFTLIT_XSS_PAYLOADS"
    static let batchSizeVariable = "SWIFTLIT_XSS_BATCH_SIZE"
    static let defaultBatchSize = 10

    let payloads: [XSSPayload]
    let batchSize: Int

    /// The payloads in batches of `batchSize` (always at least one batch).
    var batches: [XSSBatch] {
        let starts = stride(from: 0, to: max(payloads.count, 1), by: batchSize)
        return starts.map { XSSBatch(payloads: Array(payloads[$0..<min($0 + batchSize, payloads.count)])) }
    }

    static func load(environment: [String: String]) throws(XSSCorpusError) -> XSSCorpus {
        guard let path = environment[pathVariable], !path.isEmpty else {
            throw XSSCorpusError(message: "set \(pathVariable) to the payload file.")
        }
        let batchSize = environment[batchSizeVariable].flatMap { Int($0) } ?? defaultBatchSize
        guard batchSize > 0 else { throw XSSCorpusError(message: "\(batchSizeVariable) must be a positive number.") }
        let contents: String
        do {
            contents = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw XSSCorpusError(message: "cannot read \(path): \(error.localizedDescription)")
        }
        var payloads: [XSSPayload] = []
        // Split on U+000A itself: as Characters, "\r\n" and "\n" + a combining mark would not match.
        for (index, rawLine) in contents.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            var line = rawLine
            if line.last == "\r" { line.removeLast() }
            guard let first = line.first, first != "#" else { continue }
            let text = try decode(line, lineNumber: index + 1)
            payloads.append(XSSPayload(number: payloads.count + 1, text: text))
        }
        guard !payloads.isEmpty else { throw XSSCorpusError(message: "\(path) holds no payloads.") }
        return XSSCorpus(payloads: payloads, batchSize: batchSize)
    }

    /// Decodes a line's escapes: `\\`, `\t`, `\n`, `\r`, `\uXXXX` and `\u{X…}`.
    static func decode(_ line: Substring.UnicodeScalarView, lineNumber: Int) throws(XSSCorpusError) -> String {
        let scalars = Array(line)
        var decoded = String.UnicodeScalarView()
        var index = 0
        func fail(_ problem: String) -> XSSCorpusError {
            XSSCorpusError(message: "line \(lineNumber): \(problem)")
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\\" else {
                decoded.append(scalar)
                continue
            }
            guard index < scalars.count else { throw fail("a lone backslash ends the line (write \\\\)") }
            let escape = scalars[index]
            index += 1
            switch escape {
            case "\\": decoded.append("\\")
            case "t": decoded.append("\t")
            case "n": decoded.append("\n")
            case "r": decoded.append("\r")
            case "u":
                let digits: ArraySlice<Unicode.Scalar>
                if index < scalars.count, scalars[index] == "{" {
                    guard let close = scalars[index...].firstIndex(of: "}") else { throw fail("\\u{ without }") }
                    digits = scalars[(index + 1)..<close]
                    index = close + 1
                } else {
                    digits = scalars[index..<min(index + 4, scalars.count)]
                    index += digits.count
                    guard digits.count == 4 else { throw fail("\\u needs four hex digits") }
                }
                let hex = String(String.UnicodeScalarView(digits))
                guard (1...6).contains(digits.count), digits.allSatisfy({ $0.properties.isASCIIHexDigit }),
                    let value = UInt32(hex, radix: 16), let character = Unicode.Scalar(value)
                else { throw fail("\\u\(hex) is not a Unicode scalar") }
                decoded.append(character)
            default:
                throw fail("unknown escape \\\(escape) (write \\\\ for a backslash)")
            }
        }
        return String(decoded)
    }
}
