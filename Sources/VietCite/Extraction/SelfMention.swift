internal import CVietCiteScan

/// The document's own identifier: the `Số: …` header near the top, when it is the only header-style line
/// (a sidebar listing other documents as `Số: …` is not the document itself).
enum SelfMention {
    /// The indices of the self mentions: the header; before it, the page's title and record lines that name the
    /// same symbol (`Quyết định 1234/QĐ-UBND năm 2024 …`, `Số hiệu: 1234/QĐ-UBND`); and annex captions that name it
    /// (`Ban hành kèm theo Quyết định số 15/QĐ-BNV`), and a law's enacting formula. `header` is ``index(in:)`` of the
    /// same mentions, found once for this and ``dateHeader(_:header:in:)``.
    static func indices(in matches: [Match], header: Int?, text: [UInt8]) -> Set<Int> {
        guard let header, let symbol = matches[header].symbol else { return [] }
        var result: Set<Int> = [header]
        // The enacting formula names the document itself: `Quốc hội ban hành Luật Đất đai.`
        if let formula = enactingFormula(in: matches, after: header, text: text) { result.insert(formula) }
        // By index: iterating the elements would copy each ``Match``.
        for index in matches.indices where index != header && matches[index].symbol == symbol {
            if index < header {
                result.insert(index)
                continue
            }
            let start = matches[index].range.lowerBound
            let before = text[max(0, start - 24)..<start]
            if VietnameseKey.folded(String(decoding: before, as: UTF8.self)).hasSuffix("kem theo ") {
                result.insert(index)
            }
        }
        return result
    }

    /// The name that the enacting formula gives after the header (`Quốc hội ban hành Luật Đất đai.`, `Ủy ban
    /// Thường vụ Quốc hội ban hành Pháp lệnh …`): a name of the header's type, right after `ban hành`, that ends its
    /// sentence, within 16 KB after the header (the preamble).
    static func enactingFormula(in matches: [Match], after header: Int, text: [UInt8]) -> Int? {
        let type = matches[header].type
        let limit = matches[header].range.upperBound + 16_384
        return text.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            for index in (header + 1)..<matches.count {
                guard matches[index].range.lowerBound < limit else { break }
                guard matches[index].family == "name" else { continue }
                let range = matches[index].range
                guard matches[index].type == type, range.upperBound < buffer.count, buffer[range.upperBound] == 0x2E,
                      let word = matcher.wordBefore(range.lowerBound), matcher.isWord(word, "hanh"),
                      let ban = matcher.wordBefore(word.lowerBound), matcher.isWord(ban, "ban") else { continue }
                return index
            }
            return nil
        }
    }

    /// Gives the header mention the date of the header's place line (`Số: 25/2024/NQ-HĐND⏎Lào Cai, ngày 10 tháng
    /// 7 năm 2024`): the date of the document itself, written after its identifier. A date that holds one of the
    /// `repairedDigits` (OCR's `ngày 1O tháng O8 năm 2O19`, ``OCRDigits``), or digits spaced apart (`ngày 2 5 tháng
    /// 01`), adds `repaired-date`.
    static func dateHeader(_ matches: inout [Match], header: Int?, in text: [UInt8], repairedDigits: [Int] = []) {
        guard let header, matches[header].date == nil else { return }
        text.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            guard let (date, range, spaced) = matcher.headerDate(after: matches[header].fieldsEnd)
                    ?? matcher.headerDate(before: matches[header].range.lowerBound) else { return }
            matches[header].date = date
            matcher.checkDate(&matches[header].warnings, date: date, symbolYear: matches[header].symbolYear,
                              term: matches[header].term, issuer: matches[header].issuerRange)
            if repairedDigits.contains(where: range.contains) || spaced {
                matches[header].warnings.append("repaired-date")
            }
        }
    }

    /// Flags each mention dated after the document's own header date (`date-after-citing-document`): a document
    /// cannot cite one issued after it, so one of the two dates is misread or mistyped. The dates stay as written.
    static func flagLaterDates(_ matches: inout [Match], header: Int?, selfIndices: Set<Int>) {
        guard let header, let own = matches[header].date else { return }
        // Through the buffer, the date alone: reading a field of an array element may copy the whole ``Match``.
        matches.withUnsafeMutableBufferPointer { matches in
            for index in matches.indices where !selfIndices.contains(index) {
                let later = matches[index].date.map { ($0.year, $0.month, $0.day) > (own.year, own.month, own.day) }
                if later == true { matches[index].warnings.append("date-after-citing-document") }
            }
        }
    }

    /// Types the header mention of a Party document by its title: the Party's `QĐ` codes both a decision and a
    /// rule (`documents.md` §8, rule 3), and `Số 88-QĐ/TU` over a title line `QUY ĐỊNH` is a `Quy định`.
    /// An old state header (`Số: 217-HĐBT`) names its issuer only, not its type: the title line under it does
    /// (`QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG`).
    static func typeHeader(_ matches: inout [Match], header: Int?, in text: [UInt8]) {
        guard let header, !matches[header].hasTypeWord else { return }
        if matches[header].family == "state", let symbol = matches[header].symbol, !symbol.utf8.contains(0x2F) {
            text.withUnsafeBufferPointer { buffer in
                if let type = Matcher(buffer: buffer).titleType(after: matches[header].fieldsEnd) {
                    matches[header].type = type
                }
            }
            return
        }
        guard matches[header].family == "party", matches[header].type == "Quyết định" else { return }
        text.withUnsafeBufferPointer { buffer in
            if Matcher(buffer: buffer).titleIsRule(after: matches[header].fieldsEnd) {
                matches[header].type = "Quy định"
            }
        }
    }

    /// A page without a `Số:` header whose title line names the document in capitals, its type word first, near
    /// the top (a court's judgment: `BẢN ÁN 125/2024/DS-PT NGÀY 12/9/2024 VỀ TRANH CHẤP …`): the first mention with a
    /// symbol, when it opens its line and the rest of the line is in capitals too.
    static func titleIndex(in matches: [Match], text: [UInt8]) -> Int? {
        guard let first = matches.firstIndex(where: { $0.symbol != nil }), matches[first].hasTypeWord,
              matches[first].range.lowerBound < 1024 else { return nil }
        let range = matches[first].range
        return text.withUnsafeBufferPointer { buffer -> Int? in
            let matcher = Matcher(buffer: buffer)
            guard matcher.opensLine(range.lowerBound) else { return nil }
            let lineEnd = vietcite_find_byte(matcher.p, range.upperBound, buffer.count, 0x0A)
            let typeWordEnd = Tokenizer.wordEnd(matcher.p, from: range.lowerBound, buffer.count)
            guard typeWordEnd - range.lowerBound >= 2, matcher.isAllCaps(range.lowerBound..<typeWordEnd),
                  matcher.isAllCaps(range.upperBound..<lineEnd) else { return nil }
            return first
        }
    }

    /// A page without a header whose annex caption names the document it belongs to (`QUY CHẾ …⏎(Ban hành kèm theo
    /// Quyết định số 12/2024/QĐ-UBND ngày … của UBND tỉnh)`: a decision's annex, published with it or alone): the first
    /// mention with its type word and symbol that a caption line opens with (`(Ban hành kèm theo`, `Kèm theo`).
    static func captionIndex(in matches: [Match], text: [UInt8]) -> Int? {
        text.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            // By index, the span first: binding the elements, or reading their symbol, would copy them.
            for index in matches.indices where matcher.opensCaption(before: matches[index].range.lowerBound) {
                if matches[index].hasTypeWord && matches[index].symbol != nil { return index }
            }
            return nil
        }
    }

    /// The header among the mentions that open a line as `Số: …` does, in the first 4 KB: the only one; or, when a
    /// list of other documents is also written so (`Văn bản mới:⏎Số: 56/2024/TT-BTC`), the only one whose symbol the
    /// page names again (in its title or record lines before the header).
    /// A lone one that stands in a list of other documents, one to a line (a web page's sidebar, `Số: 12/2025/TT-BNV⏎
    /// Nghị định 170/2025/NĐ-CP`), is an entry of that list, not a header; a line that only ends with a mention
    /// (`V/v triển khai Thông tư số 27/2020/TT-BGDĐT⏎Số: 412/PGDĐT-TH`) is no such entry.
    static func index(in matches: [Match], text: [UInt8]) -> Int? {
        var candidates: [Int] = []
        for index in matches.indices where matches[index].startsHeaderLine && matches[index].symbol != nil
            && matches[index].range.lowerBound < 4096 {
            candidates.append(index)
        }
        if candidates.count == 1 {
            let candidate = candidates[0]
            let listed = text.withUnsafeBufferPointer { buffer in
                let matcher = Matcher(buffer: buffer)
                let symbol = matches[candidate].symbol
                return candidate + 1 < matches.count && matches[candidate + 1].symbol != symbol
                    && matcher.onlyLineBreaks(between: matches[candidate].range.upperBound,
                                              and: matches[candidate + 1].range.lowerBound)
                    || candidate > 0 && matches[candidate - 1].symbol != symbol
                    && matcher.opensLine(matches[candidate - 1].range.lowerBound)
                    && matcher.onlyLineBreaks(between: matches[candidate - 1].range.upperBound,
                                              and: matcher.lineStart(of: matches[candidate].range.lowerBound))
            }
            return listed ? nil : candidate
        }
        let named = candidates.filter { candidate in
            (0..<candidate).contains { matches[$0].symbol == matches[candidate].symbol }
        }
        return named.count == 1 ? named[0] : nil
    }
}

extension Matcher {
    /// True when `(Ban hành kèm theo `, `Kèm theo ` or the like opens the line right before `start`: an annex's
    /// caption. (The bytes of `m theo ` first: few mentions follow them.)
    func opensCaption(before start: Int) -> Bool {
        guard start >= 10, p[start - 1] == 0x20, p[start - 2] == 0x6F, p[start - 3] == 0x65, p[start - 6] == 0x20,
              p[start - 7] | 0x20 == 0x6D,
              let theo = wordBefore(start), isWord(theo, "theo"), let kem = wordBefore(theo.lowerBound),
              isWord(kem, "kem") else { return false }
        var open = kem.lowerBound
        if let hanh = wordBefore(kem.lowerBound), isWord(hanh, "hanh"), let ban = wordBefore(hanh.lowerBound),
           isWord(ban, "ban") {
            open = ban.lowerBound
        }
        if open > 0 && p[open - 1] == 0x28 { open -= 1 }
        return opensLine(open)
    }

    /// True when only blanks and one or two line breaks lie between `end` and `start`: one line ends at `end`, and
    /// the next that holds anything starts at `start`.
    func onlyLineBreaks(between end: Int, and start: Int) -> Bool {
        guard end <= start, start - end <= 16 else { return false }
        var breaks = 0
        for index in end..<start {
            switch p[index] {
            case 0x0A: breaks += 1
            case 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        return breaks == 1 || breaks == 2
    }

    /// Where the line that holds `index` starts, looked for over 64 bytes at most.
    func lineStart(of index: Int) -> Int {
        var start = index
        while start > 0 && index - start < 64 && p[start - 1] != 0x0A && p[start - 1] != 0x0D { start -= 1 }
        return start
    }

    /// The mention's line starts with `Số` (`Số: 15/QĐ-BNV`, `Số 36-HD/VPTW`, `Luật số: 80/2015/QH13`),
    /// as a document header does. The scan asks this of each mention with a symbol as it appends it
    /// (``Match/startsHeaderLine``), while the line is in cache. Words are compared folded, in place.
    func startsHeaderLine(_ range: Range<Int>, hasTypeWord: Bool) -> Bool {
        // First the byte before the mention, past blanks and a colon: a header's mention follows the line's start or
        // the `ố` of `Số`. Most mentions follow neither, and are turned down without walking back to the line start.
        var before = range.lowerBound
        while before > 0 && (p[before - 1] == 0x20 || p[before - 1] == 0x09 || p[before - 1] == 0x3A) { before -= 1 }
        if before > 0 && p[before - 1] != 0x0A && p[before - 1] != 0x0D && p[before - 1] != 0x7C {
            let letter = UTF8Decoding.previousStart(p, before, lowerLimit: 0)
            // (Or OCR's `S6` or `S0`.)
            guard ByteClass.foldedLetter(UTF8Decoding.decode(p, letter, count).scalar) == 0x6F
                    || (p[before - 1] == 0x36 || p[before - 1] == 0x30) && misreadSoStart(before: before) != nil
            else { return false }
        }
        // Back to the line start, at most 40 bytes. `Số:` is five bytes besides spaces: a line start of more than
        // 16 is not a header, and the walk stops as soon as it has seen that many (most mentions are mid-line).
        var lineStart = range.lowerBound
        var written = 0
        while lineStart > 0 {
            let byte = p[lineStart - 1]
            // A table's cell starts as a line does (`| Số: 45/TB-UBND | Tân Phú, ngày …`).
            if byte == 0x0A || byte == 0x0D || byte == 0x7C { break }
            if range.lowerBound - lineStart >= 40 { return range.lowerBound < 1024 && flattenedHeader(range) }
            if byte != 0x20 && byte != 0x09 {
                written += 1
                if written > 16 { return range.lowerBound < 1024 && flattenedHeader(range) }
            }
            lineStart -= 1
        }
        var cursor = lineStart
        skipBlanks(&cursor, limit: range.upperBound)
        if written > 0 {
            // `Số:` or `Số` alone before the mention.
            guard cursor < range.lowerBound, p[cursor] | 0x20 == 0x73,
                  var word = wordAt(cursor, limit: range.lowerBound) else { return false }
            // OCR's `S ố:`.
            if word.count == 1, word.upperBound < range.lowerBound,
               let vowel = wordAt(word.upperBound + 1, limit: range.lowerBound),
               splitSoStart(before: vowel.upperBound) == word.lowerBound {
                word = word.lowerBound..<vowel.upperBound
            } else if misreadSoStart(before: word.lowerBound + 2) == word.lowerBound {
                // OCR's `S6:` or `S0:`.
                word = word.lowerBound..<word.lowerBound + 2
            } else if !isWord(word, "so") {
                return false
            }
            cursor = word.upperBound
            skipBlanks(&cursor, limit: range.lowerBound)
            if cursor < range.lowerBound && p[cursor] == 0x3A { cursor += 1 }
            skipBlanks(&cursor, limit: range.lowerBound)
            return cursor == range.lowerBound
        }
        guard hasTypeWord else {
            // `Số 45-NQ/TW` (Party headers write no colon): the mention itself starts with `Số`, a capital; `số` in
            // small letters that opens a line goes on with a list or a sentence (`…;⏎số 47/2021/NĐ-CP ngày …;`,
            // `… Báo cáo thẩm tra⏎số 2345/BC-UBPL15 …`).
            guard cursor < range.upperBound, p[cursor] == 0x53,
                  let word = wordAt(cursor, limit: range.upperBound)
            else { return followsSoLabelLine(lineStart) }
            return isWord(word, "so") && word.upperBound < range.upperBound && p[word.upperBound] == 0x20
        }
        // `Luật số: 80/2015/QH13`, `Nghị quyết số: 45/2024/UBTVQH15`: a type word at the line start, then `số:`.
        guard buffer[range].contains(0x3A) else { return false }
        var found = false
        forEachWord(in: range) { word, _ in
            found = word.lowerBound > range.lowerBound && word.upperBound < range.upperBound
                && p[word.upperBound] == 0x3A && isWord(word, "so") && p[word.lowerBound - 1] == 0x20
            return !found
        }
        return found
    }

    /// True when `Số:` (a capital, a colon) stands right before a mention near the top of a text whose line breaks
    /// were lost, after the national motto or the Party's name in capitals (`ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA
    /// XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 123/QĐ-UBND An Giang, ngày …`): a header flattened.
    @inline(never)
    private func flattenedHeader(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        while cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        guard cursor > 0, p[cursor - 1] == 0x3A else { return false }
        cursor -= 1
        while cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        // `Số` (53 E1 BB 91) after a space.
        guard cursor >= 5, p[cursor - 4] == 0x53, p[cursor - 3] == 0xE1, p[cursor - 2] == 0xBB, p[cursor - 1] == 0x91,
              p[cursor - 5] == 0x20 else { return false }
        // `CỘNG` before it: `CỘNG HÒA XÃ HỘI …`, `ĐẢNG CỘNG SẢN VIỆT NAM`.
        let end = cursor - 4
        return Self.cong.withUnsafeBufferPointer { vietcite_find_bytes(p, 0, end, $0.baseAddress!, $0.count) } < end
    }

    /// `CỘNG`, in UTF-8.
    private static let cong = Array("CỘNG".utf8)

    /// True when the line before the one that starts at `lineStart` holds `Số:` alone (`Số:⏎123/QĐ-UBND`, the label
    /// and the number parted as text taken from a PDF may part them).
    @inline(never)
    private func followsSoLabelLine(_ start: Int) -> Bool {
        var end = start
        guard end > 0, p[end - 1] == 0x0A else { return false }
        end -= 1
        if end > 0 && p[end - 1] == 0x0D { end -= 1 }
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        guard end > 0, p[end - 1] == 0x3A else { return false }
        end -= 1
        while end > 0 && p[end - 1] == 0x20 { end -= 1 }
        var cursor = lineStart(of: end)
        skipBlanks(&cursor, limit: end)
        guard let word = wordAt(cursor, limit: end), word.upperBound == end else { return false }
        return isWord(word, "so") && p[cursor] | 0x20 == 0x73
    }

    /// The word that starts at `start`, cut at `limit`, or nil when none starts there.
    private func wordAt(_ start: Int, limit: Int) -> Range<Int>? {
        guard Tokenizer.isWordStart(p, start, count) else { return nil }
        return start..<min(Tokenizer.wordEnd(p, from: start, count), limit)
    }

    /// The date of a header's place line (`Lào Cai, ngày 10 tháng 7 năm 2024`) after the `Số:` mention that ends at
    /// `end`: on the same line (after a tab or the cell's spaces), or on one of the next three lines (a line wrapped
    /// inside its sentence counts once with the next, ``softLineBreakEnd(at:)``, and a blank one not at all). The
    /// place line may come after a line of subject (`V/v triển khai Công văn số 45/SNV-CCHC`), so a mention on the
    /// lines between does not stop the search; the `, ngày` must stand within 48 bytes of the line's start (or of
    /// the mention's end, on its own line), after a place name: capitalised, without digits (not `Căn cứ Nghị định
    /// số 14/2023/NĐ-CP, ngày 20/4/2023` on a line below the header). A line `Ngày: 12-3-2024` (a court's header)
    /// dates it too.
    /// Returns the date, the range it was read from, and whether OCR's spaced digits were read whole in it.
    func headerDate(after end: Int) -> (date: (year: Int, month: Int, day: Int), range: Range<Int>, spaced: Bool)? {
        var cursor = end
        var lineStart = end
        var lines = 0
        let stop = min(count, end + 600)
        while cursor < stop {
            let byte = p[cursor]
            if byte == 0x0A {
                // (A line that only wraps its sentence is one with the next: `V/v phúc đáp … của UBND huyện⏎Bình Sơn`;
                // a blank line, as a page's paragraphs leave, is none.)
                var blank = lineStart
                while blank < cursor && (p[blank] == 0x20 || p[blank] == 0x09 || p[blank] == 0x0D) { blank += 1 }
                if (lineStart == end || blank < cursor) && softLineBreakEnd(at: cursor) == nil { lines += 1 }
                if lines > 3 { return nil }
                lineStart = cursor + 1
                // A court's header writes the date on a line of its own: `Ngày: 12-3-2024`.
                var dateLine = lineStart
                skipSpaces(&dateLine, limit: 8)
                if dateLine < count && (p[dateLine] == 0x4E || p[dateLine] == 0x6E), expectWord("ngay", &dateLine),
                   dateLine < count && p[dateLine] == 0x3A {
                    dateLine += 1
                    skipSpaces(&dateLine, limit: 2)
                    if let (date, dateEnd, spaced) = readDate(at: dateLine, allowBare: true) {
                        return (date, dateLine..<dateEnd, spaced)
                    }
                }
            } else if byte == 0x2C, let found = placeLineDate(lineStart: lineStart, comma: cursor) {
                return found
            }
            cursor += 1
        }
        return nil
    }

    /// The date of a place line among the six lines before `start` (`Quảng Nam, ngày 15 tháng 5 năm 2024`), the
    /// nearest first: text taken from a PDF by columns may give the header's right column, with its place and date,
    /// before the left one with the identifier.
    func headerDate(before start: Int) -> (date: (year: Int, month: Int, day: Int), range: Range<Int>, spaced: Bool)? {
        var lineEnd = start
        while lineEnd > 0 && p[lineEnd - 1] != 0x0A { lineEnd -= 1 }
        for _ in 0..<6 {
            guard lineEnd > 0, start - lineEnd < 800 else { return nil }
            lineEnd -= 1
            var lineStart = lineEnd
            while lineStart > 0 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
            var cursor = lineStart
            while cursor < lineEnd && cursor - lineStart <= 48 && p[cursor] != 0x2C { cursor += 1 }
            if cursor < lineEnd, p[cursor] == 0x2C, let found = placeLineDate(lineStart: lineStart, comma: cursor),
               found.range.upperBound <= lineEnd {
                return found
            }
            lineEnd = lineStart
        }
        return nil
    }

    /// The date after a place name that runs from `lineStart` to the comma at `comma` (`Quảng Nam, ngày 15 tháng 5
    /// năm 2024`): a header's place line, read after its identifier or before it.
    private func placeLineDate(lineStart: Int, comma: Int)
        -> (date: (year: Int, month: Int, day: Int), range: Range<Int>, spaced: Bool)? {
        guard comma - lineStart <= 48, isPlaceName(lineStart..<comma) else { return nil }
        var after = comma + 1
        skipSpaces(&after, limit: 2)
        // The date wrapped onto the next line (`Đông Anh,⏎ngày 15 tháng 3 năm 2024`).
        if skipLineBreak(&after) { skipSpaces(&after, limit: 8) }
        guard let (date, dateEnd, spaced) = readDate(at: after, allowBare: false) else { return nil }
        return (date, after..<dateEnd, spaced)
    }

    /// True when one of the eight lines after `end` is the title `QUY ĐỊNH` alone (a `QUYẾT ĐỊNH` line, or none,
    /// gives false).
    func titleIsRule(after end: Int) -> Bool {
        firstWordOfLines(after: end) { word in
            var after = word
            if expectWord("quyet", &after), expectWord("dinh", &after) { return false }
            after = word
            guard expectWord("quy", &after), expectWord("dinh", &after) else { return nil }
            skipBlanks(&after, limit: count)
            return after == count || p[after] == 0x0A || p[after] == 0x0D
        } ?? false
    }

    /// The type a title line in capitals names, in the eight lines after `end` (`QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ
    /// TRƯỞNG` gives `Quyết định`); the type word must open the line.
    func titleType(after end: Int) -> String? {
        firstWordOfLines(after: end) { word in
            var wordEnd = word
            // A type word is at most four words (`Thông tư liên tịch`), each in capitals.
            for _ in 0..<4 {
                guard wordEnd < count, Tokenizer.isWordStart(p, wordEnd, count) else { break }
                let next = Tokenizer.wordEnd(p, from: wordEnd, count)
                guard isAllCaps(wordEnd..<next) else { break }
                if let (start, type) = typeWord(endingAt: next), start == word { return type }
                wordEnd = next
                skipBlanks(&wordEnd, limit: count)
            }
            return nil
        }
    }

    /// The first value `body` gives for the start of the text of one of the eight lines after `end` (blank lines
    /// aside), within 800 bytes (a header's title lines).
    private func firstWordOfLines<T>(after end: Int, _ body: (Int) -> T?) -> T? {
        var cursor = end
        var lines = 0
        let stop = min(count, end + 800)
        while cursor < stop && lines < 8 {
            let lineBreak = vietcite_find_byte(p, cursor, stop, 0x0A)
            guard lineBreak < stop else { return nil }
            var word = lineBreak + 1
            skipBlanks(&word, limit: count)
            cursor = lineBreak + 1
            // A blank line, as a page's paragraphs leave, is not one of the lines read.
            if word < count && (p[word] == 0x0A || p[word] == 0x0D) { continue }
            lines += 1
            if let found = body(word) { return found }
        }
        return nil
    }

    /// True when the range, past spaces, tabs, a table's `|` and a `*`, opens with a capital and holds no digit.
    private func isPlaceName(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        // Past the spaces, a table's `|`, and the `*` under a Party committee's name (`*  Bắc Ninh, ngày …`).
        while cursor < range.upperBound && (p[cursor] == 0x20 || p[cursor] == 0x09 || p[cursor] == 0x7C
                                            || p[cursor] == 0x2A) { cursor += 1 }
        guard cursor < range.upperBound, isCapitalised(at: cursor) else { return false }
        return !(cursor..<range.upperBound).contains { ByteClass.isDigit(p[$0]) }
    }
}
