internal import CVietCiteScan

/// HTML markup in a normalized text: pages saved from the web (`.htm`, `.html`) read as the text a browser shows.
///
/// - tags are removed; a tag that opens or closes a block (`p`, `br`, `div`, `li`, `tr`, headings, …) becomes a line
///   break and a table cell (`td`, `th`) a tab, so mentions, dates and issuers in separate cells or paragraphs stay
///   apart and those in one paragraph stay together (`<a …>Nghị định số 30/2020/NĐ-CP</a> ngày 05/3/2020`);
/// - comments and the contents of `script` and `style` are removed;
/// - character references are decoded: `&nbsp;` becomes a space, `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, the
///   named Latin letters Vietnamese uses (`&iacute;` → `í`), dashes and quotes, and numeric references (`&#7897;`,
///   `&#x1ED9;`); an unknown name is kept as written.
///
/// Each removal or replacement is an edit of the offset map, so spans still point into the original bytes.
/// - Complexity: O(*n*): a tag is read up to 2,048 bytes; a search for the end of a comment or script that fails is
///   not repeated.
enum Markup {
    /// True when the text opens (after spaces and a byte order mark) with a tag, a comment or a doctype and holds an
    /// HTML element in its first 4 KB: a page, not prose that happens to start with `<`.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                                      || bytes[index] == 0x09) { index += 1 }
        guard index < bytes.count, bytes[index] == 0x3C else { return false }
        let head = bytes[index..<min(bytes.count, index + 4096)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let markers = ["<html", "<!doctype", "<body", "<head", "<p>", "<p ", "<div", "<meta", "<table", "<br"]
        return markers.contains { marker in
            let needle = Array(marker.utf8)
            guard head.count >= needle.count else { return false }
            return (0...(head.count - needle.count)).contains { start in
                head[start] == 0x3C && head[start..<(start + needle.count)].elementsEqual(needle)
            }
        }
    }

    /// True when the first 64 KB of a text that is not a page hold a numeric character reference (`&#7883;`,
    /// `&#x1ECB;`): a page's text copied without its first tags (a title line, then `<p>Ngh&#7883; &#273;&#7883;nh`),
    /// or text a tool escaped. Nothing else writes `&#`, a digit or `x`, and a `;` a few bytes on.
    static func holdsNumericReference(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let p = buffer.baseAddress else { return false }
            let end = min(buffer.count, 1 << 16)
            var cursor = 0
            while true {
                // `&` by `memchr` (glibc's `memmem` reads a two-byte needle a byte at a time).
                cursor = vietcite_find_byte(p, cursor, end, 0x26)
                guard cursor + 3 < end else { return false }
                guard p[cursor + 1] == 0x23 else {
                    cursor += 1
                    continue
                }
                var digit = cursor + 2
                if p[digit] | 0x20 == 0x78 { digit += 1 }
                var close = digit
                let limit = min(end, digit + 7)
                while close < limit && (ByteClass.isDigit(p[close]) || ByteClass.isASCIILetter(p[close])) { close += 1 }
                if close > digit && close < end && p[close] == 0x3B { return true }
                cursor += 2
            }
        }
    }

    /// The text without its markup, with the map composed back to the original bytes.
    static func strip(_ text: NormalizedText) -> NormalizedText { rewrite(text, tags: true) }

    /// The text with its character references decoded and its tags left as written: a text that is not a page but
    /// holds numeric references (``holdsNumericReference(_:)``).
    static func decodeReferences(_ text: NormalizedText) -> NormalizedText { rewrite(text, tags: false) }

    /// The text with its character references decoded and, when `tags` is set, its tags, comments and scripts removed.
    private static func rewrite(_ text: NormalizedText, tags: Bool) -> NormalizedText {
        var rewrite = TextRewrite(text)
        text.bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(buffer: buffer)
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                guard byte == 0x3C && tags || byte == 0x26,
                      let (end, replacement) = byte == 0x3C ? reader.tag(at: index) : reader.reference(at: index) else {
                    index += 1
                    continue
                }
                rewrite.replace(index..<end, with: replacement)
                index = end
            }
        }
        return rewrite.finish()
    }

    /// True when a character reference at `start` (an `&`) names a dash (`&ndash;`, `&#8209;`): in a symbol, the
    /// normalizer reads it as `-`, a repair the record must say (``SymbolRepairs``).
    static func isDashReference(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard let (_, bytes) = Reader(buffer: buffer).reference(at: start) else { return false }
        if bytes == [0x2D] { return true }
        return bytes.withUnsafeBufferPointer { decoded in
            guard let base = decoded.baseAddress, !decoded.isEmpty else { return false }
            return ScalarClass.isDash(UTF8Decoding.decode(base, 0, decoded.count).scalar)
        }
    }

    /// Reads tags and references; remembers the searches that failed so none is repeated.
    private struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var noCommentEnd = false
        var noScriptEnd = false
        var noStyleEnd = false

        init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        /// The tag, comment or doctype at `start` (a `<`): where it ends, and what replaces it.
        mutating func tag(at start: Int) -> (Int, [UInt8])? {
            let count = buffer.count
            var cursor = start + 1
            guard cursor < count else { return nil }
            if buffer[cursor] == 0x21 {
                // `<!-- … -->` or `<!DOCTYPE …>`.
                if cursor + 2 < count && buffer[cursor + 1] == 0x2D && buffer[cursor + 2] == 0x2D {
                    guard !noCommentEnd else { return nil }
                    guard let end = find(Array("-->".utf8), from: cursor + 3) else {
                        noCommentEnd = true
                        return nil
                    }
                    return (end, [])
                }
                guard let end = closingBracket(from: cursor) else { return nil }
                return (end, [])
            }
            let closing = buffer[cursor] == 0x2F
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < count && cursor - nameStart < 12 && (ByteClass.isASCIILetter(buffer[cursor])
                                                                 || ByteClass.isDigit(buffer[cursor])) { cursor += 1 }
            guard cursor > nameStart, ByteClass.isASCIILetter(buffer[nameStart]), cursor < count,
                  buffer[cursor] == 0x3E || buffer[cursor] == 0x20 || buffer[cursor] == 0x2F || buffer[cursor] == 0x0A
                    || buffer[cursor] == 0x09 || buffer[cursor] == 0x0D,
                  let end = closingBracket(from: cursor) else { return nil }
            let name = String(decoding: buffer[nameStart..<cursor].map { $0 | 0x20 }, as: UTF8.self)
            if !closing && (name == "script" || name == "style") {
                // The contents go with the element, up to its closing tag.
                let isScript = name == "script"
                guard isScript ? !noScriptEnd : !noStyleEnd else { return (end, []) }
                guard let close = find(Array("</\(name)".utf8), from: end, ignoringCase: true),
                      let closeEnd = closingBracket(from: close + 1) else {
                    if isScript { noScriptEnd = true } else { noStyleEnd = true }
                    return (end, [])
                }
                return (closeEnd, [0x0A])
            }
            if name == "td" || name == "th" { return (end, closing ? [] : [0x09]) }
            return (end, Self.blockNames.contains(name) ? [0x0A] : [])
        }

        /// The character reference at `start` (an `&`): where it ends, and its UTF-8.
        func reference(at start: Int) -> (Int, [UInt8])? {
            let count = buffer.count
            var cursor = start + 1
            guard cursor < count else { return nil }
            var scalar: UInt32?
            if buffer[cursor] == 0x23 {
                cursor += 1
                let hex = cursor < count && (buffer[cursor] | 0x20) == 0x78
                if hex { cursor += 1 }
                let digitsStart = cursor
                var value: UInt32 = 0
                while cursor < count && cursor - digitsStart < 7 {
                    let byte = buffer[cursor]
                    if ByteClass.isDigit(byte) {
                        value = value * (hex ? 16 : 10) + UInt32(byte - 0x30)
                    } else if hex && (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 {
                        value = value * 16 + UInt32((byte | 0x20) - 0x61 + 10)
                    } else {
                        break
                    }
                    cursor += 1
                }
                guard cursor > digitsStart else { return nil }
                scalar = value
            } else {
                let nameStart = cursor
                while cursor < count && cursor - nameStart < 10 && ByteClass.isASCIILetter(buffer[cursor]) {
                    cursor += 1
                }
                guard cursor > nameStart else { return nil }
                scalar = Self.named[String(decoding: buffer[nameStart..<cursor], as: UTF8.self)]
            }
            guard cursor < count, buffer[cursor] == 0x3B, let value = scalar else { return nil }
            // Spaces and invisible characters read as the normalizer reads them in text; a reference to nothing valid
            // as U+FFFD.
            if value == 0xA0 || (0x2000...0x200A).contains(value) || value == 0x202F { return (cursor + 1, [0x20]) }
            if value == 0xAD || (0x200B...0x200F).contains(value) || value == 0xFEFF { return (cursor + 1, []) }
            // A dash between parts of a code (`NĐ&ndash;CP`, `QĐ&#8209;UBND`) as the normalizer writes one in text.
            if ScalarClass.isDash(value), joinsCodeParts(start, cursor + 1) { return (cursor + 1, [0x2D]) }
            var bytes: [UInt8] = []
            UTF8Decoding.append(Unicode.Scalar(value) == nil || value == 0 ? 0xFFFD : value, to: &bytes)
            return (cursor + 1, bytes)
        }

        /// True when a digit or a capital (`Đ` too) stands on each side of `start..<end`, up to three spaces between:
        /// the normalizer's rule for a dash in text (`NĐ–CP`, `21 – NQ/TW`), read on the bytes around a reference.
        private func joinsCodeParts(_ start: Int, _ end: Int) -> Bool {
            var before = start
            while before > 0 && buffer[before - 1] == 0x20 && start - before < 3 { before -= 1 }
            var after = end
            while after < buffer.count && buffer[after] == 0x20 && after - end < 3 { after += 1 }
            guard before > 0, after < buffer.count else { return false }
            let previous = buffer[before - 1]
            let next = buffer[after]
            let previousIsCode = ByteClass.isDigit(previous) || ByteClass.isUpperASCII(previous)
                || previous == 0x90 && before > 1 && buffer[before - 2] == 0xC4
            let nextIsCode = ByteClass.isDigit(next) || ByteClass.isUpperASCII(next)
                || next == 0xC4 && after + 1 < buffer.count && buffer[after + 1] == 0x90
            return previousIsCode && nextIsCode
        }

        /// The position after the `>` that closes the tag whose name ends at `from`, within 2,048 bytes.
        private func closingBracket(from: Int) -> Int? {
            var cursor = from
            while cursor < buffer.count && cursor - from < 2048 {
                if buffer[cursor] == 0x3E { return cursor + 1 }
                if buffer[cursor] == 0x3C { return nil }
                cursor += 1
            }
            return nil
        }

        /// The position after the first `needle` from `start` on (the start of it when `ignoringCase`, for a closing
        /// tag whose `>` is read next), or nil.
        private func find(_ needle: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
            guard needle.count <= buffer.count else { return nil }
            var cursor = start
            while cursor + needle.count <= buffer.count {
                var matched = true
                for offset in needle.indices {
                    let byte = buffer[cursor + offset]
                    if (ignoringCase ? byte | 0x20 : byte) != (ignoringCase ? needle[offset] | 0x20 : needle[offset]) {
                        matched = false
                        break
                    }
                }
                if matched { return ignoringCase ? cursor : cursor + needle.count }
                cursor += 1
            }
            return nil
        }

        /// Elements that open or close a block: a line break in the text.
        static let blockNames: Set<String> = [
            "p", "br", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
            "title", "section", "article", "header", "footer", "blockquote", "dd", "dt", "dl", "hr", "option", "body",
            "head", "html", "nav", "aside", "main", "pre", "caption", "form", "figure", "figcaption",
        ]

        /// Named references: the markup ones, the Latin letters of Vietnamese, spaces, dashes and quotes.
        static let named: [String: UInt32] = {
            var table: [String: UInt32] = [
                "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "ndash": 0x2013,
                "mdash": 0x2014, "hellip": 0x2026, "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019,
                "laquo": 0xAB, "raquo": 0xBB, "bull": 0x2022, "middot": 0xB7, "ensp": 0x2002, "emsp": 0x2003,
                "thinsp": 0x2009, "shy": 0xAD, "zwj": 0x200D, "zwnj": 0x200C, "deg": 0xB0, "copy": 0xA9,
            ]
            // `&Agrave;` … `&yacute;`: the Latin-1 letters with grave, acute, circumflex and tilde Vietnamese uses.
            let letters: [(String, [(String, UInt32)])] = [
                ("a", [("grave", 0xE0), ("acute", 0xE1), ("circ", 0xE2), ("tilde", 0xE3)]),
                ("e", [("grave", 0xE8), ("acute", 0xE9), ("circ", 0xEA)]),
                ("i", [("grave", 0xEC), ("acute", 0xED)]),
                ("o", [("grave", 0xF2), ("acute", 0xF3), ("circ", 0xF4), ("tilde", 0xF5)]),
                ("u", [("grave", 0xF9), ("acute", 0xFA)]),
                ("y", [("acute", 0xFD)]),
            ]
            for (letter, marks) in letters {
                for (mark, lower) in marks {
                    table[letter + mark] = lower
                    table[letter.uppercased() + mark] = lower - 0x20
                }
            }
            return table
        }()
    }
}
