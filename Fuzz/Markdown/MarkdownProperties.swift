/// The promises `Markdown.html(from:)` makes when raw HTML is not allowed (Markdown.swift): raw
/// HTML shows as text, so the only markup is what cmark-gfm itself writes; and no link target
/// runs script: no `javascript:` or `vbscript:` anywhere, no `data:` except as an image source.
func checkSanitised(_ html: String, renderedBy entryPoint: String) {
    // A plain substring test first, so a tokenizer mistake below cannot hide the worst case.
    require(!asciiLowercased(html).contains("<script"), "\(entryPoint): no <script in \(excerpt(html))")
    // Streamlit's directives open and close their spans around content of one parent: balanced.
    require(
        html.ranges(of: "<span ").count == html.ranges(of: "</span>").count,
        "\(entryPoint): every directive span is closed in \(excerpt(html))")
    for markup in scanMarkup(html) {
        switch markup {
        case .declaration(let text):
            require(false, "\(entryPoint): no comment, doctype or CDATA, got \(excerpt(text))")
        case .tag(let tag):
            checkTag(tag, renderedBy: entryPoint)
        }
    }
}

/// The tags cmark-gfm's HTML renderer and the table, strikethrough and task-list extensions write.
/// Anything else in the output came from the author's raw HTML and should have been escaped.
private let rendererTags: Set<String> = [
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img", "input",
    "li", "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
]

/// The attributes those tags carry: links and images, `<pre lang>`, `<ol start>`, table-cell
/// alignment and the disabled task-list checkbox.
private let rendererAttributes: Set<String> = [
    "href", "title", "src", "alt", "lang", "start", "align", "type", "checked", "disabled",
]

/// The spans of Streamlit's directives (MarkdownDirectives.swift): their only attributes, with the
/// values its fixed tables write.
private let directiveClasses: Set<String> =
    Set(["red", "orange", "yellow", "green", "blue", "violet", "gray", "primary"].flatMap { color in
        ["st-color st-color--\(color)", "st-bg st-bg--\(color)", "st-badge st-badge--\(color)"]
    }).union(["st-color st-color--rainbow", "st-icon"])
private let directiveAttributes: [String: Set<String>] = [
    "class": directiveClasses, "aria-hidden": ["true"], "translate": ["no"],
]

private func checkTag(_ tag: HTMLTag, renderedBy entryPoint: String) {
    require(tag.name != "script", "\(entryPoint): no script tag")
    if tag.name == "span" {
        for attribute in tag.attributes {
            require(
                directiveAttributes[attribute.name]?.contains(attribute.value) == true,
                "\(entryPoint): only directive attributes on <span>, got \(attribute.name)=\(excerpt(attribute.value))")
        }
        return
    }
    require(rendererTags.contains(tag.name), "\(entryPoint): only renderer tags, got <\(tag.name)>")
    for attribute in tag.attributes {
        require(!attribute.name.hasPrefix("on"), "\(entryPoint): no event handler, got <\(tag.name) \(attribute.name)=>")
        require(
            rendererAttributes.contains(attribute.name),
            "\(entryPoint): only renderer attributes, got <\(tag.name) \(attribute.name)=>")
        let url = normalisedURL(attribute.value)
        switch attribute.name {
        case "href":
            require(!runsScript(url) && !url.hasPrefix("data:"), "\(entryPoint): safe href, got \(excerpt(attribute.value))")
        case "src":
            // Markdown.isDangerous lets `data:` through for images on purpose (inline pictures).
            require(!runsScript(url), "\(entryPoint): safe src, got \(excerpt(attribute.value))")
        default:
            break
        }
    }
}

private func runsScript(_ url: String) -> Bool {
    url.hasPrefix("javascript:") || url.hasPrefix("vbscript:")
}

/// An attribute value as a browser's URL parser reads its scheme: character references decoded,
/// ASCII whitespace and control characters dropped (browsers skip them), ASCII letters lower-cased.
func normalisedURL(_ value: String) -> String {
    let kept = decodeCharacterReferences(value).filter { $0.value > 0x20 && $0.value != 0x7F }
    return asciiLowercased(String(String.UnicodeScalarView(kept)))
}

/// Lower-cases ASCII letters only: browsers match tag names and schemes in ASCII, and full Unicode
/// lower-casing could turn a harmless character into an ASCII letter (U+212A KELVIN SIGN → k).
func asciiLowercased(_ text: String) -> String {
    String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
}

/// Enough of the output to recognise the problem in a crash report without flooding it.
private func excerpt(_ text: String) -> String {
    text.count <= 200 ? text : String(text.prefix(200)) + "…"
}
