internal import CVietCiteScan

/// Lines wrapped inside a sentence, as text taken from PDF or OCR is (`… của Bộ⏎Chính trị về …`): a name read across
/// such a line break reads on as across a space.
extension Matcher {
    /// The start of the next line when the line break at `index` (LF, or CR LF) only wraps a sentence: the line it
    /// ends holds 30 to 240 bytes and ends in no `.`, `;`, `:`, `!` or `?`; the next line is no longer than it (or
    /// than 80 bytes) by more than a word or two (a wrapped paragraph's lines are about as long as each other; a
    /// title's line is followed by a paragraph's, which runs on), is no heading in capitals (`CHỦ TỊCH ỦY BAN NHÂN
    /// DÂN`), no header's place and date (`Đà Nẵng, ngày …`), and opens no item, point or article (`-`, `+`, `•`,
    /// `1.`, `2)`, `a)`, `Điều`, `Chương`, `Căn cứ`, `Thực hiện`, `Xét`, `Theo đề nghị`, `Nơi nhận`); a number opens it
    /// (`ngày⏎23/2/2023`), or `(` and a small letter (`⏎(gọi tắt là …)`). Nil otherwise.
    func softLineBreakEnd(at index: Int) -> Int? {
        // The LF of a CR LF is read from its CR.
        let index = index > 0 && p[index] == 0x0A && p[index - 1] == 0x0D ? index - 1 : index
        var next = index
        guard skipLineBreak(&next), next < count else { return nil }
        // A number opens a wrapped line (`ngày⏎23/2/2023`, `số⏎06/QĐ-UBND`), not a numbered item (`1.`, `2)`); a
        // number and the dot that ends the paragraph are its last line (`… Điều 26 Nghị định⏎35.`). A year is no
        // item's number (`… Luật BHXH⏎2024), …`, `… năm⏎2024. …`).
        if ByteClass.isDigit(p[next]) {
            var digitsEnd = next
            while digitsEnd < count && ByteClass.isDigit(p[digitsEnd]) { digitsEnd += 1 }
            if digitsEnd < count && digitsEnd - next <= 3 && (p[digitsEnd] == 0x29 || p[digitsEnd] == 0x2E
                                     && !(digitsEnd + 1 < count && ByteClass.isDigit(p[digitsEnd + 1]))
                                     && digitsEnd + 1 < count && p[digitsEnd + 1] != 0x0A && p[digitsEnd + 1] != 0x0D) {
                return nil
            }
        } else if !Tokenizer.isWordStart(p, next, count) {
            // `(` before a word in small letters goes on with the sentence (`… của hệ thống chính trị⏎(gọi tắt là Quy
            // chế) theo Quyết định số …`); a capital after it may open a caption (`(Ban hành kèm theo …)`). So does a
            // quoted title, whatever its case (`… khóa XII⏎"Một số vấn đề …" và Kết luận số …`).
            let quote = openingQuoteLength(at: next)
            guard quote > 0 || p[next] == 0x28, next + quote + 1 < count,
                  Tokenizer.isWordStart(p, next + max(quote, 1), count),
                  quote > 0 || !isCapitalised(at: next + 1) else { return nil }
        }
        // A short line is a title's or a header's, which ends where its text does; a long one a paragraph's. (Both
        // lines are measured up to a bound: the test stays O(1).)
        guard let line = unpunctuatedLine(endingAt: index),
              line.count >= 30 && line.count <= Self.longestWrap || fragmentOfWrappedLine(line)
        else { return nil }
        let (lineStart, end) = (line.lowerBound, line.upperBound)
        let nextLimit = min(count, next + max(end - lineStart, 80) + 25)
        let nextEnd = vietcite_find_byte(p, next, nextLimit, 0x0A)
        guard nextEnd < nextLimit || nextEnd == count else { return nil }
        guard !ByteClass.isDigit(p[next]) && p[next] != 0x28 && p[next] != 0x22 && p[next] != 0xE2 else { return next }
        let (wordEnd, key) = wordEndAndKey(from: next, limit: count)
        // `a)`, `đ)`, `a1)`, `A)`: a point of a list (not `tỉnh)` nor `An)`, the end of a name in parentheses:
        // `… của Chủ tịch UBND tỉnh Long⏎An)`).
        if wordEnd < count && p[wordEnd] == 0x29 && wordEnd - next <= 3
            && (!isCapitalised(at: next) || UTF8Decoding.decode(p, next, count).length == wordEnd - next) {
            return nil
        }
        if isCapitalised(at: next) {
            // `Nơi nhận` and `Căn cứ` by both words: `Nội vụ` and `Cần Thơ` fold as their first words do.
            var second = wordEnd
            // A heading's word by the number after it: `Chương II`, `Điều 5`, `Phần thứ hai`, not `Chương trình`,
            // `Điều lệ`, `Mục tiêu`.
            // (Not after a line that ends with a comma: `… khoản 2 Điều 6 NĐ 145,⏎Điều 35 BLLĐ 2019 …` goes on.)
            if Self.lineOpenerKeys.contains(key) && (key != WordKey.noi || expectWord("nhan", &second))
                && (key != WordKey.can || expectWord("cu", &second))
                && (!Self.headingKeys.contains(key) || headingNumberFollows(wordEnd) && p[end - 1] != 0x2C
                    && (key != Self.dieuKey || articleNumberEndsHeading(after: wordEnd))) {
                return nil
            }
            // The place and date of a header (`Đà Nẵng, ngày 20 tháng 01 năm 2025` under a line of subject).
            if opensPlaceAndDate(next, before: nextEnd) { return nil }
            // The second word across spaces only: ``wordAfter(_:)`` would ask this again of the next line, and of the
            // one after it, as deep as the lines go.
            var secondStart = wordEnd
            if isAllCaps(next..<wordEnd), wordEnd < count, p[wordEnd] == 0x20, skipSpaces(&secondStart, limit: 2),
               secondStart < count, Tokenizer.isWordStart(p, secondStart, count),
               isAllCaps(secondStart..<Tokenizer.wordEnd(p, from: secondStart, count)) {
                return nil
            }
            // A heading in capitals over a paragraph's first line (`III. TỔ CHỨC THỰC HIỆN⏎Định kỳ 6 tháng, …`).
            if endsHeadingInCapitals(line), !isAllCaps(next..<wordEnd) { return nil }
        }
        return next
    }

    /// True when `line` is written in capitals and ends with a word of two letters or more after a space (`… TỔ
    /// CHỨC THỰC HIỆN`; not a list of symbols, `…, 17/2020/NĐ-CP`). Out of line: few lines are followed by a
    /// capital.
    @inline(never)
    private func endsHeadingInCapitals(_ line: Range<Int>) -> Bool {
        let last = Tokenizer.token(before: line.upperBound, in: buffer)
        let start = Int(last.start)
        guard last.kind == .word, Int(last.end) == line.upperBound, start > line.lowerBound, p[start - 1] == 0x20,
              UTF8Decoding.decode(p, start, count).length < line.upperBound - start else { return false }
        return isAllCaps(line)
    }

    /// The text of the line that ends at the line break `index` (its trailing blanks aside, read back up to a bound),
    /// or nil when it is empty or ends with punctuation that ends a sentence, a clause or an introduction.
    private func unpunctuatedLine(endingAt index: Int) -> Range<Int>? {
        var end = index
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        guard end > 0 else { return nil }
        switch p[end - 1] {
        case 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x0A, 0x0D: return nil
        default: break
        }
        var lineStart = end
        while lineStart > 0 && end - lineStart <= Self.longestWrap && p[lineStart - 1] != 0x0A
                && p[lineStart - 1] != 0x0D {
            lineStart -= 1
        }
        return lineStart..<end
    }

    /// True when the short `line` is a fragment a paragraph's line broke off (text from OCR or PDF: `… của Luật Tổ
    /// chức⏎chính⏎quyền địa phương ngày 22/11/2019;`): it opens with a small letter, and the line before it is a
    /// paragraph's (30 bytes or more) that ends without punctuation.
    private func fragmentOfWrappedLine(_ line: Range<Int>) -> Bool {
        let start = line.lowerBound
        guard line.count < 30, start > 1, p[start - 1] == 0x0A || p[start - 1] == 0x0D,
              Tokenizer.isWordStart(p, start, count), !isCapitalised(at: start) else { return false }
        var lineBreak = start - 1
        if p[lineBreak] == 0x0A && p[lineBreak - 1] == 0x0D { lineBreak -= 1 }
        guard let before = unpunctuatedLine(endingAt: lineBreak) else { return false }
        return before.count >= 30 && before.count <= Self.longestWrap
    }

    /// True when the line at `start` (ending by `end`) is a header's place and date: a name of five words at most,
    /// without digits, then `, ngày` (not a mention and its date: `Nghị quyết số 29-NQ/TW, ngày 04/11/2013 …`).
    private func opensPlaceAndDate(_ start: Int, before end: Int) -> Bool {
        let comma = vietcite_find_byte(p, start, min(end, start + 40), 0x2C)
        guard comma < min(end, start + 40) else { return false }
        var cursor = comma + 1
        skipSpaces(&cursor, limit: 2)
        guard expectWord("ngay", &cursor) else { return false }
        var spaces = 0
        for index in start..<comma {
            if ByteClass.isDigit(p[index]) { return false }
            if p[index] == 0x20 { spaces += 1 }
        }
        return spaces <= 4
    }

    /// Moves `cursor` from a line break that only wraps its sentence (``softLineBreakEnd(at:)``) to the next line's
    /// text; true when it moved.
    @inline(__always)
    @discardableResult
    func skipWrappedLineBreak(_ cursor: inout Int) -> Bool {
        guard cursor < count, p[cursor] == 0x0A || p[cursor] == 0x0D, let next = softLineBreakEnd(at: cursor) else {
            return false
        }
        cursor = next
        return true
    }

    /// The length of the opening quotation mark at `index` (`"`, `“`), or 0.
    func openingQuoteLength(at index: Int) -> Int {
        if p[index] == 0x22 { return 1 }
        return p[index] == 0xE2 && index + 2 < count && p[index + 1] == 0x80 && p[index + 2] == 0x9C ? 3 : 0
    }

    /// The end of the text of the line before `start` (trailing blanks aside) when `start` opens a line, after two
    /// spaces of indent at most, that only continues the sentence of that line (``softLineBreakEnd(at:)``).
    func wrappedLineEnd(before start: Int) -> Int? {
        var lineStart = start
        while lineStart > 0 && start - lineStart < 2 && p[lineStart - 1] == 0x20 { lineStart -= 1 }
        guard lineStart > 0, p[lineStart - 1] == 0x0A else { return nil }
        var lineBreak = lineStart - 1
        if lineBreak > 0 && p[lineBreak - 1] == 0x0D { lineBreak -= 1 }
        guard softLineBreakEnd(at: lineBreak) == start else { return nil }
        var end = lineBreak
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        return end
    }

    /// True when the word at `start` is one that opens a sentence and continues no name (`Năm 2025, …`, `Về …`,
    /// `Trong năm …`, `Tại …`, `Để …`, `Khi …`).
    func opensSentence(wordAt start: Int) -> Bool {
        let (end, key) = wordEndAndKey(from: start, limit: count)
        guard Self.sentenceOpenerKeys.contains(key) else { return false }
        // `Nam` written without its mark is the name (`Bảo hiểm xã hội Việt⏎Nam`), not `Năm`, unless a year follows
        // it (`Nam 2025, …` in text without marks).
        guard key == WordKey.nam && end - start == 3 else { return true }
        var next = end
        skipSpaces(&next, limit: 2)
        return next < count && ByteClass.isDigit(p[next])
    }

    private static let sentenceOpenerKeys = WordKeyTable(keys: [
        "nam", "ve", "trong", "tai", "theo", "de", "nham", "ngay", "qua", "sau", "hien", "tuy", "vi", "neu", "khi",
    ].map(WordKey.of))

    /// The words that open a line of their own when capitalised: an article, a chapter, a part or a section, the
    /// lines of a preamble (`Căn cứ`, `Xét`, `Theo đề nghị`, `Trên cơ sở`) and the list of recipients (`Nơi nhận`).
    private static let lineOpenerKeys = WordKeyTable(keys: [
        "dieu", "chuong", "muc", "phan", "can", "thuc", "xet", "theo", "tren", "noi", "kinh",
    ].map(WordKey.of))

    /// The words of ``lineOpenerKeys`` that open a heading only before its number.
    private static let headingKeys = WordKeyTable(keys: ["dieu", "chuong", "muc", "phan"].map(WordKey.of))

    /// True when a heading's number follows `end` past a space or two: digits, a Roman numeral in capitals, or `thứ`.
    func headingNumberFollows(_ end: Int) -> Bool {
        var cursor = end
        guard skipSpaces(&cursor, limit: 2), cursor < count else { return false }
        if ByteClass.isDigit(p[cursor]) { return true }
        guard Tokenizer.isWordStart(p, cursor, count) else { return false }
        let word = cursor..<Tokenizer.wordEnd(p, from: cursor, count)
        return isRomanNumeral(word) || isWord(word, "thu")
    }

    /// `dieu`, folded: an article's heading word.
    private static let dieuKey = WordKey.of("dieu")

    /// True when the article's number after `end` ends a heading: `.`, `:` or the line's end after it (`Điều 26.
    /// Hiệu lực thi hành`, `Điều 5:`), not words (`… trừ các quy định tại⏎Điều 26 liên quan đến đường sắt;`).
    private func articleNumberEndsHeading(after end: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        while cursor < count && ByteClass.isDigit(p[cursor]) { cursor += 1 }
        // `Điều 5a.`
        if cursor < count && p[cursor] >= 0x61 && p[cursor] <= 0x7A { cursor += 1 }
        guard cursor < count else { return true }
        switch p[cursor] {
        case 0x2E, 0x3A, 0x0A, 0x0D: return true
        default: return false
        }
    }

    /// The longest wrapped line, in bytes: text is wrapped at some 60 to 120 characters (a Vietnamese letter is one
    /// to three bytes).
    private static let longestWrap = 240
}
