/// The repairs the normalizer makes inside a symbol, which the record must say (`citation-records.md`: "each repair
/// adds a `warnings` entry so nothing is silently rewritten"): a dash variant read as `-` (`NĐ–CP`), a Cyrillic
/// lookalike read as its Latin twin (`СТ-TTg`), a fullwidth letter or digit read as ASCII, and `Ð` (U+00D0) or `Ɖ`
/// (U+0189) read as `Đ` (`NÐ-CP`), which the contract names among the repairs.
enum SymbolRepairs {
    /// True when the source bytes of the symbol at the end of `range` (normalized offsets; `span` is its source
    /// range) hold a character that normalization repaired. The mention's source bytes are searched first: most hold
    /// none of those characters, and their symbol's own source range (a search in the offset map) is not needed.
    static func repaired(_ range: Range<Int>, span: Range<Int>, normalized: NormalizedText,
                         source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard holdsRepair(source, span) else { return false }
        let symbol = normalized.bytes.withUnsafeBufferPointer { text in symbolPart(of: range, in: text) }
        guard !symbol.isEmpty else { return false }
        return holdsRepair(source, normalized.sourceRange(of: symbol).clamped(to: 0..<source.count))
    }

    /// True when `range` of the source holds a dash variant, a Cyrillic letter, a fullwidth form, `Ð` or `Ɖ`.
    private static func holdsRepair(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            let lead = source[index]
            index += 1
            // Most bytes are ASCII, or a Vietnamese letter's lead (`C3`, `C4`, `C6`, `E1`) and continuation bytes.
            guard lead >= 0xC3 else { continue }
            let second = source[index]
            if lead == 0xC3 && second == 0x90 || lead == 0xC6 && second == 0x89 { return true }
            guard lead >= 0xD0 else { continue }
            switch lead {
            case 0xD0...0xD3 where second & 0xC0 == 0x80:
                return true
            case 0xE2 where index + 1 < range.upperBound:
                // U+2010–2015, U+2212.
                if second == 0x80 && (0x90...0x95).contains(source[index + 1]) { return true }
                if second == 0x88 && source[index + 1] == 0x92 { return true }
            case 0xEF where index + 1 < range.upperBound:
                // U+FE63 and the fullwidth forms U+FF01–FF5E.
                if second == 0xB9 && source[index + 1] == 0xA3 || second == 0xBC || second == 0xBD { return true }
            default:
                break
            }
        }
        return false
    }

    /// The symbol's part of a mention: the bytes a symbol is made of (ASCII letters and digits, `Đ`, `-`, `/`, `.`,
    /// `&` and spaces), read back from its end.
    private static func symbolPart(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.upperBound
        while start > range.lowerBound {
            let byte = text[start - 1]
            if byte < 0x80 {
                guard ByteClass.isDigit(byte) || ByteClass.isASCIILetter(byte) || byte == 0x2D || byte == 0x2F
                        || byte == 0x2E || byte == 0x26 || byte == 0x20 else { break }
                start -= 1
            } else if byte == 0x90 && start - 2 >= range.lowerBound && text[start - 2] == 0xC4 {
                start -= 2
            } else {
                break
            }
        }
        return start..<range.upperBound
    }
}
