/// Name-only mentions of laws, codes, ordinances and the constitution: `Luật Đất đai năm 2013`,
/// `Bộ luật Dân sự 2015`, `Luật Đầu tư công số 49/2014/QH13`, `Pháp lệnh …`, `Hiến pháp năm 2013`,
/// `Luật sửa đổi, bổ sung một số điều của Luật X và Luật Y`.
///
/// The scan stops at the `u` of `lu` (`Luật`) and at multi-byte letters that occur inside the other type words (`ế` of
/// `Hiến` and `quyết`, `ệ` of `lệnh` and `lệ`, `ĩ` of `lĩnh`), and, in a text that lost marks, at `e` or `ê` in the
/// letters of `quyết`, `hiến`, `lệnh` and `lệ` without their tone (`quyêt`, `Hien`, `lenh`); everything else is read
/// from there in bounded steps.
extension Matcher {
    // MARK: - Anchors

    /// The type word of a name-only mention, found by the letter the scan stopped at.
    enum NameAnchor {
        /// `lĩnh` (Cương lĩnh), `luật` (and OCR's `luât`, `luạt`), `quyết` (Nghị quyết), `hiến` (Hiến pháp), `lệnh`
        /// (Pháp lệnh), `lệ` (Điều lệ).
        case linh(Range<Int>), luat(Range<Int>), quyet(Range<Int>), hien(Range<Int>), lenh(Range<Int>), le(Range<Int>)
        /// `Luat` of text written without marks, read only before a name of the built-in list (`Luat Dat dai`).
        case plainLuat(Range<Int>)
        /// `lenh` of text written without marks (`Phap lenh`), read as `plainLuat` is.
        case plainLenh(Range<Int>)
    }

    /// The type word that holds the letter starting at `index`, if any: a few byte tests, inlined into the scan.
    /// Most of these letters stand in ordinary words (`thuật`, `kiến`, `hiện`), and nothing else is read for them.
    /// `@_transparent`, not `@inline(__always)`: the scan has grown past the size where the optimizer honours the
    /// latter, and a call here costs every such letter a returned optional in memory (callgrind: 0.15 instructions
    /// per byte of prose).
    @_transparent
    func nameAnchor(at index: Int) -> NameAnchor? {
        if p[index] == 0xC3 || p[index] | 0x20 == 0x65 { return unmarkedAnchor(at: index) }
        if p[index] < 0x80 {
            // The `u` of `luật` in any case, and as OCR writes it: its `a` with another mark (`Luât`, `Luạt`,
            // `Luất`); no other word is spelt `lu`, a marked `a` and `t`. `Luat` of text written without marks
            // (`Can cu Luat Dat dai nam 2013`) opens a mention only before a known name.
            guard lower(index - 1) == 0x6C else { return nil }
            if let vowelEnd = markedAEnd(at: index + 1), lower(vowelEnd) == 0x74,
               isWholeWord(index - 1..<vowelEnd + 1) {
                return .luat(index - 1..<vowelEnd + 1)
            }
            guard lower(index + 1) == 0x61, lower(index + 2) == 0x74, isWholeWord(index - 1..<index + 3) else {
                return nil
            }
            return .plainLuat(index - 1..<index + 3)
        }
        if p[index] == 0xC4 {
            guard lower(index - 1) == 0x6C, lower(index + 2) == 0x6E, lower(index + 3) == 0x68,
                  isWholeWord(index - 1..<index + 4) else { return nil }
            return .linh(index - 1..<index + 4)
        }
        guard index + 3 < count, p[index] == 0xE1 else { return nil }
        let second = p[index + 1]
        let third = p[index + 2]
        if second == 0xBA && (third == 0xBF || third == 0xBE) {
            if lower(index - 3) == 0x71, lower(index - 2) == 0x75, lower(index - 1) == 0x79, lower(index + 3) == 0x74,
               isWholeWord(index - 3..<index + 4) {
                return .quyet(index - 3..<index + 4)
            }
            if lower(index - 2) == 0x68, lower(index - 1) == 0x69, lower(index + 3) == 0x6E,
               isWholeWord(index - 2..<index + 4) {
                return .hien(index - 2..<index + 4)
            }
            return nil
        }
        if second == 0xBB && (third == 0x87 || third == 0x86), lower(index - 1) == 0x6C {
            if lower(index + 3) == 0x6E, lower(index + 4) == 0x68, isWholeWord(index - 1..<index + 5) {
                return .lenh(index - 1..<index + 5)
            }
            if isWholeWord(index - 1..<index + 3) { return .le(index - 1..<index + 3) }
        }
        return nil
    }

    /// The type word that holds the `e` or `ê` at `index`, after `l`, `y` or `i`: `quyết`, `hiến`, `lệnh` and `lệ`
    /// whose tone OCR lost (`Nghị quyêt Trung ương 4`, `Hiên pháp`, `Pháp lênh`, `Điều lê Đảng`) or that were written
    /// without marks (`Nghi quyet`, `Hien phap`, `Phap lenh`, `Dieu le`).
    @inline(never)
    func unmarkedAnchor(at index: Int) -> NameAnchor? {
        guard index > 0 else { return nil }
        // `ê` is two bytes (C3 AA, C3 8A), `e` one.
        let end = p[index] == 0xC3 ? index + 2 : index + 1
        guard end <= count else { return nil }
        if lower(index - 1) == 0x79 {
            guard index >= 3, lower(index - 3) == 0x71, lower(index - 2) == 0x75, lower(end) == 0x74,
                  isWholeWord(index - 3..<end + 1) else { return nil }
            return .quyet(index - 3..<end + 1)
        }
        if lower(index - 1) == 0x69 {
            guard index >= 2, lower(index - 2) == 0x68, lower(end) == 0x6E, isWholeWord(index - 2..<end + 1) else {
                return nil
            }
            return .hien(index - 2..<end + 1)
        }
        guard lower(index - 1) == 0x6C else { return nil }
        if lower(end) == 0x6E, lower(end + 1) == 0x68, isWholeWord(index - 1..<end + 2) {
            return end == index + 1 ? .plainLenh(index - 1..<end + 2) : .lenh(index - 1..<end + 2)
        }
        return isWholeWord(index - 1..<end) ? .le(index - 1..<end) : nil
    }

    /// True for a type word that lost its marks: `Luat` without them, `Luât` with OCR's wrong mark on its `a`.
    func isUnmarked(_ anchor: NameAnchor) -> Bool {
        switch anchor {
        case .plainLuat, .plainLenh: return true
        // `ậ` is E1 BA AC (capital) or AD.
        case .luat(let word): return !(p[word.lowerBound + 2] == 0xE1 && p[word.lowerBound + 4] & 0xFE == 0xAC)
        default: return false
        }
    }

    /// The end of an `a` at `index` in either case with a mark (`à`, `á`, `â`, `ã`, `ă`, `ạ`…`ặ`), or nil.
    @_transparent
    func markedAEnd(at index: Int) -> Int? {
        guard index + 2 < count else { return nil }
        let byte = p[index]
        // C3 80–83 and A0–A3 (`À`–`Ã`, `à`–`ã`), C4 82–83 (`Ă`, `ă`), E1 BA A0–B7 (`Ạ`–`ặ`).
        if byte == 0xC3 && p[index + 1] & 0xDC == 0x80 || byte == 0xC4 && p[index + 1] & 0xFE == 0x82 {
            return index + 2
        }
        if byte == 0xE1 && p[index + 1] == 0xBA && p[index + 2] >= 0xA0 && p[index + 2] <= 0xB7 { return index + 3 }
        return nil
    }

    /// The name-only mention a type word opens, if any; read outside the scan's loop, once a type word is found.
    @inline(never)
    func nameMatch(_ anchor: NameAnchor) -> Match? {
        switch anchor {
        case .linh(let word): return partyPlatform(linh: word)
        case .luat(let word): return lawWord(word)
        case .plainLuat(let word): return lawWord(word, plain: true)
        case .quyet(let word): return partyResolution(quyet: word)
        case .hien(let word): return constitution(hien: word)
        case .lenh(let word), .plainLenh(let word):
            // lệnh (Pháp lệnh)
            guard let phapWord = wordBefore(word.lowerBound), isWord(phapWord, "phap") else { return nil }
            // `Phap lenh`, all without marks, takes a name of the built-in list only, as `Luat` does.
            guard case .plainLenh = anchor else {
                return nameMention(typeRange: phapWord.lowerBound..<word.upperBound, type: "Pháp lệnh")
            }
            guard phapWord.allSatisfy({ p[$0] < 0x80 }) else { return nil }
            return nameMention(typeRange: phapWord.lowerBound..<word.upperBound, type: "Pháp lệnh", plain: true)
        case .le(let word): return partyCharter(le: word)
        }
    }

    /// `Luật`, `Bộ luật`; not `pháp luật`, `kỷ luật`, `đại học Luật`, `dự luật`.
    private func lawWord(_ word: Range<Int>, plain: Bool = false) -> Match? {
        if let before = wordBefore(word.lowerBound) {
            let key = wordKey(before)
            if key == WordKey.bo && isBo(before) {
                return nameMention(typeRange: before.lowerBound..<word.upperBound, type: "Bộ luật", plain: plain)
            }
            if LawNames.notBefore.contains(key) || isDu(before) { return nil }
        }
        return nameMention(typeRange: word, type: "Luật", plain: plain)
    }

    /// `dự` (`Dự luật Đất đai (sửa đổi)`, a draft, not an issued law), in any case; not `dù` (`mặc dù Luật …`).
    @inline(never)
    private func isDu(_ word: Range<Int>) -> Bool {
        word.count == 4 && p[word.lowerBound] | 0x20 == 0x64 && p[word.lowerBound + 1] == 0xE1
            && p[word.lowerBound + 2] == 0xBB && p[word.lowerBound + 3] & 0xFE == 0xB0
    }

    /// `bộ`, `Bộ`, `BỘ`, `bo`, or `bô` (OCR's `bộ` without its dot), not `bố` (`công bố Luật`): the folded key is the
    /// same, the vowel is read as written.
    @inline(never)
    func isBo(_ word: Range<Int>) -> Bool {
        let vowel = word.lowerBound + 1
        return p[vowel] == 0x6F
            || word.count == 4 && p[vowel] == 0xE1 && p[vowel + 1] == 0xBB && p[vowel + 2] & 0xFE == 0x98
            || word.count == 3 && p[vowel] == 0xC3 && p[vowel + 1] & 0xDF == 0x94
    }

    /// `Hiến pháp năm 2013`, `Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam`; a bare `Hiến pháp` only as a
    /// basis (`Căn cứ Hiến pháp …`).
    private func constitution(hien: Range<Int>) -> Match? {
        guard let phapWord = wordAfter(hien.upperBound), isWord(phapWord, "phap") else { return nil }
        var end = phapWord.upperBound
        var nameEnd = end
        var matched = true
        for word in ["nuoc", "cong", "hoa", "xa", "hoi", "chu", "nghia", "viet", "nam"] {
            guard let next = wordAfter(end), foldedWord(next) == Array(word.utf8) else {
                matched = false
                break
            }
            end = next.upperBound
        }
        if matched { nameEnd = end }
        var match = Match(range: hien.lowerBound..<nameEnd, type: "Hiến pháp", number: nil, symbol: nil,
                          family: "name", issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = match.range
        attachYear(to: &match)
        if !matched && match.year == nil {
            guard let before = wordBefore(hien.lowerBound), isWord(before, "cu"),
                  let can = wordBefore(before.lowerBound), isWord(can, "can") else { return nil }
        }
        readFields(into: &match)
        return match
    }

    // MARK: - Names

    /// The name after a type word, then what is attached to it: a year (`năm 2013`, `2015`) or a number
    /// (`số 49/2014/QH13`). Returns nil when no name follows (`Luật này`, `luật sư`, `Luật số 94/2025/QH15`). A `plain`
    /// type word, written without marks, takes only a name of the built-in list, compared without marks.
    func nameMention(typeRange: Range<Int>, type: String, plain: Bool = false) -> Match? {
        guard let first = wordAfter(typeRange.upperBound) ?? capitalisedWordOnNextLine(after: typeRange) else {
            return nil
        }
        if isWord(first, "so") && !hasHornO(first) || isWord(first, "nay")
            || isWord(first, "do") && !isCapitalised(at: first.lowerBound)
            || type == "Luật" && isWord(first, "su") {
            // (`Luật Sư Trần Thị B`: a lawyer, the title in capitals.)
            return nil
        }
        var nameEnd: Int
        if type == "Luật" || type == "Pháp lệnh", isWord(first, "sua"),
           let amended = amendingLawEnd(after: first, ordinance: type == "Pháp lệnh") {
            // (Without marks too: `Luat sua doi, bo sung mot so dieu cua Luat Can bo, cong chuc …` is no common word.)
            nameEnd = amended
        } else if plain {
            guard let known = plainKnownNameEnd(at: first.lowerBound) else { return nil }
            nameEnd = known
        } else if let known = knownNameEnd(at: first.lowerBound) ?? plainKnownNameEnd(at: first.lowerBound) {
            // A name of the list with a mark OCR lost or misread (`Pháp lệnh Ưu đãi người có công với cách mang`),
            // compared without marks when it does not match as written. A longer name the list lacks, read on to the
            // number, year or date the mention attaches (`Luật Doanh nghiệp nhà nước số 39/2003/QH11`), is that name;
            // not one that ends in another type word, whose number that is (`LUẬT QUẢN LÝ THUẾ VÀ NGHỊ ĐỊNH⏎SỐ
            // 126/2020/NĐ-CP`, a title in capitals wrapped before `SỐ`).
            let longer = isCapitalised(at: first.lowerBound)
                ? nameEndHeuristic(first: first, allCaps: isAllCaps(typeRange) && isAllCaps(first)) : known
            nameEnd = longer > known && attachmentFollows(longer) && typeWord(endingAt: longer) == nil ? longer : known
        } else {
            guard isCapitalised(at: first.lowerBound) else { return nil }
            nameEnd = nameEndHeuristic(first: first, allCaps: isAllCaps(typeRange) && isAllCaps(first))
        }
        // `Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019`: the law that amends both, named as pages shorten it.
        if type == "Luật", !plain, let joint = jointlyAmendedNameEnd(after: nameEnd) { nameEnd = joint }
        var match = Match(range: typeRange.lowerBound..<nameEnd, type: type, number: nil, symbol: nil,
                          family: "name", issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = match.range
        // `Luật Đầu tư công số 49/2014/QH13`: the number belongs to the name's mention; so it does after the year
        // (`Bộ luật Lao động 2019 số 45/2019/QH14`).
        if let numbered = numberedName(match, after: nameEnd) { return numbered }
        attachYear(to: &match)
        if match.year != nil, let numbered = numberedName(match, after: match.range.upperBound) { return numbered }
        readFields(into: &match)
        return match
    }

    /// The name's mention `match` with the number `số 49/2014/QH13` that follows `end`, or nil.
    private func numberedName(_ match: Match, after end: Int) -> Match? {
        var cursor = end
        guard expectWord("so", &cursor) else { return nil }
        skipSpaces(&cursor, limit: 2)
        if cursor < count && p[cursor] == 0x3A {
            cursor += 1
            skipSpaces(&cursor, limit: 2)
        }
        // `số` that ends a line only wraps its sentence.
        _ = skipLineBreak(&cursor)
        guard cursor < count, ByteClass.isDigit(p[cursor]), let symbol = readSymbol(at: cursor) else { return nil }
        var numbered = symbolMatch(symbol, numberStart: cursor, previous: nil)
        numbered.range = match.range.lowerBound..<numbered.range.upperBound
        numbered.type = match.type
        numbered.hasTypeWord = true
        numbered.nameRange = match.nameRange
        numbered.year = match.year
        numbered.warnings = match.warnings + numbered.warnings
        return numbered
    }

    /// The capitalised word that opens the next line when the type word ends its line but does not open it
    /// (`Căn cứ Bộ luật⏎Lao động`; a title alone on its line, `LUẬT⏎ĐẤT ĐAI`, is the document's own).
    private func capitalisedWordOnNextLine(after typeRange: Range<Int>) -> Range<Int>? {
        var cursor = typeRange.upperBound
        skipSpaces(&cursor, limit: 2)
        if cursor < count && p[cursor] == 0x0D { cursor += 1 }
        guard cursor < count, p[cursor] == 0x0A else { return nil }
        cursor += 1
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count), isCapitalised(at: cursor) else { return nil }
        // Not a heading in capitals under a type word that is not (`Về việc công bố Luật⏎CHỦ TỊCH NƯỚC …`).
        let firstEnd = Tokenizer.wordEnd(p, from: cursor, count)
        if isAllCaps(cursor..<firstEnd), !isAllCaps(typeRange), let second = wordAfter(firstEnd),
           !ByteClass.isDigit(p[second.lowerBound]), isAllCaps(second) {
            return nil
        }
        var lineStart = typeRange.lowerBound
        while lineStart > 0 && p[lineStart - 1] != 0x0A {
            lineStart -= 1
            if p[lineStart] != 0x20 && p[lineStart] != 0x09 && p[lineStart] != 0x0D {
                return cursor..<Tokenizer.wordEnd(p, from: cursor, count)
            }
        }
        return nil
    }

    /// True when the word's vowel is `ơ` with any tone: `Sở` (`Luật Sở hữu trí tuệ`), which folds to `so` as `số` does.
    /// Read on the bytes of the normalized (NFC) text: `Ơ` `ơ` are `C6 A0` `C6 A1`, the toned ones U+1EDA–U+1EE3,
    /// `E1 BB 9A`–`E1 BB A3` (`số` is `E1 BB 91`).
    func hasHornO(_ word: Range<Int>) -> Bool {
        var index = word.lowerBound
        while index + 1 < word.upperBound {
            let lead = p[index]
            if lead == 0xC6 && p[index + 1] & 0xFE == 0xA0 { return true }
            if lead == 0xE1 && index + 2 < word.upperBound && p[index + 1] == 0xBB
                && p[index + 2] >= 0x9A && p[index + 2] <= 0xA3 {
                return true
            }
            index += 1
        }
        return false
    }

    /// `năm 2013` or a bare `2015` directly after a name: part of the span, and the mention's `year`. A law's
    /// revision stated between the two is part of the span too (`Luật Nhà ở (sửa đổi) năm 2023`).
    private func attachYear(to match: inout Match) {
        var cursor = amendedMarkEnd(after: match.range.upperBound) ?? match.range.upperBound
        var probe = cursor
        if expectWord("nam", &probe) { cursor = probe }
        skipSpaces(&cursor, limit: 2)
        // A line that only wraps its sentence before the year (`Luật Bảo hiểm xã hội năm⏎2024`, text from PDF).
        skipWrappedLineBreak(&cursor)
        let start = cursor
        var value = 0
        // OCR's letters for digits are read as the digits (`Luật Thủy sản năm 2O17`), at most two of them, after a
        // digit; the normalizer leaves a year alone in prose as written, so the mention says it read them.
        var misread = 0
        while cursor < count && cursor - start < 5 {
            let byte = p[cursor]
            if ByteClass.isDigit(byte) {
                value = value * 10 + Int(byte - 0x30)
            } else if cursor > start && OCRDigits.isConfusable(byte) {
                value = value * 10 + (byte == 0x4F || byte == 0x6F ? 0 : 1)
                misread += 1
            } else {
                break
            }
            cursor += 1
        }
        guard cursor - start == 4, misread <= 2, (1945...2099).contains(value), start > match.range.upperBound,
              yearEndsAlone(at: cursor) else { return }
        match.year = value
        match.range = match.range.lowerBound..<cursor
        match.fieldsEnd = cursor
        if misread > 0 { match.warnings.append("repaired-year") }
    }

    /// The end of the second law's name in `… và Luật Y sửa đổi 2019` (or `(sửa đổi) năm 2019`) after the first's
    /// name ends at `end`: the two named as the one law that amends both; nil when no such words follow.
    private func jointlyAmendedNameEnd(after end: Int) -> Int? {
        var cursor = end
        guard expectWord("va", &cursor), expectWord("luat", &cursor), let first = wordAfter(cursor),
              isCapitalised(at: first.lowerBound) else { return nil }
        let secondEnd = knownNameEnd(at: first.lowerBound) ?? nameEndHeuristic(first: first, allCaps: false)
        guard var year = amendedMarkEnd(after: secondEnd) else { return nil }
        _ = expectWord("nam", &year)
        skipSpaces(&year, limit: 2)
        var digits = 0
        while year + digits < count && ByteClass.isDigit(p[year + digits]) { digits += 1 }
        return digits == 4 ? secondEnd : nil
    }

    /// The end of `(sửa đổi)` or `(sửa đổi, bổ sung)` after `end`, or of the same words without parentheses
    /// (`Luật Đất đai sửa đổi 2024`: the caller keeps them only before a year), or nil.
    func amendedMarkEnd(after end: Int) -> Int? {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        let parenthesised = cursor < count && p[cursor] == 0x28
        if parenthesised { cursor += 1 }
        guard expectWord("sua", &cursor), expectWord("doi", &cursor) else { return nil }
        var more = cursor
        if more < count && p[more] == 0x2C { more += 1 }
        if expectWord("bo", &more) && expectWord("sung", &more) { cursor = more }
        guard parenthesised else { return cursor }
        skipSpaces(&cursor, limit: 2)
        guard cursor < count && p[cursor] == 0x29 else { return nil }
        return cursor + 1
    }

    /// A name from the built-in vocabulary written without marks starting at `start` (`Dat dai`, `To chuc Chinh
    /// phu`): its end, longest name first. Words are compared folded, across spaces, commas and one line break.
    private func plainKnownNameEnd(at start: Int) -> Int? {
        guard start < count, Tokenizer.isWordStart(p, start, count) else { return nil }
        var end = Tokenizer.wordEnd(p, from: start, count)
        guard end - start <= 24, let names = LawNames.knownFoldedWords[foldedWord(start..<end)] else { return nil }
        let longest = names.reduce(0) { max($0, $1.count) }
        var words = [foldedWord(start..<end)]
        var ends = [end]
        var lineBreaks = 0
        while words.count < longest {
            var next = end
            while next < count && next - end < 4 && (p[next] == 0x20 || p[next] == 0x2C || p[next] == 0x0A) {
                if p[next] == 0x0A { lineBreaks += 1 }
                next += 1
            }
            guard lineBreaks <= 1, next < count, Tokenizer.isWordStart(p, next, count) else { break }
            end = Tokenizer.wordEnd(p, from: next, count)
            words.append(foldedWord(next..<end))
            ends.append(end)
        }
        var best = 0
        for name in names where name.count <= words.count && name.count > best
            && name.elementsEqual(words.prefix(name.count)) {
            best = name.count
        }
        return best > 0 ? ends[best - 1] : nil
    }

    /// A name from the built-in vocabulary starting at `start`: its end, longest name first.
    private func knownNameEnd(at start: Int) -> Int? {
        guard start < count, Tokenizer.isWordStart(p, start, count) else { return nil }
        let firstEnd = Tokenizer.wordEnd(p, from: start, count)
        guard firstEnd - start <= 24, let names = LawNames.knownByFoldedFirstWord[foldedWord(start..<firstEnd)] else {
            return nil
        }
        // Read only as far as the longest name with this first word needs (the tone-neutral key costs per byte).
        let longest = names.reduce(0) { max($0, $1.utf8.count) }
        // A toned letter takes up to half as many bytes again as its tone-neutral form (`ợ` 3, `ơ` 2). One line break
        // may stand inside the name (`Luật Tổ chức chính quyền địa⏎phương`, text from PDF and OCR): the key reads it,
        // and any run of spaces, as one space. So may a second that only wraps the line of a word OCR broke off
        // (`Luật Tổ chức⏎chính⏎quyền địa phương`).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(longest + longest / 2 + 8)
        var lineEnd = start
        var lineBreaks = 0
        let limit = min(count, start + 4 * (longest + 8))
        while lineEnd < limit && bytes.count < longest + longest / 2 + 8 && p[lineEnd] != 0x3B && p[lineEnd] != 0x2E {
            let byte = p[lineEnd]
            if byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 {
                if byte == 0x0A {
                    lineBreaks += 1
                    if lineBreaks > 2 || lineBreaks == 2 && softLineBreakEnd(at: lineEnd) == nil { break }
                }
                if bytes.last != 0x20 { bytes.append(0x20) }
            } else {
                bytes.append(byte)
            }
            lineEnd += 1
        }
        let key = VietnameseKey.toneNeutral(String(decoding: bytes, as: UTF8.self))
        var best: String?
        for name in names where key.hasPrefix(name) && (best?.count ?? 0) < name.count {
            let rest = key.dropFirst(name.count)
            if let next = rest.unicodeScalars.first,
               next.properties.isAlphabetic || next.properties.numericType != nil {
                continue
            }
            best = name
        }
        guard let best else { return nil }
        // Walk the same number of words in the text.
        var remaining = best.split(separator: " ").count
        var cursor = start
        var end = start
        while remaining > 0, cursor < count {
            if Tokenizer.isWordStart(p, cursor, count) {
                end = Tokenizer.wordEnd(p, from: cursor, count)
                cursor = end
                remaining -= 1
            } else {
                cursor += 1
            }
        }
        return end
    }

    /// Capitalised first word, then words until a stop word, punctuation, a line break or ten words.
    private func nameEndHeuristic(first: Range<Int>, allCaps: Bool) -> Int {
        var end = ampersandJoinedEnd(first)
        var words = 1
        while words < 10 {
            var cursor = end
            var afterComma = false
            if cursor < count && p[cursor] == 0x2C {
                afterComma = true
                cursor += 1
            }
            guard cursor < count, p[cursor] == 0x20 else { break }
            skipSpaces(&cursor, limit: 2)
            guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { break }
            let wordEnd = Tokenizer.wordEnd(p, from: cursor, count)
            let capitalised = isCapitalised(at: cursor)
            let raw = Array(UnsafeBufferPointer(rebasing: buffer[cursor..<wordEnd]))
            if allCaps {
                guard isAllCaps(cursor..<wordEnd) else { break }
            } else if afterComma {
                guard !capitalised, LawNames.commaContinuations.contains(raw) else { break }
            } else if !capitalised {
                // `số` ends a name before its number (`Luật Đầu tư công số 49/2014/QH13`); else it is part of the name
                // (`Luật Chuyển đổi số năm 2025`).
                if LawNames.stopWords.contains(raw) && !(raw == LawNames.so && !numberFollows(wordEnd)) { break }
                if raw == Array("quy".utf8), let next = wordAfter(wordEnd), isWord(next, "dinh") { break }
            } else if typeWord(endingAt: wordEnd)?.start == cursor {
                break
            }
            end = ampersandJoinedEnd(cursor..<wordEnd)
            words += 1
        }
        return end
    }

    /// True when `số`, `năm` or `ngày` and a digit follow `end`: what a name's mention attaches (`… số 39/2003/QH11`,
    /// `… năm 2003`, `… ngày 26/11/2003`).
    private func attachmentFollows(_ end: Int) -> Bool {
        var cursor = end
        guard expectWord("so", &cursor) || expectWord("nam", &cursor) || expectWord("ngay", &cursor) else {
            return false
        }
        skipSpaces(&cursor, limit: 2)
        return cursor < count && ByteClass.isDigit(p[cursor])
    }

    /// True when a number (or OCR's letter for a digit, `O3/…`), or `:` or `hiệu` (`số hiệu`), follows `end`.
    private func numberFollows(_ end: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        guard cursor < count else { return false }
        if ByteClass.isDigit(p[cursor]) || p[cursor] == 0x3A { return true }
        if OCRDigits.isConfusable(p[cursor]), cursor + 1 < count, ByteClass.isDigit(p[cursor + 1]) { return true }
        var after = cursor
        return expectWord("hieu", &after)
    }

    /// The end of the capitals joined by `&` to the word in capitals at `word` (`Luật HN&GĐ 2014`, `Luật KH&CN`; read
    /// as an issuer's are, ``abbreviationAfter(_:)``), else the word's end.
    private func ampersandJoinedEnd(_ word: Range<Int>) -> Int {
        var end = word.upperBound
        guard end + 1 < count, p[end] == 0x26, isAllCaps(word) else { return end }
        while let joined = abbreviationAfter(end), isAllCaps(end + 1..<joined) { end = joined }
        return end
    }

    /// `sửa đổi, bổ sung [một số điều của] Luật X [năm …] [, và] Luật Y …`: the end of the last amended name. Of an
    /// `ordinance` (`Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cán bộ, công chức`), the ordinances it
    /// amends.
    private func amendingLawEnd(after sua: Range<Int>, ordinance: Bool = false) -> Int? {
        var cursor = sua.upperBound
        guard expectWord("doi", &cursor) else { return nil }
        // News shorten the title: `Luật sửa đổi Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản`.
        var added = cursor
        if added < count && p[added] == 0x2C { added += 1 }
        if expectWord("bo", &added), expectWord("sung", &added) { cursor = added }
        var probe = cursor
        if expectWord("mot", &probe), expectWord("so", &probe), expectWord("dieu", &probe), expectWord("cua", &probe) {
            cursor = probe
            if !ordinance, let laws = amendedLawsEnd(after: cursor) { return laws }
        }
        var end: Int?
        var laws = 0
        var yearsRead = 0
        // Where the last law's name ends before its year, when it has one; and before its number.
        var lastBeforeYear: Int?
        var numbersRead = 0
        var lastBeforeNumber: Int?
        while true {
            var typeEnd = cursor
            var probe = cursor
            if ordinance {
                guard expectWord("phap", &probe), expectWord("lenh", &probe) else { break }
                typeEnd = probe
            } else if expectWord("bo", &probe), expectWord("luat", &probe) {
                typeEnd = probe
            } else if expectWord("luat", &probe) {
                typeEnd = probe
            } else {
                break
            }
            guard let first = wordAfter(typeEnd) else { break }
            let nameEnd: Int
            if let known = knownNameEnd(at: first.lowerBound) ?? plainKnownNameEnd(at: first.lowerBound) {
                nameEnd = known
            } else if isCapitalised(at: first.lowerBound) {
                nameEnd = nameEndHeuristic(first: first, allCaps: false)
            } else {
                break
            }
            var afterYear = nameEnd
            var yearProbe = nameEnd
            if expectWord("nam", &yearProbe) {
                // (Across a line that only wraps the title: `… Luật Đất đai năm⏎2024`.)
                if !skipSpaces(&yearProbe, limit: 2) { skipWrappedLineBreak(&yearProbe) }
                var digits = 0
                while yearProbe < count && ByteClass.isDigit(p[yearProbe]) {
                    yearProbe += 1
                    digits += 1
                }
                if digits == 4 { afterYear = yearProbe }
            }
            laws += 1
            let hasYear = afterYear > nameEnd
            if hasYear { yearsRead += 1 }
            // `… của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và …`: the numbers of the amended laws
            // are part of the title too.
            let yearEnd = afterYear
            var numberProbe = afterYear
            lastBeforeNumber = nil
            if expectWord("so", &numberProbe) {
                if !skipSpaces(&numberProbe, limit: 2) { skipWrappedLineBreak(&numberProbe) }
                if numberProbe < count, ByteClass.isDigit(p[numberProbe]), let symbol = readSymbol(at: numberProbe) {
                    lastBeforeNumber = afterYear
                    numbersRead += 1
                    afterYear = symbol.end
                }
            }
            lastBeforeYear = hasYear && afterYear == yearEnd ? nameEnd : nil
            end = afterYear
            cursor = afterYear
            if cursor < count && p[cursor] == 0x2C { cursor += 1 }
            var separator = cursor
            if expectWord("va", &separator) { cursor = separator }
        }
        // The years of the amended laws are part of the title; the amending law's own year is attached later. Of a
        // list of laws where only the last has a year (`… của Luật Chứng khoán, Luật Kế toán, Luật Ngân sách nhà nước
        // năm 2024`), the year is the amending law's.
        // So is the number of such a list (`… của Luật Chứng khoán, …, Luật Xử lý vi phạm hành chính số 56/2024/QH15`):
        // the mention's symbol, read after the name.
        guard let end else { return nil }
        if laws > 1 && numbersRead == 1, let lastBeforeNumber {
            return lastBeforeNumber
        }
        if laws > 1 && yearsRead == 1, let lastBeforeYear, end > lastBeforeYear {
            return lastBeforeYear
        }
        return end
    }

    /// `37 Luật có liên quan đến quy hoạch`, `các luật về thuế`: laws amended together, named by what they share,
    /// after `một số điều của`. The end of the last word before a date, a number, punctuation or a line break
    /// (at most eight words), or nil.
    private func amendedLawsEnd(after cua: Int) -> Int? {
        var cursor = cua
        skipSpaces(&cursor, limit: 2)
        var digits = 0
        while cursor < count && ByteClass.isDigit(p[cursor]) && digits < 3 {
            cursor += 1
            digits += 1
        }
        guard digits > 0 || expectWord("cac", &cursor), expectWord("luat", &cursor) else { return nil }
        var probe = cursor
        if expectWord("co", &probe), expectWord("lien", &probe), expectWord("quan", &probe) {
            var to = probe
            if expectWord("den", &to) || expectWord("toi", &to) { probe = to }
        } else if !expectWord("ve", &probe) {
            return nil
        }
        var end: Int?
        for _ in 0..<8 {
            guard let word = wordAfter(probe), !ByteClass.isDigit(p[word.lowerBound]),
                  !isWord(word, "ngay"), !isWord(word, "so"), !isWord(word, "nam"), !isWord(word, "cua"),
                  !isWord(word, "duoc"), !isWord(word, "da") else { break }
            end = word.upperBound
            probe = word.upperBound
        }
        return end
    }

    // MARK: - Words

    /// The byte at `index` in ASCII lower case, or 0 outside the buffer.
    @inline(__always)
    func lower(_ index: Int) -> UInt8 {
        guard index >= 0 && index < count else { return 0 }
        return p[index] | 0x20
    }

    /// True when no letter or digit touches the range on either side.
    func isWholeWord(_ range: Range<Int>) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= count else { return false }
        if range.lowerBound > 0 && isLetterOrDigit(before: range.lowerBound) { return false }
        if range.upperBound < count && (Tokenizer.isWordStart(p, range.upperBound, count)
            || ByteClass.isDigit(p[range.upperBound])) { return false }
        return true
    }

    /// The word after `end`, across one or two spaces or a line break that only wraps its sentence
    /// (``softLineBreakEnd(at:)``).
    func wordAfter(_ end: Int) -> Range<Int>? {
        var cursor = end
        guard cursor < count else { return nil }
        if p[cursor] != 0x20 {
            // Across a line that only wraps its sentence (`Luật Tổ chức Chính phủ và Luật⏎Tổ chức chính quyền …`).
            guard skipWrappedLineBreak(&cursor), Tokenizer.isWordStart(p, cursor, count) else { return nil }
            return cursor..<Tokenizer.wordEnd(p, from: cursor, count)
        }
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        return cursor..<Tokenizer.wordEnd(p, from: cursor, count)
    }

    /// The word before `start`, across one or two spaces or a line break that only wraps its sentence.
    func wordBefore(_ start: Int) -> Range<Int>? {
        var cursor = start
        // Across a line that only wraps its sentence (`Nghị⏎quyết Đại hội XIII`).
        if let end = wrappedLineEnd(before: start) {
            let token = Tokenizer.token(before: end, in: buffer)
            return token.kind == .word && Int(token.end) == end ? token.range : nil
        }
        var spaces = 0
        while cursor > 0 && p[cursor - 1] == 0x20 && spaces < 2 {
            cursor -= 1
            spaces += 1
        }
        guard spaces > 0, cursor > 0 else { return nil }
        let token = Tokenizer.token(before: cursor, in: buffer)
        return token.kind == .word ? token.range : nil
    }

    /// True when every letter of the range is upper case (`LUẬT`, `ĐẤT`).
    func isAllCaps(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Decoding.decode(p, index, count)
            if scalar < 0x80 {
                if ByteClass.isASCIILetter(UInt8(scalar)) && !ByteClass.isUpperASCII(UInt8(scalar)) { return false }
            } else if scalar != 0x110, let letter = VietnameseLetters.letter(scalar), !letter.isUpper {
                return false
            } else if scalar == 0x111 {
                return false
            }
            index += length
        }
        return true
    }
}
