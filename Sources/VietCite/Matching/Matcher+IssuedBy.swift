extension Matcher {
    /// `do X ban hành [ngày DATE]` or `được X ban hành …` after a mention, the issuer stated as the agent (`Quyết định
    /// số 2345/QĐ-UBND do UBND Thành phố ban hành ngày 3/4/2024`, `Nghị định số 15/2020/NĐ-CP được Chính phủ ban hành
    /// ngày 03/02/2020`), also with `ký`, `ký ban hành`, `phát hành` or `thông qua` (`Luật … được Quốc hội thông qua
    /// ngày …`). Without one of those verbs `do X` tells who carries the document out, not who issued it (`Kế hoạch số
    /// 12 do Sở Y tế chủ trì`), and `được X` what was done to it (`được Chính phủ sửa đổi`).
    ///
    /// The body's term and session may stand before the verb (`được Quốc hội khóa XV, kỳ họp thứ 5 thông qua`), the
    /// session after `thông qua` (`… thông qua tại kỳ họp bất thường lần thứ 5 ngày 18-1-2024`); the term is returned.
    func readIssuedBy(at start: Int) -> (issuer: Range<Int>, date: (year: Int, month: Int, day: Int)?,
                                         dateRepaired: Bool, term: String?, end: Int)? {
        var cursor = start
        // The cheap test first: most mentions without `của` are followed by anything but `do` or `được`.
        var first = start
        skipGap(&first)
        guard first < count, p[first] | 0x20 == 0x64 || p[first] == 0xC4,
              expectWord("do", &cursor) || expectWord("duoc", &cursor) else { return nil }
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, isCapitalised(at: cursor), let issuer = issuerPhrase(from: cursor) else { return nil }
        var verbEnd = issuer.upperBound
        var term: String?
        var termStart = verbEnd
        skipGap(&termStart)
        if termStart < count, p[termStart] | 0x20 == 0x6B, let (read, end) = readTerm(at: termStart) {
            term = read
            verbEnd = end
        }
        skipSession(&verbEnd, opening: 0x2C)
        var signed = verbEnd
        if expectWord("ky", &signed) {
            verbEnd = signed
            var issued = signed
            if expectWord("ban", &issued) && expectWord("hanh", &issued) { verbEnd = issued }
        } else {
            var issued = verbEnd
            var adopted = verbEnd
            if expectWord("thong", &adopted) && expectWord("qua", &adopted) {
                verbEnd = adopted
                var session = verbEnd
                if expectWord("tai", &session) && skipSession(&session, opening: nil) { verbEnd = session }
            } else {
                guard expectWord("ban", &issued) || expectWord("phat", &issued), expectWord("hanh", &issued) else {
                    return nil
                }
                verbEnd = issued
            }
        }
        var dateStart = verbEnd
        skipSpaces(&dateStart, limit: 2)
        // `… do UBND tỉnh ban hành vào ngày 3/4/2024`.
        var afterVao = dateStart
        if dateStart < count && p[dateStart] | 0x20 == 0x76 && expectWord("vao", &afterVao) {
            dateStart = afterVao
            skipSpaces(&dateStart, limit: 2)
        }
        if let (date, end, spaced) = readDate(at: dateStart, allowBare: false) {
            return (issuer, date, spaced, term, end)
        }
        return (issuer, nil, false, term, verbEnd)
    }

    /// Moves `cursor` past a session, `kỳ họp thứ 5`, `kỳ họp bất thường lần thứ 5` (after `opening`, a `,`, when
    /// one is given), when one stands there, and returns true; leaves it and returns false otherwise.
    @discardableResult
    private func skipSession(_ cursor: inout Int, opening: UInt8?) -> Bool {
        var probe = cursor
        if let opening {
            skipSpaces(&probe, limit: 2)
            guard probe < count, p[probe] == opening else { return false }
            probe += 1
        }
        guard expectWord("ky", &probe), expectWord("hop", &probe) else { return false }
        var unusual = probe
        if expectWord("bat", &unusual) && expectWord("thuong", &unusual) { probe = unusual }
        var time = probe
        if expectWord("lan", &time) { probe = time }
        guard expectWord("thu", &probe) else { return false }
        skipGap(&probe)
        guard probe < count else { return false }
        if ByteClass.isDigit(p[probe]) {
            while probe < count && ByteClass.isDigit(p[probe]) { probe += 1 }
        } else {
            guard Tokenizer.isWordStart(p, probe, count) else { return false }
            probe = Tokenizer.wordEnd(p, from: probe, count)
        }
        cursor = probe
        return true
    }

    /// True when `ban hành` (after `;`, `,` or `và`, with `đã` or `cũng` between) stands right before `start`: the
    /// same body issuing another document in the sentence (`Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 72-KH/TU …;
    /// ban hành Đề án số 05-ĐA/TU`).
    func continuesIssuing(before start: Int) -> Bool {
        guard let hanh = wordBefore(start), isWord(hanh, "hanh"), let ban = wordBefore(hanh.lowerBound),
              isWord(ban, "ban") else { return false }
        var cursor = ban.lowerBound
        if let adverb = wordBefore(cursor), isWord(adverb, "da") || isWord(adverb, "cung") {
            cursor = adverb.lowerBound
        }
        skipBackSpaces(&cursor)
        guard cursor > 0 else { return false }
        if p[cursor - 1] == 0x3B || p[cursor - 1] == 0x2C { return true }
        let joint = Tokenizer.token(before: cursor, in: buffer)
        return joint.kind == .word && isWord(joint.range, "va")
    }
}

extension Matcher {
    /// True when the text between a mention's fields (`end`) and the next mention (`start`) is only the first one's
    /// subject and `và` (`Đảng ủy xã đã ban hành Nghị quyết số 03-NQ/ĐU ngày 20/8/2025 về công tác cán bộ và Quy chế
    /// làm việc số 02-QC/ĐU`): `về` opens it, `và` ends it, within one sentence of at most 240 bytes.
    func joinsAfterSubject(from end: Int, to start: Int) -> Bool {
        guard start > end, start - end <= 240, let and = wordBefore(start), isWord(and, "va") else { return false }
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        if cursor < start && p[cursor] == 0x2C {
            cursor += 1
            skipSpaces(&cursor, limit: 2)
        }
        guard expectWord("ve", &cursor), cursor < and.lowerBound else { return false }
        for index in end..<start where p[index] == 0x3B || p[index] == 0x0A || p[index] == 0x0D {
            guard p[index] == 0x0A, softLineBreakEnd(at: index) != nil else { return false }
        }
        return isSameSentence(end..<start)
    }

    /// True when `code` is the Government's (`CP`) and `issuer`, stated before the mention, names the Prime Minister or
    /// a deputy: news says he signs the Government's decrees and resolutions (`Thay mặt Chính phủ, Thủ tướng Phạm Minh
    /// Chính vừa ký ban hành Nghị định số 293/2025/NĐ-CP`), which the Government issues, not he.
    func signsForGovernment(_ issuer: Range<Int>, code: String?) -> Bool {
        guard code == "CP" else { return false }
        var cursor = issuer.lowerBound
        _ = expectWord("pho", &cursor)
        return expectWord("thu", &cursor) && expectWord("tuong", &cursor)
    }

    /// `Tại Công văn số 1234/BTC-NSNN ngày 12/2/2025, Bộ Tài chính hướng dẫn …`, `Theo Kế hoạch số 12-KH/TU, Ban
    /// Thường vụ Tỉnh ủy yêu cầu …`: the body that opens the clause after the mention's fields, set off by a comma and
    /// followed by a word in small letters (its verb), when `Tại` or `Theo` opens the sentence right before the mention
    /// and the initials of the body's words begin or end with the symbol's issuer code (`Bộ Tài chính`, `BTC`;
    /// `Tỉnh ủy`, `TU`). Another body's clause (`Theo Công văn số 123/UBND-KT, Sở Tài chính đề nghị …`) is not.
    @inline(never)
    func statingBody(after fieldsEnd: Int, mention start: Int, code: String) -> Range<Int>? {
        // The cheap tests first: a comma right after the fields, then `Tại` or `Theo` right before the mention.
        var cursor = fieldsEnd
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, p[cursor] == 0x2C, let opener = wordBefore(start), isCapitalised(at: opener.lowerBound),
              isWord(opener, "tai") || isWord(opener, "theo") else { return nil }
        var before = opener.lowerBound
        skipBackSpaces(&before)
        guard before == 0 || p[before - 1] == 0x0A || p[before - 1] == 0x0D || p[before - 1] == 0x2E
                || p[before - 1] == 0x3B else { return nil }
        cursor += 1
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, isCapitalised(at: cursor), let body = issuerPhrase(from: cursor) else { return nil }
        var verb = body.upperBound
        skipSpaces(&verb, limit: 2)
        guard verb < count, Tokenizer.isWordStart(p, verb, count), !isCapitalised(at: verb) else { return nil }
        let initials = self.initials(of: body)
        let wanted = Array(code.uppercased().unicodeScalars.map(\.value))
        guard initials.count >= wanted.count, initials.starts(with: wanted) || initials.reversed().starts(
            with: wanted.reversed()) else { return nil }
        return body
    }

    /// The initials of the words of `range` in capitals (`Bộ Giáo dục và Đào tạo` → `BGDĐT`, `và` left out), base
    /// letters without their marks but `Đ`; a word in capitals gives all its letters (`UBND tỉnh` → `UBNDT`).
    private func initials(of range: Range<Int>) -> [UInt32] {
        var result: [UInt32] = []
        forEachWord(in: range) { word in
            guard !isWord(word, "va") else { return }
            let allCaps = isAllCaps(word)
            var index = word.lowerBound
            repeat {
                let (scalar, length) = UTF8Decoding.decode(p, index, count)
                result.append(Self.initial(scalar))
                index += length
            } while index < word.upperBound && allCaps
        }
        return result
    }

    /// A letter's capital without its marks (`ủ` → `U`), `Đ` for `đ`.
    private static func initial(_ scalar: UInt32) -> UInt32 {
        if scalar == 0x110 || scalar == 0x111 { return 0x110 }
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A ? scalar - 0x20 : scalar }
        guard let letter = VietnameseLetters.letter(scalar) else { return scalar }
        return UInt32(letter.ascii) & ~0x20
    }
}
