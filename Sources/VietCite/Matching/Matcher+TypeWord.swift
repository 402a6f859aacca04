internal import CVietCiteScan

/// What stands before a number: `số` and a type word.
struct MentionHead {
    /// Where the mention's span starts (the type word, else `số`, else the number).
    var start: Int
    var type: String?
    var hasSo: Bool
    /// Where the type word ends, when one was read (0 for none).
    var typeWordEnd = 0
}

extension Matcher {
    // MARK: - Looking back

    /// The length of the mark OCR writes for the acute of `số` after the word, ending at `end` after a non-ASCII
    /// letter: an apostrophe (`sô' 56/KH-UBND`), a spacing acute (`sô´`, U+00B4) or a right single quotation mark
    /// (`sô’`, U+2019); else 0.
    private func acuteMarkLength(before end: Int) -> Int {
        guard end > 1 else { return 0 }
        let last = p[end - 1]
        if last == 0x27 { return p[end - 2] >= 0x80 ? 1 : 0 }
        if last == 0xB4 { return end > 2 && p[end - 2] == 0xC2 && p[end - 3] >= 0x80 ? 2 : 0 }
        if last == 0x99 { return end > 3 && p[end - 2] == 0x80 && p[end - 3] == 0xE2 && p[end - 4] >= 0x80 ? 3 : 0 }
        return 0
    }

    /// Reads `[type word] [số[:]]` ending just before `numberStart`.
    func lookBack(from numberStart: Int) -> MentionHead {
        var head = MentionHead(start: numberStart, type: nil, hasSo: false)
        var cursor = numberStart
        skipBackSpaces(&cursor)
        var beforeColon = cursor
        let hasColon = cursor > 0 && p[cursor - 1] == 0x3A
        if hasColon {
            beforeColon = cursor - 1
            skipBackSpaces(&beforeColon)
        }
        beforeColon -= acuteMarkLength(before: beforeColon)
        // Where `số` starts, when it stands there (or OCR's `s ố`); `sơ` or `sở` only after a type word, as OCR
        // misreads `số` (`Quyết định sơ 15/QĐ-UBND`; not `Hồ sơ 45/2023/…`).
        var soStart = numberStart
        if beforeColon > 0 && mayEndSo(beforeColon) {
            let word = Tokenizer.token(before: beforeColon, in: buffer)
            let isSo = word.kind == .word && isWord(word.range, "so")
                && (!hasHornO(word.range) || followsTypeWord(word))
            let start = isSo ? Int(word.start) : splitSoStart(before: beforeColon) ?? misreadSoStart(before: beforeColon)
            if let start {
                head.hasSo = true
                soStart = start
                // `Số:` is a label (a header or a list entry): the mention starts at the number, unless a type
                // word stands before it (`Nghị quyết số: 45/2024/UBTVQH15`).
                if !hasColon { head.start = start }
                cursor = start
                skipBackSpaces(&cursor)
            }
        }
        guard cursor > 0 else { return head }
        // An abbreviation as written: NĐ 30/2020/NĐ-CP, QĐ 2161/QĐ-TTg. Each ends in a capital, `Đ` or the `i` of
        // `QĐi`, or in the `đ` and `q` of one in lower case (`nđ`, `qđ`, `nq`): only then is the word read.
        let last = p[cursor - 1]
        if ByteClass.isUpperASCII(last) || last == 0x90 || last == 0x69 || last == 0x91 || last == 0x71 {
            let word = Tokenizer.token(before: cursor, in: buffer)
            // Abbreviations are short and begin with a capital, or with the `n` or `q` of one in lower case: look
            // only those up.
            let first = p[Int(word.start)]
            if word.kind == .word, word.range.count <= 5,
               first >= 0x41 && first <= 0x5A || first == 0x6E || first == 0x71,
               let type = Vocabulary.typeAbbreviationKeys[packedBytes(word.range)],
               word.start == 0 || !isLetterOrDigit(before: Int(word.start)) {
                head.type = type
                head.start = Int(word.start)
                return head
            }
        }
        if let (start, type) = typeWord(endingAt: cursor)
            ?? (head.hasSo ? typeWord(endingAt: cursor, among: TypeWordsBeforeSo.self) : nil) {
            head.type = type
            head.start = start
            head.typeWordEnd = cursor
        } else if head.hasSo, !(cursor..<soStart).contains(where: { p[$0] == 0x0A || p[$0] == 0x0D })
                    || p[soStart] == 0x73 && wrappedLineEnd(before: soStart) != nil {
            // `Nghị quyết chuyên đề số 03-NQ/ĐU`: a type word, a modifier, then `số`, on one line (a title line
            // `… Quy chế làm việc` is not the type of the header `Số: 01/QĐ-UBND` under it), or with `số` in small
            // letters on a line that only wraps the sentence (`… Báo cáo thẩm tra⏎số 2345/BC-UBPL15`). Up to three
            // modifiers: `Bản án dân sự sơ thẩm số 120/2023/DS-ST`.
            var end = cursor
            for _ in 0..<3 {
                guard let modifier = modifierBefore(end) else { break }
                if let (start, type) = typeWord(endingAt: modifier) {
                    head.type = type
                    head.start = start
                    break
                }
                end = modifier
            }
        }
        return head
    }

    /// True when the type word written at `written` has fewer marks (tones, shapes, the stroke of `đ`) than the name
    /// of its type (`Nghi dinh`, `Quyêt định` for `Quyết định`; not `NGHỊ ĐỊNH`): a text that lost marks, whose type
    /// words without numbers may have lost theirs too.
    func lostMarks(_ written: Range<Int>, type: String) -> Bool {
        var name = type
        return name.withUTF8 { Self.marks(in: UnsafeBufferPointer(rebasing: buffer[written])) < Self.marks(in: $0) }
    }

    /// The number of marks on the letters of UTF-8 text: a tone and a shape on a vowel, the stroke of `đ`.
    private static func marks(in text: UnsafeBufferPointer<UInt8>) -> Int {
        var marks = 0
        var index = 0
        while index < text.count {
            let (scalar, length) = UTF8Decoding.decode(text.baseAddress!, index, text.count)
            if let letter = VietnameseLetters.letter(scalar) {
                marks += (letter.tone > 0 ? 1 : 0) + (letter.shape != .none ? 1 : 0)
            } else if scalar == 0x111 || scalar == 0x110 {
                marks += 1
            }
            index += max(1, length)
        }
        return marks
    }

    /// A type word up to eight small words before `so` on the same line (`Quyết định hoãn phiên tòa số …`, `Quyết định
    /// đưa vụ án ra xét xử phúc thẩm số …`), or nil. The caller keeps it only when the symbol's codes agree.
    func looseTypeWord(before so: Int) -> (start: Int, type: String)? {
        var cursor = so
        // Eight words, then the type word before them.
        for _ in 0...8 {
            var end = cursor
            while end > 0 && p[end - 1] == 0x20 && cursor - end < 3 { end -= 1 }
            guard end < cursor, end > 0 else { return nil }
            if let found = typeWord(endingAt: end) { return found }
            let word = Tokenizer.token(before: end, in: buffer)
            guard word.kind == .word, Int(word.end) == end, !isCapitalised(at: Int(word.start)),
                  !word.range.contains(where: { ByteClass.isDigit(p[$0]) }) else { return nil }
            cursor = Int(word.start)
        }
        return nil
    }

    /// True when a type word ends right before `word`, a space or two between.
    private func followsTypeWord(_ word: Token) -> Bool {
        var end = Int(word.start)
        skipBackSpaces(&end)
        return end < Int(word.start) && typeWord(endingAt: end) != nil
    }

    /// A cheap test before reading the word that ends at `end`: `số` in any case and tone (`so`, `số`, `Sổ`, `SÔ`)
    /// has its `s` two, three or four bytes back; OCR's `s ố` five.
    @inline(__always)
    private func mayEndSo(_ end: Int) -> Bool {
        for back in 2...5 where end >= back && p[end - back] | 0x20 == 0x73 { return true }
        return false
    }

    /// The start of OCR's `số` split in two, `s ố` (`Nghị định s ố 85/2024/NĐ-CP`, a header's `S ố:`): a lone `s`,
    /// one space, and a lone `o` with any marks ending at `end`; nil otherwise.
    func splitSoStart(before end: Int) -> Int? {
        let vowel = Tokenizer.token(before: end, in: buffer)
        let vowelStart = Int(vowel.start)
        guard vowel.kind == .word, Int(vowel.end) == end, vowel.range.count <= 3, isWord(vowel.range, "o"),
              vowelStart >= 2, p[vowelStart - 1] == 0x20, p[vowelStart - 2] | 0x20 == 0x73,
              vowelStart == 2 || !isLetterOrDigit(before: vowelStart - 2) else { return nil }
        return vowelStart - 2
    }

    /// The start of OCR's `S6` or `S0` for `Số` (the `ố` read as a `6`, the `o` of unmarked `So` as a `0`) ending at
    /// `end`, standing alone; or of `s?` and `s�`, the `ố` lost to a conversion that had no letter for it (`Thông tư
    /// s? 01/2011/TT-BNV`); nil otherwise.
    func misreadSoStart(before end: Int) -> Int? {
        guard end >= 2 else { return nil }
        // U+FFFD, the replacement the normalizer writes for a byte that is no UTF-8, is three bytes.
        let lost = end >= 4 && p[end - 1] == 0xBD && p[end - 2] == 0xBF && p[end - 3] == 0xEF
        let letter = lost ? end - 3 : end - 1
        guard lost || p[letter] == 0x36 || p[letter] == 0x30 || p[letter] == 0x3F,
              p[letter - 1] | 0x20 == 0x73, letter == 1 || !isLetterOrDigit(before: letter - 1)
        else { return nil }
        return letter - 1
    }

    /// The start of a modifier that may stand between a type word and `số` (`chuyên đề`, `liên ngành`, `làm việc` of
    /// `Quy chế làm việc`, `thẩm định`, `giám đốc thẩm`), with the spaces before it skipped; nil when none ends at
    /// `end`.
    private func modifierBefore(_ end: Int) -> Int? {
        guard let last = wordEndingAt(end), let second = wordBefore(last.lowerBound) else { return nil }
        let lastWord = foldedWord(last)
        let secondWord = foldedWord(second)
        // The third word from the end, read only for a modifier of three words.
        var third: (range: Range<Int>, folded: [UInt8])??
        for modifier in Self.modifiers where modifier[modifier.count - 1] == lastWord
            && modifier[modifier.count - 2] == secondWord {
            var start = second.lowerBound
            if modifier.count == 3 {
                if third == nil { third = wordBefore(second.lowerBound).map { ($0, foldedWord($0)) } }
                guard let word = third ?? nil, word.folded == modifier[0] else { continue }
                start = word.range.lowerBound
            }
            var cursor = start
            skipBackSpaces(&cursor)
            return cursor
        }
        return nil
    }

    /// Modifiers of two or three words, folded.
    private static let modifiers: [[[UInt8]]] = [
        "chuyen de", "lien nganh", "lien tich", "lien bo", "lam viec",
        // `Báo cáo thẩm định số`, `Báo cáo thẩm tra số`, `Quy chế phối hợp số`, `Báo cáo tổng kết số`, `Báo cáo sơ
        // kết số`, `Báo cáo kết quả số`, `Báo cáo giám sát số`, `Công văn hỏa tốc số`.
        "tham dinh", "tham tra", "phoi hop", "tong ket", "so ket", "ket qua", "giam sat", "hoa toc",
        // Judgments and decisions of courts: `Bản án dân sự sơ thẩm số`, `Bản án hình sự phúc thẩm số`, `Bản án kinh
        // doanh thương mại sơ thẩm số`, `Quyết định tái thẩm số`, `Quyết định giám đốc thẩm số`, `Quyết định kháng nghị
        // giám đốc thẩm số`, `Quyết định đình chỉ giải quyết vụ án số`; `Quyết định xử phạt vi phạm hành chính số`.
        "dan su", "hinh su", "hanh chinh", "kinh doanh", "thuong mai", "so tham", "phuc tham", "tai tham",
        "giam doc tham", "khang nghi", "dinh chi", "giai quyet", "vu an", "xu phat", "vi pham",
    ].map { $0.split(separator: " ").map { Array($0.utf8) } }

    private func wordEndingAt(_ end: Int) -> Range<Int>? {
        guard end > 0 else { return nil }
        let token = Tokenizer.token(before: end, in: buffer)
        return token.kind == .word ? token.range : nil
    }

    /// A type word ending at `end`, compared folded and without spaces (so `Thôngt ư` reads as Thông tư).
    func typeWord(endingAt end: Int) -> (start: Int, type: String)? {
        typeWord(endingAt: end, among: TypeWords.self)
    }

    /// A type word of `Words` ending at `end`. Generic, so each set gets its own specialized copy: a set passed as
    /// a value cost 1.5 million instructions more on the 5 MB NFC slice, and one chosen by a flag 1.9 million.
    func typeWord<Words: TypeWordSet>(endingAt end: Int, among _: Words.Type) -> (start: Int, type: String)? {
        // Collect up to 24 folded letters backwards, skipping the spaces inside the type word, on the stack
        // (`vietcite_fold_back`; its rule in Swift is `Tokenizer.referenceFoldBack`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { letters in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 24) { starts in
                // Most numbers follow words that end no type word (`khoản 2`, `năm 2015`): the last two letters first.
                var collected = vietcite_fold_back(p, end, count, letters.baseAddress!, starts.baseAddress!, 0, 2)
                guard collected == 2, let ending = Words.byEnding[UInt64(letters[1]) << 8 | UInt64(letters[0])] else {
                    return nil
                }
                let candidates = ending.indices
                // Then two more: most words that end as a type word does share no more with one (`không`, `những` end
                // as `chương trình hành động`), and reading as many letters as the longest word with that ending cost a
                // third of this reader. Then as many as the longest type word with those four letters has, and one
                // more, so that a word's letters before it (`pháp luật`) read as they did.
                collected = vietcite_fold_back(p, starts[1], count, letters.baseAddress!, starts.baseAddress!, 2, 4)
                let suffix = UInt64(letters[3]) << 24 | UInt64(letters[2]) << 16 | UInt64(letters[1]) << 8
                    | UInt64(letters[0])
                guard collected == 4, let longest = Words.bySuffix[suffix] else { return nil }
                collected = vietcite_fold_back(p, starts[3], count, letters.baseAddress!, starts.baseAddress!, 4,
                                               min(longest + 1, ending.longest, 24))
                for index in candidates {
                    let (word, type) = Words.words[index]
                    guard word.count <= collected else { continue }
                    var matches = true
                    for offset in 0..<word.count where word[word.count - 1 - offset] != letters[offset] {
                        matches = false
                        break
                    }
                    guard matches else { continue }
                    let start = starts[word.count - 1]
                    // Must begin a word, and `pháp luật` / `văn bản` inside longer phrases are not type words.
                    if start > 0 && isLetterOrDigit(before: start) { continue }
                    if index == Words.lawIndex && word.count < collected && precedingWordIs("phap", before: start) {
                        continue
                    }
                    // `bộ luật`, not `công bố Luật số 72/2025/QH15` (a law, which the shorter `luật` reads).
                    if word.count >= 5 && word[0] == 0x62 && word[1] == 0x6F && (word[2] == 0x6C || word[2] == 0x69),
                       !isBo(start..<Tokenizer.wordEnd(p, from: start, count)) {
                        continue
                    }
                    return (start, type)
                }
                return nil
            }
        }
    }

    /// The type word that ends right before `start`, past at least one space (`Nghị định` of `Nghị định này`), or nil.
    func typeWord(before start: Int) -> (start: Int, type: String)? {
        var end = start
        skipBackSpaces(&end)
        return end < start ? typeWord(endingAt: end) : nil
    }

    /// True when documents named by their type word alone stand right before `start`: a draft (`dự thảo Nghị định`,
    /// `Dự thảo Thông tư liên tịch`) or a plural (`các nghị định hướng dẫn`, `những Thông tư sửa đổi …`).
    func followsUnnamedType(_ start: Int) -> Bool {
        guard let head = typeWord(before: start) else { return false }
        if precedingWordIs("cac", before: head.start) || precedingWordIs("nhung", before: head.start) { return true }
        guard precedingWordIs("thao", before: head.start) else { return false }
        var cursor = head.start
        skipBackSpaces(&cursor)
        return precedingWordIs("du", before: Tokenizer.token(before: cursor, in: buffer).range.lowerBound)
    }

    /// True when `văn bản` stands right before `start` (`các văn bản hướng dẫn Luật Đầu tư`): documents named by the
    /// genre alone act, not the citing text.
    func followsGenericDocuments(_ start: Int) -> Bool {
        // Byte tests first: most triggers follow no word ending in `ản` (`ả`, `Ả` end in A3, A2), `an` or `AN`, then a
        // space or a line break (`các văn bản⏎hướng dẫn Luật Đầu tư`, wrapped).
        guard start > 6, p[start - 1] == 0x20 || p[start - 1] == 0x0A else { return false }
        let end = p[start - 1] == 0x0A && p[start - 2] == 0x0D ? start - 2 : start - 1
        guard p[end - 1] | 0x20 == 0x6E, p[end - 2] == 0xA3 || p[end - 2] == 0xA2 || p[end - 2] | 0x20 == 0x61,
              precedingWordIs("ban", before: start)
        else { return false }
        var cursor = start
        skipBackSpaces(&cursor)
        return precedingWordIs("van", before: Tokenizer.token(before: cursor, in: buffer).range.lowerBound)
    }

    private func precedingWordIs(_ folded: StaticString, before start: Int) -> Bool {
        var cursor = start
        skipBackSpaces(&cursor)
        guard cursor > 0 else { return false }
        let word = Tokenizer.token(before: cursor, in: buffer)
        return word.kind == .word && isWord(word.range, folded)
    }

    func skipBackSpaces(_ cursor: inout Int) {
        var steps = 0
        while cursor > 0 && steps < 3 && (p[cursor - 1] == 0x20 || p[cursor - 1] == 0x0A || p[cursor - 1] == 0x0D) {
            cursor -= 1
            steps += 1
        }
    }

    /// True when only spaces and one comma lie between `end` and `start`.
    /// The comma may end a line that only wraps its sentence (`…, Nghị định 102/2024/NĐ-CP,⏎Nghị định 103/2024/NĐ-CP`).
    func isCommaJoint(from end: Int, to start: Int) -> Bool {
        guard start >= end, start - end <= 6 else { return false }
        var commas = 0
        var wrapped = false
        for cursor in end..<start {
            switch p[cursor] {
            case 0x2C: commas += 1
            case 0x20: continue
            case 0x0A, 0x0D: wrapped = true
            default: return false
            }
        }
        return commas == 1 && (!wrapped || wrappedLineEnd(before: start) != nil)
    }

    /// True when the `ngày` of a date is written right at `end`, after spaces (`… 08-QĐi/TW ngày 25/10/2018`; not
    /// `…, ngày` nor `… cùng ngày`).
    func dateFollows(_ end: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        return cursor < count && expectWord("ngay", &cursor)
    }

    /// True when only a list's separators stand between `end` and `start`: commas, `;`, `và`, `cùng`, and, when
    /// `plural`, the `các` of a list's member that names several (`…, các Nghị quyết Trung ương 4, 5`).
    func isListContinuation(from end: Int, to start: Int, plural: Bool = false) -> Bool {
        guard start >= end, start - end <= 12 else { return false }
        var cursor = end
        var sawSeparator = false
        while cursor < start {
            let byte = p[cursor]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D {
                cursor += 1
            } else if byte == 0x2C || byte == 0x3B || byte == 0x26 {
                // (`&` as news and Q&A pages write `và`: `Nghị định số 15/2020/NĐ-CP & Nghị định số 14/2022/NĐ-CP`.)
                sawSeparator = true
                cursor += 1
            } else {
                let token = Tokenizer.token(at: cursor, in: buffer)
                guard token.kind == .word, Int(token.end) <= start else { return false }
                guard isWord(token.range, "va") || isWord(token.range, "cung") || plural && isWord(token.range, "cac")
                else { return false }
                sawSeparator = true
                cursor = Int(token.end)
            }
        }
        return sawSeparator
    }

    /// ``isListContinuation(from:to:plural:)`` within one clause: no `;` parts the two mentions (the items of a `Căn
    /// cứ` preamble's list each carry their own fields).
    func continuesListInClause(from end: Int, to start: Int) -> Bool {
        isListContinuation(from: end, to: start) && !(end..<start).contains { p[$0] == 0x3B }
    }
}

/// A set of type words the type-word reader matches (``Matcher/typeWord(endingAt:among:)``).
protocol TypeWordSet {
    /// The words, folded and without spaces, longest first.
    static var words: [(folded: [UInt8], type: String)] { get }
    /// ``words`` by their last two folded letters (``Vocabulary/typeWordsByEnding``).
    static var byEnding: WordKeyTable<(indices: [Int], longest: Int)> { get }
    /// The longest of ``words`` by their last four folded letters (``Vocabulary/typeWordsBySuffix``).
    static var bySuffix: WordKeyTable<Int> { get }
    /// The index of `Luật` (not a type word after `pháp`), or -1.
    static var lawIndex: Int { get }
}

/// ``Vocabulary/typeWords``: a mention's type word.
enum TypeWords: TypeWordSet {
    static var words: [(folded: [UInt8], type: String)] { Vocabulary.typeWords }
    static var byEnding: WordKeyTable<(indices: [Int], longest: Int)> { Vocabulary.typeWordsByEnding }
    static var bySuffix: WordKeyTable<Int> { Vocabulary.typeWordsBySuffix }
    static var lawIndex: Int { Vocabulary.lawTypeWord }
}

/// ``Vocabulary/typeWordsBeforeSo``: read before `số` only.
enum TypeWordsBeforeSo: TypeWordSet {
    static var words: [(folded: [UInt8], type: String)] { Vocabulary.typeWordsBeforeSo }
    static var byEnding: WordKeyTable<(indices: [Int], longest: Int)> { Vocabulary.typeWordsBeforeSoByEnding }
    static var bySuffix: WordKeyTable<Int> { Vocabulary.typeWordsBeforeSoBySuffix }
    static var lawIndex: Int { -1 }
}
