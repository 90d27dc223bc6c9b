/// libFuzzer's entry point. App code renders text it often did not write (chat messages, file
/// contents, query results), so any bytes may reach the renderer; the runtime holds them as a
/// `String`, hence the same lossy UTF-8 repair here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    checkSanitised(Markdown.html(from: source), renderedBy: "html(from:)")
    // Headings and labels go through the inline form; it must keep the same promises.
    checkSanitised(Markdown.inlineHTML(from: source), renderedBy: "inlineHTML(from:)")
    // With raw HTML allowed the author may write any markup on purpose; only a crash is a finding.
    _ = Markdown.html(from: source, allowHTML: true)
    return 0
}
