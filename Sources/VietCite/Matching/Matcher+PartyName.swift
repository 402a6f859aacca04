/// Party documents cited by name: resolutions of a plenum or a congress (`Nghị quyết Trung ương 4 (khóa XII)`,
/// `Nghị quyết Hội nghị Trung ương 11 khoá XIII`, `Nghị quyết Đại hội XIII của Đảng`,
/// `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh … lần thứ XVI`), `Điều lệ Đảng` and `Cương lĩnh chính trị`
/// (or `Cương lĩnh xây dựng đất nước …`).
extension Matcher {
    /// `Nghị quyết` followed by a plenum (`Trung ương 4`, `Hội nghị Trung ương 11`) or a congress (`Đại hội …`).
    func partyResolution(quyet: Range<Int>) -> Match? {
        // Cheap test first (most `quyết` are `Nghị quyết số …` or `Quyết định`): the word after it, across one or two
        // spaces, must begin as `Trung`, `Hội` or `Đại` do (`T`, `H`, `Đ` or `D`, either case).
        var after = quyet.upperBound
        guard after < count else { return nil }
        if p[after] == 0x20 {
            skipSpaces(&after, limit: 2)
        } else {
            // `Nghị quyết⏎Trung ương 4`: a line that only wraps its sentence.
            guard skipWrappedLineBreak(&after) else { return nil }
        }
        guard after < count else { return nil }
        let initial = p[after] | 0x20
        guard initial == 0x74 || initial == 0x68 || initial == 0x64
                || p[after] == 0xC4 && after + 1 < count && p[after + 1] & 0xFE == 0x90 else { return nil }
        guard let nghi = wordBefore(quyet.lowerBound), isWord(nghi, "nghi"),
              let next = wordAfter(quyet.upperBound) else { return nil }
        let typeStart = nghi.lowerBound
        if isWord(next, "dai"), let hoi = wordAfter(next.upperBound), isWord(hoi, "hoi") {
            return congressResolution(typeStart: typeStart, congress: next.lowerBound)
        }
        if isWord(next, "trung") || isWord(next, "hoi") || isCentralAbbreviation(next) {
            return plenumResolution(typeStart: typeStart, from: next.lowerBound)
        }
        return nil
    }

    /// True when the number at `start` may follow a central word (`TW4`, `TW 4`, `TƯ 4`, `Trung ương 4`): one byte
    /// test or two, in the scan's line, before ``abbreviatedPlenum(numberStart:)``.
    @_transparent
    func mayFollowCentralWord(_ start: Int) -> Bool {
        guard start > 5 else { return false }
        let end = p[start - 1] == 0x20 ? start - 1 : start
        switch p[end - 1] {
        case 0x57: return p[end - 2] == 0x54  // TW
        case 0xAF: return p[end - 2] == 0xC6 && p[end - 3] == 0x54  // TƯ
        case 0x67: return p[end - 2] == 0x6E && p[end - 3] == 0xA1 && p[end - 4] == 0xC6  // ương
        default: return false
        }
    }

    /// `NQ TW4`, `NQ TW 4 khóa XII`, `NQTW 4`, `NQ Trung ương 4`: the plenum's resolution abbreviated, its number at
    /// `numberStart`, read as `Nghị quyết Trung ương 4` is.
    @inline(never)
    func abbreviatedPlenum(numberStart start: Int) -> Match? {
        var cursor = start
        if p[cursor - 1] == 0x20 { cursor -= 1 }
        let central = Tokenizer.token(before: cursor, in: buffer)
        guard central.kind == .word, Int(central.end) == cursor else { return nil }
        let word = central.range
        var centralStart: Int
        var abbreviation: Range<Int>?
        if isWord(word, "uong") {
            guard let trung = wordBefore(word.lowerBound), isWord(trung, "trung") else { return nil }
            centralStart = trung.lowerBound
        } else {
            // `TW` or `TƯ` at the word's end, `NQ` glued before it or not.
            if word.count >= 2 && p[word.upperBound - 2] == 0x54 && p[word.upperBound - 1] == 0x57 {
                centralStart = word.upperBound - 2
            } else if word.count >= 3 && p[word.upperBound - 3] == 0x54 && p[word.upperBound - 2] == 0xC6
                        && p[word.upperBound - 1] == 0xAF {
                centralStart = word.upperBound - 3
            } else {
                return nil
            }
            if centralStart > word.lowerBound { abbreviation = word.lowerBound..<centralStart }
        }
        if abbreviation == nil { abbreviation = wordBefore(centralStart) }
        guard let abbreviation, abbreviation.count == 2, p[abbreviation.lowerBound] == 0x4E,
              p[abbreviation.lowerBound + 1] == 0x51 else { return nil }
        return plenumResolution(typeStart: abbreviation.lowerBound, from: centralStart)
    }

    /// `Trung ương 4 (khóa XII)`, `Hội nghị Trung ương 11 khoá XIII`, `Hội nghị lần thứ tư Ban Chấp hành Trung
    /// ương Đảng (khóa XII)`: the span runs through the term; there is no issuer phrase.
    private func plenumResolution(typeStart: Int, from start: Int) -> Match? {
        var cursor = start
        var end: Int?
        var sawCentral = false
        var sawNumber = false
        var afterOrdinal = false
        // `Nghị quyết Trung ương bốn khóa XII`: a plenum's number in words, taken only before its term.
        var spelled = false
        var words = 0
        while words < 16 {
            guard let word = cursor == start ? wordAt(start) : wordAfter(cursor) ?? numberAfter(cursor) else { break }
            words += 1
            if ByteClass.isDigit(p[word.lowerBound]) {
                guard sawCentral || afterOrdinal else { break }
                sawNumber = true
                end = word.upperBound
            } else if isWord(word, "trung"), let uong = wordAfter(word.upperBound), isWord(uong, "uong") {
                sawCentral = true
                cursor = uong.upperBound
                if sawNumber { end = cursor }
                continue
            } else if isCentralAbbreviation(word) || isWord(word, "bchtw") {
                // `TW` (or `TƯ`), as news write `Trung ương` (`Nghị quyết TW 4 khóa XII`), or with its plenum glued
                // (`TW4`).
                let glued = ByteClass.isDigit(p[word.upperBound - 1])
                sawCentral = true
                if sawNumber || glued { end = word.upperBound }
                sawNumber = sawNumber || glued
            } else if isWord(word, "dang") && sawCentral && sawNumber {
                end = word.upperBound
            } else if afterOrdinal && Self.ordinalWords.contains(wordKey(word)) {
                sawNumber = true
                end = word.upperBound
            } else if sawCentral && !sawNumber && Self.plenumNumberWords.contains(wordKey(word)) {
                sawNumber = true
                spelled = true
                end = word.upperBound
            } else if isWord(word, "thu") {
                afterOrdinal = true
            } else if !Self.plenumWords.contains(wordKey(word)) {
                break
            }
            cursor = word.upperBound
        }
        guard sawCentral, sawNumber, var end else { return nil }
        var match = Match(range: typeStart..<end, type: "Nghị quyết", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        var termCursor = end
        skipSpaces(&termCursor, limit: 2)
        if let (term, termEnd) = readTerm(at: termCursor) {
            match.term = term
            end = termEnd
        } else if spelled {
            return nil
        } else {
            // `Nghị quyết Trung ương 4, 5, 6 khóa XIII`: the term is written once, after the list.
            match.term = termAfterListedPlenums(from: end, atLeast: 1)
        }
        match.range = typeStart..<end
        match.fieldsEnd = end
        match.nameRange = match.range
        return match
    }

    /// True when an issuer's words open with `Hội nghị` (`Hội nghị Trung ương 6`, `Hội nghị lần thứ sáu Ban Chấp hành
    /// Trung ương`): a plenum.
    func namesPlenum(_ issuer: Range<Int>) -> Bool {
        guard issuer.lowerBound < count else { return false }
        let hoi = issuer.lowerBound..<Tokenizer.wordEnd(p, from: issuer.lowerBound, count)
        guard isWord(hoi, "hoi"), let nghi = wordAfter(hoi.upperBound) else { return false }
        return isWord(nghi, "nghi")
    }

    /// The name before the numeral of a congress's resolution that ends in its numeral, when another congress is
    /// listed after it (`Nghị quyết Đại hội ` of `Nghị quyết Đại hội X, XI của Đảng`), or nil.
    @inline(never)
    private func congressHead(_ name: Range<Int>, type: String?) -> Range<Int>? {
        guard name.upperBound < count, p[name.upperBound] == 0x2C || p[name.upperBound] == 0x20 else { return nil }
        let numeral = Tokenizer.token(before: name.upperBound, in: buffer).range
        guard isRoman(numeral), listedCongressNumeral(after: name.upperBound) != nil, type == "Nghị quyết"
        else { return nil }
        return name.lowerBound..<numeral.lowerBound
    }

    /// The plenum listed after the one at `previous` (the `5` and `6` of `Nghị quyết Trung ương 4, 5, 6 khóa XIII`),
    /// its number at `number`: one record each, named `Nghị quyết Trung ương 5`, with the term written after the list.
    /// `head` is the name before the first plenum's number.
    func listedPlenum(_ number: Range<Int>, after previous: Range<Int>, head: Range<Int>) -> Match? {
        guard listedPlenumNumber(after: previous.upperBound) == number, !countsSomething(after: number.upperBound)
        else { return nil }
        var match = Match(range: number, type: "Nghị quyết", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: false)
        match.nameRange = head
        match.term = termAfterListedPlenums(from: number.upperBound, atLeast: 0)
        return match
    }

    /// The name before the plenum's number of a plenum's resolution that ends in its number (`Nghị quyết Trung ương `
    /// of `Nghị quyết Trung ương 4`, its name `name` and its span `range`), or of one listed after it: plenums listed
    /// after it may follow. So may congresses after a congress's resolution (its issuer `issuer`) that ends in its
    /// numeral. (The bytes first: most names end in a letter.)
    func plenumHead(name: Range<Int>, range: Range<Int>, type: String?, issuer: Range<Int>?) -> Range<Int>? {
        if name.upperBound <= range.lowerBound { return name }
        guard name == range else { return nil }
        if endsInRomanLetter(name) { return issuer == nil ? nil : congressHead(name, type: type) }
        guard ByteClass.isDigit(p[name.upperBound - 1]), type == "Nghị quyết" else { return nil }
        var end = name.upperBound
        while end > name.lowerBound && ByteClass.isDigit(p[end - 1]) { end -= 1 }
        return name.lowerBound..<end
    }

    /// The term after at least `least` plenums' numbers listed after `end` (`, 5, 6 khóa XIII`), or nil.
    private func termAfterListedPlenums(from end: Int, atLeast least: Int) -> String? {
        var cursor = end
        var listed = 0
        while listed < 12, let number = listedPlenumNumber(after: cursor) {
            listed += 1
            cursor = number.upperBound
        }
        guard listed >= least else { return nil }
        skipSpaces(&cursor, limit: 2)
        return readTerm(at: cursor)?.0
    }

    /// Where the words after the list separator that follows `end` begin (`, `, ` và `, `, và `), or nil when none
    /// does.
    private func afterListSeparator(_ end: Int) -> Int? {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        var separated = false
        if cursor < count && p[cursor] == 0x2C {
            cursor += 1
            separated = true
        }
        if expectWord("va", &cursor) { separated = true }
        return separated ? cursor : nil
    }

    /// The number of a plenum listed after `end` (`, 5`, ` và 6`, `, và 6`): one or two digits that no digit, letter,
    /// code or date goes on from.
    private func listedPlenumNumber(after end: Int) -> Range<Int>? {
        guard var cursor = afterListSeparator(end) else { return nil }
        skipSpaces(&cursor, limit: 2)
        // (Across a line that only wraps the sentence: `các Nghị quyết TW 5,⏎6 khóa XIII`.)
        skipWrappedLineBreak(&cursor)
        let start = cursor
        while cursor < count && ByteClass.isDigit(p[cursor]) && cursor - start < 3 { cursor += 1 }
        guard cursor > start, cursor - start <= 2 else { return nil }
        if cursor < count {
            let next = p[cursor]
            if Tokenizer.isWordStart(p, cursor, count) || next == 0x2F || next == 0x2D || next == 0x25
                || next == 0x2E && cursor + 1 < count && ByteClass.isDigit(p[cursor + 1]) { return nil }
        }
        return start..<cursor
    }

    /// True for `TW` or `TƯ`, and for either with a plenum's number glued to it (`TW4`, `TƯ11`).
    private func isCentralAbbreviation(_ word: Range<Int>) -> Bool {
        guard word.count >= 2, p[word.lowerBound] == 0x54 else { return false }
        let prefix: Int
        if p[word.lowerBound + 1] == 0x57 {
            prefix = 2
        } else if word.count >= 3, p[word.lowerBound + 1] == 0xC6, p[word.lowerBound + 2] == 0xAF {
            prefix = 3
        } else {
            return false
        }
        return word.count <= prefix + 2 && word.dropFirst(prefix).allSatisfy { ByteClass.isDigit(p[$0]) }
    }

    /// `Đại hội XIII của Đảng`, `Đại hội Đảng bộ tỉnh lần thứ XIV`: the congress is the issuer and ends the span.
    private func congressResolution(typeStart: Int, congress: Int) -> Match? {
        var cursor = congress
        var end: Int?
        var words = 0
        var afterOrdinal = false
        var isNational = true
        guard let dai = wordAt(congress), let hoi = wordAfter(dai.upperBound) else { return nil }
        cursor = hoi.upperBound
        while words < 14, end == nil {
            guard let word = wordAfter(cursor) ?? numberAfter(cursor) else { break }
            words += 1
            let key = wordKey(word)
            if isRoman(word) && (afterOrdinal || word.count >= 2 || namesCongressAfter(numeral: word)) {
                end = word.upperBound
            } else if afterOrdinal && ByteClass.isDigit(p[word.lowerBound]) {
                end = word.upperBound
            } else if afterOrdinal && Self.ordinalWords.contains(key) {
                // `lần thứ mười bảy`: all its number words.
                end = ordinalWordsEnd(after: word.upperBound)
            } else if key == WordKey.thu {
                afterOrdinal = true
            } else if key == WordKey.bo {
                isNational = false
            } else if !isCapitalised(at: word.lowerBound) && !Self.congressWords.contains(key) {
                break
            }
            cursor = word.upperBound
        }
        guard var end else { return nil }
        let numeral = string(Tokenizer.token(before: end, in: buffer).range)
        // `của Đảng` (not `của Đảng bộ …`) completes the congress's name.
        if let party = ofThePartyEnd(after: end) { end = party }
        var match = Match(range: typeStart..<end, type: "Nghị quyết", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.issuerRange = congress..<end
        match.nameRange = match.range
        if isNational && Terms.romanValue(numeral) != nil { match.term = numeral }
        return match
    }

    /// True when a congress's one-letter numeral is one: `X` or `V` (`Nghị quyết Đại hội X đã nêu`), or `I` or `L`
    /// followed by `của Đảng` or by the next congress of a list (`Đại hội I, II`).
    @inline(never)
    private func namesCongressAfter(numeral: Range<Int>) -> Bool {
        let end = numeral.upperBound
        return p[numeral.lowerBound] == 0x58 || p[numeral.lowerBound] == 0x56 || ofThePartyEnd(after: end) != nil
            || listedCongressNumeral(after: end) != nil
    }

    /// The end of `của Đảng` after `end`, which completes a congress's name; nil when it is not there, or goes on as
    /// a Party committee's name (`của Đảng bộ tỉnh`).
    private func ofThePartyEnd(after end: Int) -> Int? {
        var probe = end
        guard expectWord("cua", &probe), expectWord("dang", &probe),
              wordAfter(probe).map({ !isWord($0, "bo") }) ?? true else { return nil }
        return probe
    }

    /// The congress listed after `end` (`, XI`, ` và XII`, `, và XII`, `, Đại hội XI`): where it starts (at `Đại` when
    /// the congress is named again) and its numeral, or nil.
    private func listedCongressNumeral(after end: Int) -> (start: Int, numeral: Range<Int>)? {
        guard let cursor = afterListSeparator(end), var numeral = wordAfter(cursor) else { return nil }
        let start = numeral.lowerBound
        if isWord(numeral, "dai"), isCapitalised(at: start), let hoi = wordAfter(numeral.upperBound),
           isWord(hoi, "hoi"), let next = wordAfter(hoi.upperBound) {
            numeral = next
        }
        guard isRoman(numeral), Terms.romanValue(string(numeral)) != nil else { return nil }
        return (start, numeral)
    }

    /// The congress listed after the one at `previous` (the `XI của Đảng` of `Nghị quyết Đại hội X, XI của Đảng`, the
    /// `Đại hội XI` of `Nghị quyết Đại hội X, Đại hội XI`): one record each, named and issued as the first with its
    /// own numeral (`Nghị quyết Đại hội XI của Đảng`, `Đại hội XI của Đảng`); `của Đảng` is in the last one's span.
    /// `head` is the name before the first numeral (`Nghị quyết Đại hội `), or before the congress named again
    /// (`Nghị quyết `).
    @inline(never)
    func listedCongress(after previous: Range<Int>, head: Range<Int>) -> Match? {
        guard let (start, numeral) = listedCongressNumeral(after: previous.upperBound),
              let nghi = wordAt(head.lowerBound), let quyet = wordAfter(nghi.upperBound) else { return nil }
        let end = ofThePartyEnd(after: numeral.upperBound) ?? numeral.upperBound
        var match = Match(range: start..<end, type: "Nghị quyết", number: nil, symbol: nil,
                          family: "name", issuerCode: nil, symbolYear: nil, hasTypeWord: false)
        var national = true
        if start < numeral.lowerBound {
            // Named again: `Nghị quyết ` and its own words.
            guard let congress = wordAfter(quyet.upperBound) else { return nil }
            match.nameRange = nghi.lowerBound..<min(congress.lowerBound, head.upperBound)
            match.issuerRange = match.range
        } else {
            guard let dai = wordAfter(quyet.upperBound), dai.lowerBound < head.upperBound, isWord(dai, "dai")
            else { return nil }
            match.nameRange = head
            match.issuerRange = dai.lowerBound..<head.upperBound
            forEachWord(in: dai.upperBound..<head.upperBound) { _, key in
                national = national && key != WordKey.bo
                return national
            }
        }
        if national { match.term = string(numeral) }
        match.fieldsEnd = end
        return match
    }

    /// `Điều lệ Đảng`, and the charters of the Front and the mass organizations (``organizationEnd(from:)``:
    /// `Điều lệ Công đoàn Việt Nam`, `Điều lệ Đoàn TNCS Hồ Chí Minh`). Other charters (`điều lệ công ty`, `Điều lệ
    /// Hội`) are the genre.
    func partyCharter(le: Range<Int>) -> Match? {
        guard let dieu = wordBefore(le.lowerBound), isWord(dieu, "dieu"), isCapitalised(at: dieu.lowerBound),
              let name = wordAfter(le.upperBound), isCapitalised(at: name.lowerBound)
        else { return nil }
        var end = name.upperBound
        if isWord(name, "dang") {
            var probe = end
            if expectWord("cong", &probe), expectWord("san", &probe), expectWord("viet", &probe),
               expectWord("nam", &probe) { end = probe }
        } else {
            guard let organization = organizationEnd(from: name) else { return nil }
            end = organization
        }
        var match = Match(range: dieu.lowerBound..<end, type: "Điều lệ", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = match.range
        return match
    }

    /// The end of the name of the Front or a mass organization that opens with `first`: `Công đoàn`, `Mặt trận` or
    /// `Hội …` named to `Việt Nam` within eight words (`Hội Liên hiệp Phụ nữ Việt Nam`, `Mặt trận Tổ quốc Việt Nam`);
    /// `Đoàn TNCS Hồ Chí Minh`, `Đoàn Thanh niên Cộng sản Hồ Chí Minh`, or `Đoàn` alone before no capitalised word
    /// (`Đoàn Luật sư …` is another body). Nil for any other name.
    private func organizationEnd(from first: Range<Int>) -> Int? {
        var probe = first.upperBound
        if isWord(first, "doan") {
            if expectWord("tncs", &probe) || expectWord("thanh", &probe) && expectWord("nien", &probe)
                && expectWord("cong", &probe) && expectWord("san", &probe) {
                guard expectWord("ho", &probe), expectWord("chi", &probe), expectWord("minh", &probe)
                else { return nil }
                return probe
            }
            if let next = wordAfter(first.upperBound), isCapitalised(at: next.lowerBound) { return nil }
            return first.upperBound
        }
        guard isWord(first, "hoi") || isWord(first, "cong") && expectWord("doan", &probe)
                || isWord(first, "mat") && expectWord("tran", &probe)
        else { return nil }
        var cursor = probe
        for _ in 0..<8 {
            guard let word = wordAfter(cursor) else { return nil }
            cursor = word.upperBound
            var nam = cursor
            if isWord(word, "viet"), expectWord("nam", &nam) { return nam }
        }
        return nil
    }

    /// `Cương lĩnh chính trị`, `Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội`; anchored
    /// on `lĩnh`. `Cương lĩnh` alone, or before other words, is the genre, not a document.
    func partyPlatform(linh: Range<Int>) -> Match? {
        guard let cuong = wordBefore(linh.lowerBound), isWord(cuong, "cuong"), isCapitalised(at: cuong.lowerBound)
        else { return nil }
        var end = linh.upperBound
        if expectWord("chinh", &end), expectWord("tri", &end) {
            // `Cương lĩnh chính trị`
        } else {
            end = linh.upperBound
            guard expectWord("xay", &end), expectWord("dung", &end), expectWord("dat", &end), expectWord("nuoc", &end)
            else { return nil }
            var probe = end
            if expectWord("trong", &probe), expectWord("thoi", &probe), expectWord("ky", &probe),
               expectWord("qua", &probe), expectWord("do", &probe), expectWord("len", &probe),
               expectWord("chu", &probe), expectWord("nghia", &probe), expectWord("xa", &probe),
               expectWord("hoi", &probe) { end = probe }
        }
        var match = Match(range: cuong.lowerBound..<end, type: "Cương lĩnh", number: nil, symbol: nil,
                          family: "name", issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = match.range
        return match
    }

    // MARK: - Words

    private static let ordinalWords = WordKeyTable(keys: [
        "nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "mot", "lam",
    ].map(WordKey.of))

    /// A plenum's number in words after `Trung ương` (`bốn`, `mười một`'s `mười`): the ordinals and `bốn`.
    private static let plenumNumberWords = WordKeyTable(keys: [
        "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin", "muoi",
    ].map(WordKey.of))

    private static let congressWords = WordKeyTable(keys: [
        "dai", "bieu", "dang", "bo", "toan", "quoc", "tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong",
        "cap", "lan", "khu", "vuc", "cac", "co", "so", "truc", "thuoc", "trung", "uong",
    ].map(WordKey.of))

    /// Words that may stand inside a plenum's name before its number (`Hội nghị lần thứ`, `Ban Chấp hành`, `BCH`).
    private static let plenumWords = WordKeyTable(keys: [
        "hoi", "nghi", "ban", "chap", "hanh", "lan", "dang", "toan", "the", "bch",
    ].map(WordKey.of))

    private func wordAt(_ start: Int) -> Range<Int>? {
        guard start < count, Tokenizer.isWordStart(p, start, count) else { return nil }
        return start..<Tokenizer.wordEnd(p, from: start, count)
    }

    private func numberAfter(_ end: Int) -> Range<Int>? {
        var cursor = end
        // On the next line of a wrapped sentence (`Nghị quyết Trung ương⏎4 khóa XI`), a space after it: a line that
        // opens with `4.` or `4)` is an item of a list.
        let wrapped = skipLineBreak(&cursor)
        guard cursor < count, wrapped || p[cursor] == 0x20 else { return nil }
        skipSpaces(&cursor, limit: 2)
        let start = cursor
        while cursor < count && ByteClass.isDigit(p[cursor]) && cursor - start < 3 { cursor += 1 }
        guard cursor > start,
              cursor == count || !ByteClass.isDigit(p[cursor]) && !Tokenizer.isWordStart(p, cursor, count),
              !wrapped || cursor < count && p[cursor] == 0x20
        else { return nil }
        return start..<cursor
    }

    /// True when the word is a Roman numeral of up to six letters (`XIII`).
    /// True when `range` ends in `I`, `V`, `X` or `L`, as a congress's numeral does: one byte test.
    @inline(__always)
    func endsInRomanLetter(_ range: Range<Int>) -> Bool {
        let last = p[range.upperBound - 1]
        return last == 0x49 || last == 0x56 || last == 0x58 || last == 0x4C
    }

    func isRoman(_ word: Range<Int>) -> Bool {
        guard word.count <= 6 else { return false }
        return word.allSatisfy { p[$0] == 0x49 || p[$0] == 0x56 || p[$0] == 0x58 || p[$0] == 0x4C }
    }
}
