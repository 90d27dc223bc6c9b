/// Lets SQLite statements number their parameters as PostgreSQL does. SQLite reads `$1` as a
/// *named* parameter, numbered by first appearance, so `VALUES ($2, $1)` would swap its values;
/// `?1` is SQLite's numbered form. Text in quotes and comments is left alone.
enum SQLitePlaceholders {
    static func numbered(_ sql: String) -> String {
        guard sql.contains("$") else { return sql }
        var result = ""
        result.reserveCapacity(sql.utf8.count)
        var characters = sql[...]
        while let character = characters.first {
            switch character {
            case "'", "\"", "`":
                result += quoted(&characters, closing: character)
            case "[":
                result += quoted(&characters, closing: "]")
            case "-" where characters.dropFirst().first == "-":
                let end = characters.firstIndex(of: "\n") ?? characters.endIndex
                result += characters[..<end]
                characters = characters[end...]
            case "/" where characters.dropFirst().first == "*":
                let body = characters.dropFirst(2)
                let end = body.firstRange(of: "*/")?.upperBound ?? characters.endIndex
                result += characters[..<end]
                characters = characters[end...]
            case "$" where characters.dropFirst().first?.isASCII == true && characters.dropFirst().first?.isNumber == true:
                result += "?"
                characters = characters.dropFirst()
            default:
                result.append(character)
                characters = characters.dropFirst()
            }
        }
        return result
    }

    /// Takes a quoted run (a doubled closing character stays inside it) off the front of `text`.
    private static func quoted(_ text: inout Substring, closing: Character) -> Substring {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            if text[index] == closing {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == closing, closing != "]" {
                    index = text.index(after: next)
                    continue
                }
                let run = text[..<next]
                text = text[next...]
                return run
            }
            index = text.index(after: index)
        }
        let run = text
        text = text[text.endIndex...]
        return run
    }
}
