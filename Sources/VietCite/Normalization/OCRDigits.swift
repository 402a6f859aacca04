internal import CVietCiteScan

/// The letters OCR reads for digits, put back inside numbers: `2O22/QĐ-UBND`, `Quyết định số 20l7/QĐ-UBND`,
/// `ngày l5/8/2022`, `15/2O2O/NĐ-CP` (`documents.md` §6, noise 17).
///
/// `O` and `o` become `0`, `l` and `I` become `1`, only inside a token of digits and such letters that
/// - holds a digit, and at least as many digits as letters (`lOl`, `Il` stay), or more letters when it is a symbol's
///   number by what stands around it (`số 1OO/QĐ-UBND`, `1OO/2O19/NĐ-CP`);
/// - is at most six bytes long and stands alone: no other letter or digit touches it (`CO2`, `H2O`, `QH15` stay),
///   but for `số` glued before a symbol's number (`sốl5/2020/TT-BTC`);
/// - is joined to a symbol or date: `/` or `-` right after it (or ` /`), or `.` and a digit (`l5.8.2022`); or `/`,
///   `-` or `.` right before it, after a letter or digit (`3/2/2O2O`, `NĐ-CP`); or it is a part of a date in words,
///   `ngày 1O tháng O8 năm 2O19`. A lone `O2` in prose, or `năm 2O23`, stays.
///
/// Each letter is replaced by one digit, so the offset map is unchanged; the positions are kept in
/// ``NormalizedText/repairedDigits``, and a citation that holds one says so in its warnings. ``CitationExtractor``
/// repairs a text only when its scan meets such a letter beside a number, and then scans the repaired text again: a
/// pass of its own over every text would read each byte once more.
enum OCRDigits {
    /// The text with the digits put back, or the text itself when there is nothing to repair.
    ///
    /// - Complexity: O(*n*); thirty-two or sixteen bytes at a time until a letter stands beside a digit.
    static func repair(_ text: NormalizedText) -> NormalizedText {
        let positions = text.bytes.withUnsafeBufferPointer { buffer -> [Int] in
            guard let p = buffer.baseAddress else { return [] }
            return confusables(p, buffer.count)
        }
        guard !positions.isEmpty else { return text }
        var bytes = text.bytes
        for position in positions { bytes[position] = bytes[position] == 0x4F || bytes[position] == 0x6F ? 0x30 : 0x31 }
        return NormalizedText(bytes: bytes, map: text.map, repairedDigits: positions)
    }

    /// The positions of the letters to read as digits, in order.
    private static func confusables(_ p: UnsafePointer<UInt8>, _ count: Int) -> [Int] {
        var positions: [Int] = []
        var index = 0
        while true {
            index = vietcite_next_ocr_confusable(p, index, count)
            guard index < count else { return positions }
            // The token around it, at most seven bytes each way (a longer one is turned down anyway).
            var start = index
            while start > 0 && index - start < 7 && isTokenByte(p[start - 1]) { start -= 1 }
            var end = index + 1
            while end < count && end - index < 7 && isTokenByte(p[end]) { end += 1 }
            if qualifies(p, count, start..<end) {
                for position in start..<end where !ByteClass.isDigit(p[position]) { positions.append(position) }
            }
            index = end
        }
    }

    @inline(__always)
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        ByteClass.isDigit(byte) || isConfusable(byte)
    }

    /// `O`, `o`, `l` or `I`.
    @inline(__always)
    static func isConfusable(_ byte: UInt8) -> Bool {
        byte == 0x4F || byte == 0x6F || byte == 0x6C || byte == 0x49
    }

    /// True when a byte is a letter or digit, or part of a letter that is not ASCII.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ByteClass.isDigit(byte) || ByteClass.isASCIILetter(byte)
    }

    private static func qualifies(_ p: UnsafePointer<UInt8>, _ count: Int, _ token: Range<Int>) -> Bool {
        guard token.count <= 6 else { return false }
        let digits = token.reduce(0) { $0 + (ByteClass.isDigit(p[$1]) ? 1 : 0) }
        guard digits > 0, digits * 2 >= token.count || numbersSymbol(p, count, token) else { return false }
        let before = token.lowerBound > 0 ? p[token.lowerBound - 1] : 0x20
        let after = token.upperBound < count ? p[token.upperBound] : 0x20
        guard !isWordByte(after) else { return false }
        guard !isWordByte(before) else {
            // Glued to `số` as OCR glues it (`Thông tư sốl5/2020/TT-BTC`), joined to a symbol.
            return (after == 0x2F || after == 0x2D) && endsGluedSo(p, at: token.lowerBound)
        }
        if after == 0x2F || after == 0x2D { return true }
        // A slash after a space, as OCR spaces it (`2l7 /QĐ-UBND`).
        if after == 0x20 && token.upperBound + 1 < count && p[token.upperBound + 1] == 0x2F { return true }
        if after == 0x2E && token.upperBound + 1 < count && isTokenByte(p[token.upperBound + 1]) { return true }
        if (before == 0x20 || before == 0x0A) && isVerbalDatePart(p, count, token) { return true }
        guard before == 0x2F || before == 0x2D || before == 0x2E, token.lowerBound > 1 else { return false }
        return isWordByte(p[token.lowerBound - 2])
    }

    /// True when a token of more such letters than digits (`1OO`, `2ll`) is a symbol's number all the same: at most
    /// four bytes, `/` right after it, and `số` and a space before it or a year and `/` after that slash
    /// (`số 1OO/QĐ-UBND`, `1OO/2O19/NĐ-CP`).
    private static func numbersSymbol(_ p: UnsafePointer<UInt8>, _ count: Int, _ token: Range<Int>) -> Bool {
        guard token.count <= 4, token.upperBound < count, p[token.upperBound] == 0x2F else { return false }
        if token.lowerBound > 1 && p[token.lowerBound - 1] == 0x20 && endsGluedSo(p, at: token.lowerBound - 1) {
            return true
        }
        let year = token.upperBound + 1
        guard year + 4 < count, p[year + 4] == 0x2F else { return false }
        let yearDigits = (year..<(year + 4)).reduce(0) { $0 + (ByteClass.isDigit(p[$1]) ? 1 : 0) }
        return yearDigits >= 2 && (year..<(year + 4)).allSatisfy { isTokenByte(p[$0]) }
    }

    /// True when `số` or `sô` (NFC, either case) ends at `end`, a word of its own before it.
    private static func endsGluedSo(_ p: UnsafePointer<UInt8>, at end: Int) -> Bool {
        let vowel: Int
        if end >= 4 && p[end - 3] == 0xE1 && p[end - 2] == 0xBB && p[end - 1] & 0xFE == 0x90 {
            vowel = 3
        } else if end >= 3 && p[end - 2] == 0xC3 && p[end - 1] | 0x20 == 0xB4 {
            vowel = 2
        } else {
            return false
        }
        let start = end - vowel - 1
        return p[start] | 0x20 == 0x73 && (start == 0 || !isWordByte(p[start - 1]))
    }

    /// `ngày`, `tháng` and `năm`, folded: the words before the parts of a date in words, compared without marks, as
    /// OCR may misread their tones too (`ngảy 03 thảng O2 năm 2O2O`).
    private static let dateWords = ["ngay", "thang", "nam"]

    /// True when the token at `token` is a part of a date in words: after `ngày` with `tháng` next, after `tháng`
    /// with `năm` next, or after `năm` with `tháng` and its month before (`ngày 1O tháng O8 năm 2O19`). A year
    /// alone (`trong năm 2O23`) is not. The words and parts may be parted by a line break, as a wrapped line parts
    /// them (`ngày 3O⏎tháng 7 năm 2018`).
    private static func isVerbalDatePart(_ p: UnsafePointer<UInt8>, _ count: Int, _ token: Range<Int>) -> Bool {
        guard token.lowerBound > 0, isGap(p[token.lowerBound - 1]),
              let before = dateWord(p, endingAt: gapStart(p, before: token.lowerBound))
        else { return false }
        if before.word < 2 {
            var cursor = token.upperBound
            if before.word == 1 && cursor < count && p[cursor] == 0x2C { cursor += 1 }
            while cursor < count && isGap(p[cursor]) { cursor += 1 }
            var end = cursor
            while end < count && isLetterByte(p[end]) { end += 1 }
            guard end == count || !isWordByte(p[end]) else { return false }
            return dateWord(p, endingAt: end)?.word == before.word + 1
        }
        // Back over `năm`, spaces and a comma (`tháng O8, năm 2O19`), the month's token and a space, to `tháng`.
        var cursor = before.start
        cursor = gapStart(p, before: cursor)
        if cursor > 0 && p[cursor - 1] == 0x2C { cursor -= 1 }
        cursor = gapStart(p, before: cursor)
        let monthEnd = cursor
        while cursor > 0 && monthEnd - cursor < 2 && isTokenByte(p[cursor - 1]) { cursor -= 1 }
        guard cursor < monthEnd, cursor > 0, isGap(p[cursor - 1]) else { return false }
        return dateWord(p, endingAt: gapStart(p, before: cursor))?.word == 1
    }

    /// A space or a line break (LF, CR): what parts the words of a date in words.
    @inline(__always)
    private static func isGap(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D
    }

    /// The start of the spaces and line breaks that end at `end`.
    private static func gapStart(_ p: UnsafePointer<UInt8>, before end: Int) -> Int {
        var cursor = end
        while cursor > 0 && isGap(p[cursor - 1]) { cursor -= 1 }
        return cursor
    }

    /// The date word (its index in ``dateWords``) that ends at `end`, alone as a word, with its start; nil for any
    /// other word. Read only beside a letter OCR put for a digit: a `String` per word costs nothing here.
    private static func dateWord(_ p: UnsafePointer<UInt8>, endingAt end: Int) -> (word: Int, start: Int)? {
        var start = end
        while start > 0 && end - start < 12 && isLetterByte(p[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !isWordByte(p[start - 1]) else { return nil }
        let folded = VietnameseKey.folded(String(decoding: UnsafeBufferPointer(start: p + start, count: end - start),
                                                 as: UTF8.self))
        return dateWords.firstIndex(of: folded).map { ($0, start) }
    }

    /// True when a byte is an ASCII letter or part of a letter that is not ASCII.
    @inline(__always)
    private static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || ByteClass.isASCIILetter(byte)
    }

    /// The warnings of a mention that holds repaired digits: `repaired-symbol` in its span (`repaired-number` when
    /// it has no symbol), `repaired-date` in the date after it.
    static func warnings(for match: Match, repaired: [Int]) -> [String] {
        var warnings: [String] = []
        if contains(repaired, match.range) {
            warnings.append(match.symbol == nil ? "repaired-number" : "repaired-symbol")
        }
        if match.dateEnd > match.range.upperBound, contains(repaired, match.range.upperBound..<match.dateEnd) {
            warnings.append("repaired-date")
        }
        return warnings
    }

    /// True when a sorted list holds a position in the range (binary search).
    private static func contains(_ positions: [Int], _ range: Range<Int>) -> Bool {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] < range.upperBound
    }
}
