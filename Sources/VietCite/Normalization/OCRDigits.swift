internal import CVietCiteScan

/// The letters OCR reads for digits, put back inside numbers: `2O22/QĐ-UBND`, `Quyết định số 20l7/QĐ-UBND`,
/// `ngày l5/8/2022`, `15/2O2O/NĐ-CP` (`documents.md` §6, noise 17).
///
/// `O` and `o` become `0`, `l` and `I` become `1`, only inside a token of digits and such letters that
/// - holds a digit, and at least as many digits as letters (`lOl`, `Il` stay);
/// - is at most six bytes long and stands alone: no other letter or digit touches it (`CO2`, `H2O`, `QH15` stay);
/// - is joined to a symbol or date: `/` or `-` right after it (or ` /`), or `.` and a digit (`l5.8.2022`); or `/`,
///   `-` or `.` right before it, after a letter or digit (`3/2/2O2O`, `NĐ-CP`). A lone `O2` in prose stays.
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
        guard digits > 0, digits * 2 >= token.count else { return false }
        let before = token.lowerBound > 0 ? p[token.lowerBound - 1] : 0x20
        let after = token.upperBound < count ? p[token.upperBound] : 0x20
        guard !isWordByte(before), !isWordByte(after) else { return false }
        if after == 0x2F || after == 0x2D { return true }
        // A slash after a space, as OCR spaces it (`2l7 /QĐ-UBND`).
        if after == 0x20 && token.upperBound + 1 < count && p[token.upperBound + 1] == 0x2F { return true }
        if after == 0x2E && token.upperBound + 1 < count && isTokenByte(p[token.upperBound + 1]) { return true }
        guard before == 0x2F || before == 0x2D || before == 0x2E, token.lowerBound > 1 else { return false }
        return isWordByte(p[token.lowerBound - 2])
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
