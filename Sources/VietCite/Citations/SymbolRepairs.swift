/// The repairs the normalizer makes inside a symbol, which the record must say (`citation-records.md`: "each repair
/// adds a `warnings` entry so nothing is silently rewritten"): a dash variant read as `-` (`NĐ–CP`), a Cyrillic
/// lookalike read as its Latin twin (`СТ-TTg`), a fullwidth form or a slash lookalike (U+2044, U+2215) read as
/// ASCII, and `Ð` (U+00D0) or `Ɖ` (U+0189) read as `Đ` (`NÐ-CP`), which the contract names among the repairs, and
/// an invisible character dropped from inside it (a soft hyphen, a zero-width space or joiner, a word joiner, a
/// byte-order mark: `12\u{200B}/NQ-HĐND`), or a page's character reference for a dash (`NĐ&ndash;CP`).
enum SymbolRepairs {
    /// True when the source bytes of the symbol at the end of `range` (normalized offsets; `span` is its source
    /// range) hold a character that normalization repaired. The mention's source bytes are searched first: most hold
    /// none of those characters, and their symbol's own source range (a search in the offset map) is not needed.
    /// A source in UTF-16 (`order`) is read through its UTF-8 bytes.
    static func repaired(_ range: Range<Int>, span: Range<Int>, normalized: NormalizedText,
                         source: UnsafeBufferPointer<UInt8>, order: UTF16Text.ByteOrder? = nil) -> Bool {
        guard order != nil || holdsRepair(source, span) else { return false }
        let symbol = normalized.bytes.withUnsafeBufferPointer { text in symbolPart(of: range, in: text) }
        guard !symbol.isEmpty else { return false }
        let symbolSource = normalized.sourceRange(of: symbol).clamped(to: 0..<source.count)
        guard let order else { return holdsRepair(source, symbolSource) }
        return UTF16Text.utf8(of: UnsafeBufferPointer(rebasing: source[symbolSource]), order)
            .withUnsafeBufferPointer { holdsRepair($0, 0..<$0.count) }
    }

    /// True when `range` of the source holds a dash variant, a slash lookalike, a Cyrillic letter, a fullwidth form,
    /// `Ð`, `Ɖ` or an invisible character.
    private static func holdsRepair(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            let lead = source[index]
            index += 1
            // A page's character reference for a dash (`NĐ&ndash;CP`).
            if lead == 0x26 && Markup.isDashReference(UnsafeBufferPointer(rebasing: source[..<range.upperBound]),
                                                      at: index - 1) {
                return true
            }
            // Most bytes are ASCII, or a Vietnamese letter's lead (`C3`, `C4`, `C6`, `E1`) and continuation bytes.
            guard lead >= 0xC2 else { continue }
            let second = source[index]
            // U+00AD, the soft hyphen.
            if lead == 0xC2 {
                if second == 0xAD { return true }
                continue
            }
            if lead == 0xC3 && second == 0x90 || lead == 0xC6 && second == 0x89 { return true }
            guard lead >= 0xD0 else { continue }
            switch lead {
            case 0xD0...0xD3 where second & 0xC0 == 0x80:
                return true
            case 0xE2 where index + 1 < range.upperBound:
                // U+2010–2015, U+2212; U+200B–200D and U+2060, invisible.
                if second == 0x80 && (0x90...0x95).contains(source[index + 1]) { return true }
                if second == 0x80 && (0x8B...0x8D).contains(source[index + 1]) { return true }
                if second == 0x81 && source[index + 1] == 0xA0 { return true }
                if second == 0x88 && source[index + 1] == 0x92 { return true }
                // U+2044 and U+2215, slashes read as `/`.
                if second == 0x81 && source[index + 1] == 0x84 || second == 0x88 && source[index + 1] == 0x95 {
                    return true
                }
            case 0xEF where index + 1 < range.upperBound:
                // U+FE63, the fullwidth forms U+FF01–FF5E, and U+FEFF, the byte-order mark.
                if second == 0xB9 && source[index + 1] == 0xA3 || second == 0xBC || second == 0xBD { return true }
                if second == 0xBB && source[index + 1] == 0xBF { return true }
            default:
                break
            }
        }
        return false
    }

    /// The symbol's part of a mention: the bytes a symbol is made of (ASCII letters and digits, `Đ`, `-`, `/`, `.`,
    /// `&` and spaces), read back from its end, from its first digit.
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
        // A symbol opens with its number: not the letters and spaces before it, nor what was dropped among them
        // (`số \u{200B}120-KL/TW`, `Quyết định \u{200B}290-QĐ/TW`).
        while start < range.upperBound && !ByteClass.isDigit(text[start]) { start += 1 }
        return start..<range.upperBound
    }
}
