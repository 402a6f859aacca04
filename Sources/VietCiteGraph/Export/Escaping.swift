internal import CVietCiteScan

/// Escaping for every export format. Each takes any `String` (already valid Unicode: invalid source bytes
/// were decoded as U+FFFD) and returns text safe inside the format's quoting.
///
/// ```swift
/// Escaping.json("a \"b\"\n")   // "\"a \\\"b\\\"\\n\""
/// Escaping.xml("<&>")          // "&lt;&amp;&gt;"
/// Escaping.csv("a,b")          // "\"a,b\""
/// ```
public enum Escaping {
    // MARK: - JSON

    /// A JSON string literal, quotes included: `"`, `\`, control characters, U+2028 and U+2029 escaped.
    ///
    /// - Complexity: O(*n*); one scan and one copy.
    public static func json(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 2)
        appendJSON(text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the JSON string literal of `text`, quotes included, to `result` (the same bytes as ``json(_:)``,
    /// for writers that build a record in one reused buffer).
    ///
    /// - Complexity: O(*n*); one scan, no allocation beyond the buffer's growth.
    public static func appendJSON(_ text: String, to result: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendJSON(utf8: $0, to: &result) }
    }

    /// Appends the JSON string literal of well-formed UTF-8 `bytes`, quotes included, to `result`: written in C
    /// (`vietcite_json_write_string`, which the CLI's record writer calls too) into room for the longest escape.
    ///
    /// - Complexity: O(*n*); one scan, no allocation beyond the buffer's growth.
    static func appendJSON(utf8 bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        guard let base = bytes.baseAddress else { return result.append(contentsOf: [0x22, 0x22]) }
        result.append(addingCapacity: 6 * bytes.count + 2) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                initialized = vietcite_json_write_string(buffer.baseAddress!, base, bytes.count)
            }
        }
    }

    // MARK: - XML (GraphML) and HTML

    /// Text for XML or HTML content and attribute values: `& < > " '` as entities; control characters that
    /// XML 1.0 forbids become U+FFFD (tab, line feed and carriage return stay, as character references).
    public static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    // MARK: - DOT

    /// A DOT quoted string, quotes included: `"` and `\` escaped, line breaks as `\n`.
    public static func dot(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": break
            default:
                if scalar.value < 0x20 { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    // MARK: - CSV

    /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
    public static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
