/// Pinpoints (`documents.md` §7.3) written before a mention, smallest unit first: `Điều 14, Nghị định số 104`,
/// `điểm a khoản 2 Điều 5 Luật …`, `khoản 4 và khoản 5 Điều 70 của …`, `các khoản 1, 2, 3 Điều 7 …`,
/// `điểm s khoản 1 Điều 51; Điều 54 của Bộ luật …`, `Phụ lục I ban hành kèm theo Thông tư số …`, `mục II Phần B …`.
/// The pinpoint is a field of the mention it stands before, never part of its span; the scan reads it when it
/// appends the mention (`Matcher.append`).
enum Pinpoints {
    /// The structured reading of a pinpoint's text.
    static func parse(_ text: String) -> Pinpoint {
        var pinpoint = Pinpoint(text: text)
        var unit: WritableKeyPath<Pinpoint, [String]>?
        var previousWasTieu = false
        // `thứ` joins the ordinal after it (`Phần thứ hai` → `thứ hai`).
        var ordinal: Substring?
        for word in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
            // The pinpoint comes from normalized text: folding each scalar is enough, no second normalization.
            let folded = String(String.UnicodeScalarView(word.unicodeScalars.compactMap {
                Unicode.Scalar(VietnameseKey.fold($0.value))
            }))
            switch folded {
            case "phan": unit = \.parts
            case "chuong": unit = \.chapters
            case "muc": unit = previousWasTieu ? \.subsections : \.sections
            case "dieu": unit = \.articles
            case "khoan": unit = \.clauses
            case "diem": unit = \.points
            case "tiet": unit = \.subpoints
            case "phu": unit = \.annexes
            case "va", "cac", "tieu", "luc", "so": break
            case "thu": ordinal = word
            default:
                if let unit { pinpoint[keyPath: unit].append(ordinal.map { "\($0) \(word)" } ?? String(word)) }
                ordinal = nil
            }
            previousWasTieu = folded == "tieu"
        }
        return pinpoint
    }
}

extension Matcher {
    /// The pinpoint that ends just before `start` (after `của`, `tại`, `vào`, `(ban hành) kèm theo` or a comma), not
    /// reaching back past `limit`.
    func pinpointBefore(_ start: Int, limit: Int) -> Range<Int>? {
        var cursor = start
        skipBackSpaces(&cursor)
        if cursor > limit && p[cursor - 1] == 0x2C {
            cursor -= 1
            skipBackSpaces(&cursor)
        }
        // The token before the mention, read once: the walk below starts with it unless it was `của`, `tại`, `vào`.
        var before: Token?
        if cursor > limit {
            let word = Tokenizer.token(before: cursor, in: buffer)
            if word.kind == .word, Int(word.start) >= limit,
               isWord(word.range, "cua") || isWord(word.range, "tai") || isWord(word.range, "vao") {
                cursor = Int(word.start)
                skipBackSpaces(&cursor)
            } else if word.kind == .word, Int(word.start) >= limit + 3, word.range.count == 4,
                      p[Int(word.start)] | 0x20 == 0x74, endsWordInM(before: Int(word.start)),
                      isWord(word.range, "theo"), let annexed = annexWordsStart(before: Int(word.start), limit: limit) {
                // An annex's pinpoint names the document it is issued with (`Phụ lục I ban hành kèm theo …`, and
                // wrapped, `… kèm⏎theo …`). (Bytes first: `theo` after a word that ends in `m`.)
                cursor = annexed
                skipBackSpaces(&cursor)
            } else {
                before = word
            }
        }
        let end = cursor
        var leftmostUnit: Int?
        var sawValue = false
        // A bounded walk keeps the scan linear; 400 tokens reach the long lists of articles a repeal names (`Các điều
        // 1, 2, 3, …, 81 và 82 của Nghị định số 100/2019/NĐ-CP`: three tokens an article).
        var steps = 0
        while cursor > limit && steps < 400 {
            let token = before ?? Tokenizer.token(before: cursor, in: buffer)
            before = nil
            guard Int(token.start) >= limit else { break }
            steps += 1
            switch token.kind {
            case .space:
                break
            case .number:
                sawValue = true
            case .punctuation:
                // `;` inside a list of units that all point into the one document (`điểm s khoản 1, khoản 2 Điều 51;
                // Điều 54 của Bộ luật Hình sự`, as judgments write it): only after a unit, before a value.
                let separator = p[Int(token.start)]
                // `điểm a.1`, `mục 1.2`: a value's parts joined by a dot.
                let dotted = separator == 0x2E && token.start > 0 && Int(token.end) < count
                    && ByteClass.isDigit(p[Int(token.end)])
                    && (ByteClass.isASCIILetter(p[Int(token.start) - 1]) || ByteClass.isDigit(p[Int(token.start) - 1]))
                guard separator == 0x2C || dotted
                        || separator == 0x3B && leftmostUnit != nil && valueEnds(at: Int(token.start))
                else { return result(leftmostUnit, end, sawValue) }
            case .word:
                let key = wordKey(token.range)
                if Self.unitWords.contains(key) {
                    // A unit word needs a value after it (`Điều 5`, not `một số điều`). `tiết` needs it right after
                    // (`tiết a điểm 1`; `quy định chi tiết khoản 2 Điều 5` is no pinpoint of `tiết`).
                    if key == Self.tiet && !valueFollows(Int(token.end)) { return result(leftmostUnit, end, sawValue) }
                    if sawValue { leftmostUnit = Int(token.start) }
                } else if Self.ordinalWords.contains(key), let thu = wordBefore(Int(token.start)), isWord(thu, "thu") {
                    // `Phần thứ hai`: an ordinal in words after `thứ` is a value.
                    sawValue = true
                } else if Self.joinWords.contains(key) || isPointLabel(token.range) || isRomanNumeral(token.range) {
                    sawValue = sawValue || !Self.joinWords.contains(key)
                    // `tiểu mục 2`: the unit is two words.
                    if key == Self.tieu, let unit = leftmostUnit, wordAfter(Int(token.end))?.lowerBound == unit {
                        leftmostUnit = Int(token.start)
                    }
                } else if key == WordKey.luc || key == WordKey.so && sawValue,
                          let phu = annexWordStart(Int(token.start), so: key == WordKey.so), phu >= limit {
                    // `Phụ lục I`, `Phụ lục số 02`: the unit is two words (three), which the walk passes. Without its
                    // number it is the annex of a section named before it (`Mục 1 Phụ lục ban hành kèm theo …`).
                    leftmostUnit = phu
                    cursor = phu
                    continue
                } else if isCapitalLetter(token.range) {
                    // `Phần B`, `Mục A`.
                    sawValue = true
                } else {
                    return result(leftmostUnit, end, sawValue)
                }
            case .newline:
                // A pinpoint wrapped in a paragraph's line (text from PDF) after a unit, a value, a comma or `và` (`…
                // và khoản 2⏎Điều 3 Thông tư số …`, `khoản 2 Điều⏎1 Nghị định số …`, `Điều 227,⏎Điều 228`, `Điều 463,
                // 466 và⏎468`); not a heading's line (`Chương II⏎Điều 3 …`), which is short. (A line break right
                // before the mention was skipped with the spaces.)
                let lineBreak = Int(token.start)
                guard leftmostUnit != nil || sawValue, holdsLongLine(before: lineBreak) else {
                    return result(leftmostUnit, end, sawValue)
                }
                var at = lineBreak
                while at > limit && p[at - 1] == 0x20 { at -= 1 }
                if at > limit && p[at - 1] == 0x2C {
                    at -= 1
                } else if let join = wordEnding(at: at), isWord(join, "va") {
                    at = join.lowerBound
                }
                let unitBefore = wordEnding(at: at).map { Self.unitWords.contains(wordKey($0)) } == true
                guard valueEnds(at: at) || unitBefore else { return result(leftmostUnit, end, sawValue) }
            }
            cursor = Int(token.start)
        }
        return result(leftmostUnit, end, sawValue)
    }

    /// True when a unit's value (a number, a point's letter, a Roman numeral) ends at `end`, past spaces.
    private func valueEnds(at end: Int) -> Bool {
        var cursor = end
        skipBackSpaces(&cursor)
        guard cursor > 0 else { return false }
        let token = Tokenizer.token(before: cursor, in: buffer)
        return token.kind == .number
            || token.kind == .word && (isPointLabel(token.range) || isRomanNumeral(token.range))
    }

    /// The word that ends right at `end`, past one space at most, or nil.
    private func wordEnding(at end: Int) -> Range<Int>? {
        var cursor = end
        if cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        guard cursor > 0 else { return nil }
        let token = Tokenizer.token(before: cursor, in: buffer)
        return token.kind == .word && Int(token.end) == cursor ? token.range : nil
    }

    /// True when the line that ends at `end` holds 30 bytes or more, as a wrapped paragraph's lines do.
    private func holdsLongLine(before end: Int) -> Bool {
        var cursor = end
        while cursor > 0 && end - cursor < 30 {
            if p[cursor - 1] == 0x0A || p[cursor - 1] == 0x0D { return false }
            cursor -= 1
        }
        return end - cursor == 30
    }

    /// True when a point's letter or a number follows `end`, past spaces.
    private func valueFollows(_ end: Int) -> Bool {
        guard let word = wordAfter(end) else {
            var cursor = end
            skipSpaces(&cursor, limit: 2)
            return cursor < count && ByteClass.isDigit(p[cursor])
        }
        return isPointLabel(word)
    }

    private func result(_ leftmostUnit: Int?, _ end: Int, _ sawValue: Bool) -> Range<Int>? {
        guard let leftmostUnit, sawValue, leftmostUnit < end else { return nil }
        return leftmostUnit..<end
    }

    private static let unitWords = WordKeyTable(
        keys: ["dieu", "khoan", "diem", "tiet", "chuong", "muc", "phan"].map(WordKey.of))
    private static let tiet = WordKey.of("tiet")
    private static let ordinalWords = WordKeyTable(
        keys: ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"].map(WordKey.of))
    private static let joinWords = WordKeyTable(keys: ["va", "cac", "tieu", "thu"].map(WordKey.of))
    private static let tieu = WordKey.of("tieu")

    /// True when a word that ends in `m` stands before `start`, past a space or a line break (LF, CR LF).
    private func endsWordInM(before start: Int) -> Bool {
        var end = start - 1
        if p[end] == 0x0A && p[end - 1] == 0x0D { end -= 1 }
        guard p[end] == 0x20 || p[end] == 0x0A || p[end] == 0x0D else { return false }
        return p[end - 1] | 0x20 == 0x6D
    }

    /// The start of `kèm theo` or `ban hành kèm theo` whose `theo` starts at `theo`, or nil.
    private func annexWordsStart(before theo: Int, limit: Int) -> Int? {
        guard let kem = wordBefore(theo), kem.lowerBound >= limit, isWord(kem, "kem") else { return nil }
        guard let hanh = wordBefore(kem.lowerBound), hanh.lowerBound >= limit, isWord(hanh, "hanh"),
              let ban = wordBefore(hanh.lowerBound), ban.lowerBound >= limit, isWord(ban, "ban") else {
            return kem.lowerBound
        }
        return ban.lowerBound
    }

    /// The start of `Phụ` in `Phụ lục` whose `lục` starts at `start`, or, when the word there is `số`, in the
    /// `Phụ lục` right before it; nil when there is none.
    private func annexWordStart(_ start: Int, so: Bool) -> Int? {
        var luc = start
        if so {
            guard let word = wordBefore(start), isWord(word, "luc") else { return nil }
            luc = word.lowerBound
        }
        guard let phu = wordBefore(luc), isWord(phu, "phu") else { return nil }
        return phu.lowerBound
    }

    /// True for one capital letter of ASCII alone (`B` of `Phần B`).
    private func isCapitalLetter(_ range: Range<Int>) -> Bool {
        range.count == 1 && p[range.lowerBound] >= 0x41 && p[range.lowerBound] <= 0x5A
    }

    /// `a`, `đ`, `a1`, or the letter of an inserted number (`5a`, `2a`).
    private func isPointLabel(_ range: Range<Int>) -> Bool {
        let (scalar, length) = UTF8Decoding.decode(p, range.lowerBound, count)
        let isLetter = scalar == 0x111 || scalar < 0x80 && (0x61...0x7A).contains(scalar)
        guard isLetter else { return false }
        return range.lowerBound + length == range.upperBound
            || range.dropFirst(length).allSatisfy { ByteClass.isDigit(p[$0]) } && range.count - length <= 2
    }

    /// True for a Roman numeral in capitals of six letters at most (`II`, `XIV`).
    func isRomanNumeral(_ range: Range<Int>) -> Bool {
        range.count <= 6 && range.allSatisfy { "IVXL".utf8.contains(p[$0]) }
    }
}
