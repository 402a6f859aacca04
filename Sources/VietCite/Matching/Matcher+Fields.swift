internal import CVietCiteScan

extension Matcher {
    // MARK: - Fields after a mention

    /// What is written after a mention: its date (or a bare year), issuer and term, and where they end.
    struct Fields {
        var date: (year: Int, month: Int, day: Int)?
        var year: Int?
        var issuerRange: Range<Int>?
        var term: String?
        var end: Int
        /// Where the date or year read right after the mention ends (none: the mention's end). No mention can
        /// begin before it, so the scan goes on from there (a date's three numbers are not read again as symbols).
        var dateEnd: Int? = nil
        /// True when the date was read from OCR's digits spaced apart (`ngày 2 5 tháng 01`): `repaired-date`.
        var dateRepaired = false
        /// Where the first of the dates given for a list's members in turn ends (``laterDates(after:)``), or 0.
        var respectiveDatesStart = 0
    }

    /// Reads `[,] [(] [ngày] DATE [)] [,] [của ISSUER] [(khóa TERM)]` after the mention.
    func readFields(into match: inout Match) {
        let fields = readFields(of: match.range, fieldsEnd: match.fieldsEnd, term: match.term)
        if fields.date != nil { match.date = fields.date }
        if fields.year != nil { match.year = fields.year }
        if fields.issuerRange != nil { match.issuerRange = fields.issuerRange }
        if let dateEnd = fields.dateEnd { match.dateEnd = dateEnd }
        if fields.respectiveDatesStart > 0 { match.respectiveDatesStart = fields.respectiveDatesStart }
        noteTwoDigitYear(fields, &match.warnings)
        noteRepairedDate(fields, &match.warnings)
        match.term = fields.term
        match.fieldsEnd = fields.end
        checkDate(&match.warnings, date: match.date, symbolYear: match.symbolYear, term: match.term,
                  issuer: match.issuerRange)
    }

    /// The fields after a mention that spans `mention`; `fieldsEnd` and `term` stand when nothing is read (a term
    /// written after the mention replaces the one its symbol gives). A `joint` document's issuers may be listed with
    /// commas (``issuerPhrase(from:joint:)``). A `central` document (`…/TW`) takes no state body for its issuer.
    func readFields(of mention: Range<Int>, fieldsEnd: Int, term: String?, joint: Bool = false,
                    central: Bool = false) -> Fields {
        let end = mention.upperBound
        var fields = Fields(date: nil, year: nil, issuerRange: nil, term: term, end: fieldsEnd)
        var cursor = end
        skipGap(&cursor)
        // `Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân (sửa đổi) ngày 21 tháng 6 năm 1994`.
        if cursor < count && p[cursor] == 0x28, let note = amendedMarkEnd(after: cursor) {
            cursor = note
            skipGap(&cursor)
        }
        // The abbreviation the text gives the name: its year or date follows (`Bộ luật Dân sự (BLDS) năm 2015`).
        var abbreviated = false
        if cursor < count && p[cursor] == 0x28, let close = abbreviationEnd(at: cursor) {
            cursor = close
            skipGap(&cursor)
            abbreviated = true
        }
        // `Luật Tổ chức chính quyền địa phương (Luật số 77/2015/QH13) ngày 19/6/2015`: a mention alone in its
        // parentheses takes what is written after them.
        if cursor < count && p[cursor] == 0x29 && openingParenthesis(before: mention.lowerBound) != nil {
            cursor += 1
            skipGap(&cursor)
        }
        var afterComma = cursor
        var pipeCell = false
        // The issuer after a date written without its year, read where that date is passed over (below).
        var issuerAfterYearless: Range<Int>?
        if afterComma < count && p[afterComma] == 0x2C {
            afterComma += 1
            skipGap(&afterComma)
        } else if afterComma < count && p[afterComma] == 0x7C {
            // A text table's cell border (`| Nghị định số 15/2020/NĐ-CP | 03/02/2020 |`).
            afterComma += 1
            skipSpaces(&afterComma, limit: 8)
            pipeCell = true
        }
        // A date without `ngày` is the mention's after a comma, or in the next cell of a table (after a tab or `|`)
        // when the mention opens its own cell: one named inside a cell of text (`| Được thay thế bởi Quyết định số
        // 12/2025/QĐ-UBND | 20/3/2025 |`) is not what that row's date columns tell of.
        let inNextCell = (pipeCell || (end..<afterComma).contains { p[$0] == 0x09 }) && opensCell(mention.lowerBound)
        // `Quyết định số 16/QĐ-UBND ban hành ngày 15/3/2024`, `… ký ngày …`, `…, ban hành ngày …`: the day it was
        // issued.
        if let (date, end, spaced) = readDate(at: afterComma, allowBare: afterComma > cursor && !pipeCell || inNextCell)
            ?? issuedOn(at: afterComma) {
            fields.date = date
            fields.dateRepaired = spaced
            cursor = end
            // `Kết luận số 126-KL/TW, 127-KL/TW ngày 14/02/2025, 28/02/2025 của …`: the issuer follows the last date.
            if mayFollowWithDate(end), let last = laterDates(after: end).last {
                fields.respectiveDatesStart = end
                cursor = last.end
            }
            fields.end = cursor
            fields.dateEnd = cursor
            skipGap(&cursor)
            if cursor < count && p[cursor] == 0x2C {
                cursor += 1
                skipGap(&cursor)
            }
        } else if let (year, end) = readBareYear(at: cursor) ?? parenthesizedYear(at: cursor)
                    ?? (abbreviated ? plainYear(at: cursor) : nil) {
            // `Chỉ thị 05/CT-TTg năm 2024`, `Quy định 08-QĐ/TU (năm 2022)`: a year, not a date.
            fields.year = year
            cursor = end
            fields.end = end
            fields.dateEnd = end
            skipGap(&cursor)
        } else {
            cursor = afterComma
            // `Kế hoạch số 78/KH-UBND ngày 5/3 của UBND xã`: a day and month without a year are no date, but the
            // issuer after them is the mention's.
            // So is the issuer after `cùng ngày` (`Quyết định số 1235/QĐ-UBND cùng ngày của UBND tỉnh`), the date
            // the list shares.
            if let end = yearlessDateEnd(at: cursor) ?? sameDayEnd(after: cursor) {
                var issuerStart = end
                skipGap(&issuerStart)
                issuerAfterYearless = readIssuer(at: issuerStart, joint: joint)
            } else if let (year, end) = monthAndYear(at: cursor) {
                // `Thông báo số 127-TB/TW ngày 12/2024 của Bộ Chính trị`, `… tháng 3/2024 của UBND tỉnh`: a month and
                // its year, no day: the year, and the issuer after it.
                fields.year = year
                fields.end = end
                fields.dateEnd = end
                var issuerStart = end
                skipGap(&issuerStart)
                issuerAfterYearless = readIssuer(at: issuerStart, joint: joint)
            }
        }
        if let issuer = issuerAfterYearless ?? readIssuer(at: cursor, joint: joint) {
            // `Ban Chỉ đạo tổng kết Nghị quyết 18-NQ/TW của Chính phủ`: the Government is the steering committee's,
            // not the issuer of a Central Committee's document.
            fields.issuerRange = central && namesGovernment(issuer) ? nil : issuer
            cursor = issuer.upperBound
            fields.end = cursor
        } else if let issued = readIssuedBy(at: cursor) {
            // After a date too (`Quyết định số 22/2021/QĐ-UBND ngày 5/8/2021 do UBND tỉnh ban hành`); the date
            // written first is the mention's.
            fields.issuerRange = issued.issuer
            if fields.date == nil && fields.year == nil {
                fields.date = issued.date
                fields.dateRepaired = issued.dateRepaired
            }
            if fields.term == nil { fields.term = issued.term }
            cursor = issued.end
            fields.end = cursor
        }
        var termCursor = cursor
        skipGap(&termCursor)
        // `Hội nghị Trung ương 6 (khóa XII)`: the plenum's number stands between the Central Committee and its term.
        if let issuer = fields.issuerRange, let numberEnd = plenumNumberEnd(at: termCursor),
           isWord(Tokenizer.token(before: issuer.upperBound, in: buffer).range, "uong") {
            // `của Hội nghị Trung ương 7 khóa XI` names no body but the plenum, which its number is part of.
            if wordEndAndKey(from: issuer.lowerBound, limit: count).key == WordKey.hoi {
                fields.issuerRange = issuer.lowerBound..<numberEnd
                fields.end = max(fields.end, numberEnd)
            }
            termCursor = numberEnd
            skipGap(&termCursor)
        }
        if let (term, end) = readTerm(at: termCursor) {
            fields.term = term
            fields.end = end
            // `Chỉ thị 35-CT/TW của Bộ Chính trị khóa XIII (ngày 14/6/2024)`: a date written after the term.
            var dateCursor = end
            skipGap(&dateCursor)
            if fields.date == nil, let (date, dateEnd, spaced) = readDate(at: dateCursor, allowBare: false) {
                fields.date = date
                fields.dateRepaired = spaced
                fields.end = dateEnd
            }
        } else if fields.date == nil, fields.year == nil, fields.issuerRange != nil, termCursor < count,
                  p[termCursor] | 0x20 == 0x6E || p[termCursor] == 0x28 {
            // `Quyết định số 123/QĐ-UBND của UBND huyện ngày 1/1/2024`: a date written right after the issuer (after a
            // comma it may open a clause of its own). `ngày` or `(` first: most issuers are followed by neither.
            if let (date, dateEnd, spaced) = readDate(at: termCursor, allowBare: false) {
                fields.date = date
                fields.dateRepaired = spaced
                fields.end = dateEnd
            }
        } else if fields.date == nil, fields.year == nil, fields.issuerRange != nil, termCursor < count,
                  p[termCursor] == 0x2C, let (date, dateEnd, spaced) = dateBeforeSubject(after: termCursor) {
            fields.date = date
            fields.dateRepaired = spaced
            fields.end = dateEnd
        }
        return fields
    }

    /// The date set off by commas after an issuer, when the document's subject or the clause's end follows it
    /// (`Công văn số 123/SNV-TCBC của Sở Nội vụ, ngày 02/4/2025, về việc …`, `…, ngày 10/3/2024;`), the comma at
    /// `comma`; not a date that opens a clause of its own (`…, ngày 5/1/2024, UBND xã đã tổ chức`). Out of line: rare.
    @inline(never)
    private func dateBeforeSubject(after comma: Int) -> (date: (year: Int, month: Int, day: Int), end: Int,
                                                         spaced: Bool)? {
        var cursor = comma + 1
        skipGap(&cursor)
        guard cursor < count, p[cursor] | 0x20 == 0x6E,
              let (date, end, spaced) = readDate(at: cursor, allowBare: false) else { return nil }
        var next = end
        skipSpaces(&next, limit: 2)
        if next < count && p[next] == 0x2C {
            next += 1
            skipSpaces(&next, limit: 2)
        }
        guard next < count else { return (date, end, spaced) }
        // A line break ends the clause, unless it only wraps the sentence (`…, ngày 5/1/2024,⏎UBND xã đã …`).
        if (p[next] == 0x0A || p[next] == 0x0D) && !skipWrappedLineBreak(&next) { return (date, end, spaced) }
        guard next < count else { return nil }
        switch p[next] {
        case 0x3B, 0x29: return (date, end, spaced)
        case 0x2E: return next + 1 == count || p[next + 1] == 0x20 || p[next + 1] == 0x0A ? (date, end, spaced) : nil
        case 0x56, 0x76:
            // `về`, `V/v`.
            if next + 2 < count && p[next + 1] == 0x2F && p[next + 2] | 0x20 == 0x76 { return (date, end, spaced) }
            return expectWord("ve", &next) ? (date, end, spaced) : nil
        default: return nil
        }
    }

    /// `năm 2024` right after a mention (a four-digit year, not followed by more of a number).
    func readBareYear(at start: Int) -> (Int, Int)? {
        var cursor = start
        guard match(word: "nam", &cursor) else { return nil }
        skipSpaces(&cursor, limit: 2)
        // A line that only wraps its sentence before the year (`Quyết định 595/QĐ-BHXH năm⏎2017`).
        skipWrappedLineBreak(&cursor)
        return plainYear(at: cursor)
    }

    /// The year of `(năm 2022)` at `start`, as Party documents are cited by the year they were issued in (`Quy định
    /// 08-QĐi/TW (năm 2018)`), and the end of its `)`; nil for anything else in parentheses.
    private func parenthesizedYear(at start: Int) -> (Int, Int)? {
        guard start < count, p[start] == 0x28 else { return nil }
        var cursor = start + 1
        skipSpaces(&cursor, limit: 2)
        guard let (year, end) = readBareYear(at: cursor) else { return nil }
        cursor = end
        skipSpaces(&cursor, limit: 2)
        guard cursor < count, p[cursor] == 0x29 else { return nil }
        return (year, cursor + 1)
    }

    /// A year written alone at `start`, as it is after `năm` and after a name's abbreviation (`Bộ luật Hình sự (BLHS)
    /// 2015`).
    private func plainYear(at start: Int) -> (Int, Int)? {
        var cursor = start
        guard let year = readInteger(&cursor, maxDigits: 4), cursor - start == 4, (1945...2099).contains(year),
              yearEndsAlone(at: cursor) else { return nil }
        return (year, cursor)
    }

    /// The end of the abbreviation a text gives in parentheses at `open`, past its `)` (`Bộ luật Dân sự (BLDS) năm
    /// 2015`, `Luật Đất đai (LĐĐ) năm 2024`, `Luật Phòng, chống … ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006`): two to
    /// twelve capitals (`Đ`, `&` and `/` among them), not a Roman number (`(XII)` is a term); nil otherwise.
    @inline(never)
    func abbreviationEnd(at open: Int) -> Int? {
        var cursor = open + 1
        var roman = true
        while cursor < count && cursor - open <= 13 {
            let byte = p[cursor]
            if ByteClass.isUpperASCII(byte) {
                // I, V, X, L, C, D, M.
                if ![0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains(byte) { roman = false }
                cursor += 1
            } else if byte == 0x26 || byte == 0x2F {
                roman = false
                cursor += 1
            } else if byte == 0xC4 && cursor + 1 < count && p[cursor + 1] == 0x90 {
                roman = false
                cursor += 2
            } else {
                break
            }
        }
        guard cursor - open >= 3, !roman, cursor < count, p[cursor] == 0x29 else { return nil }
        return cursor + 1
    }

    /// True when a `)` stands right after `end`, spaces and one line break aside.
    func closesParenthesis(after end: Int) -> Bool {
        var cursor = end
        skipGap(&cursor)
        return cursor < count && p[cursor] == 0x29
    }

    /// Where the `(` that stands right before `start` (spaces aside) is, or nil.
    func openingParenthesis(before start: Int) -> Int? {
        var cursor = start
        while cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor > 0 && p[cursor - 1] == 0x28 ? cursor - 1 : nil
    }

    /// The folded word `word` right at `cursor` (no gap before it); moves past it.
    private func match(word: StaticString, _ cursor: inout Int) -> Bool {
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return false }
        let end = Tokenizer.wordEnd(p, from: cursor, count)
        guard isWord(cursor..<end, word) else { return false }
        cursor = end
        return true
    }

    /// Spaces and at most one line break.
    func skipGap(_ cursor: inout Int) {
        var lines = 0
        while cursor < count {
            let byte = p[cursor]
            if byte == 0x20 || byte == 0x09 {
                cursor += 1
            } else if (byte == 0x0A || byte == 0x0D) && lines == 0 {
                cursor += byte == 0x0D && cursor + 1 < count && p[cursor + 1] == 0x0A ? 2 : 1
                lines += 1
            } else {
                break
            }
        }
    }

    // MARK: - Dates

    /// `ngày 14/7/2015`, `ngày 14-7-2015`, `14.7.2015`, `ngày 17 tháng 02 năm 2023`, `ngày2/10/2019`,
    /// `(28/10/2025)`. A date without `ngày` is taken only in parentheses or after a comma (`allowBare`). `spaced` is
    /// true when a day or month was read from OCR's digits spaced apart (`ngày 2 5 tháng 01`), a repair.
    func readDate(at start: Int, allowBare: Bool)
        -> (date: (year: Int, month: Int, day: Int), end: Int, spaced: Bool)? {
        var cursor = start
        var inParentheses = false
        if cursor < count && p[cursor] == 0x28 {
            inParentheses = true
            cursor += 1
            skipSpaces(&cursor, limit: 2)
        }
        var sawNgay = false
        // `cùng ngày 10/10/2023` after a list: the date the members share.
        if cursor < count && p[cursor] | 0x20 == 0x63 {
            var afterCung = cursor
            if expectWord("cung", &afterCung), nextWordIs("ngay", after: afterCung) {
                cursor = afterCung
                skipSpaces(&cursor, limit: 2)
            }
        }
        if cursor < count && Tokenizer.isWordStart(p, cursor, count) {
            let wordEnd = Tokenizer.wordEnd(p, from: cursor, count)
            var lettersEnd = cursor
            // The word may have digits glued (ngày2): compare only its letters.
            while lettersEnd < wordEnd && !ByteClass.isDigit(p[lettersEnd]) { lettersEnd += 1 }
            guard isWord(cursor..<lettersEnd, "ngay") else { return nil }
            sawNgay = true
            cursor = lettersEnd
            skipGap(&cursor)
            // `ngày mồng 2 tháng 9`, `ngày mùng 5/3/2024`: the days up to the tenth, as news and older texts write
            // them.
            if cursor < count && p[cursor] | 0x20 == 0x6D {
                var afterMong = cursor
                if expectWord("mong", &afterMong) || expectWord("mung", &afterMong) {
                    cursor = afterMong
                    skipGap(&cursor)
                }
            }
        }
        guard sawNgay || inParentheses || allowBare else { return nil }
        var spaced = false
        guard let (date, dateEnd) = readNumericDate(at: cursor, spaced: &spaced)
                ?? readVerbalDate(at: cursor, spaced: &spaced) else { return nil }
        var end = dateEnd
        if inParentheses {
            var close = end
            skipSpaces(&close, limit: 2)
            if close < count && p[close] == 0x29 { end = close + 1 } else if !sawNgay { return nil }
        }
        return (date, end, spaced)
    }

    /// A byte test before ``laterDates(after:)``: a comma, or `và`, after `end`, and after a comma a digit, `n` or `v`.
    @inline(__always)
    private func mayFollowWithDate(_ end: Int) -> Bool {
        var cursor = end
        while cursor < count && p[cursor] == 0x20 { cursor += 1 }
        guard cursor + 3 < count else { return false }
        if p[cursor] == 0x2C {
            cursor += 1
            while cursor < count && p[cursor] == 0x20 { cursor += 1 }
            // A line wrapped after the comma (`… ngày 14/02/2025,⏎28/02/2025 của …`).
            skipWrappedLineBreak(&cursor)
            guard cursor < count else { return false }
            let byte = p[cursor]
            return ByteClass.isDigit(byte) || byte | 0x20 == 0x6E || byte | 0x20 == 0x76
        }
        return p[cursor] | 0x20 == 0x76 && p[cursor + 1] == 0xC3
    }

    /// The dates written after a list's first date, one for each of its members in turn (`Kết luận số 126-KL/TW,
    /// 127-KL/TW ngày 14/02/2025, 28/02/2025`, `… lần lượt ngày 04/01/2021 và ngày 05/01/2021`): each after a comma or
    /// `và`, with or without `ngày`, and with its year. Empty when none follows `end`, the first date's end.
    func laterDates(after end: Int) -> [(date: (year: Int, month: Int, day: Int), end: Int)] {
        var dates: [(date: (year: Int, month: Int, day: Int), end: Int)] = []
        var cursor = end
        while true {
            var probe = cursor
            skipSpaces(&probe, limit: 2)
            // A byte test first: a comma or the `v` of `và`; most dates are followed by neither.
            guard probe < count, p[probe] == 0x2C || p[probe] | 0x20 == 0x76 else { break }
            if p[probe] == 0x2C {
                probe += 1
                skipSpaces(&probe, limit: 2)
                var afterAnd = probe
                if expectWord("va", &afterAnd) { probe = afterAnd }
            } else if !expectWord("va", &probe) {
                break
            }
            skipGap(&probe)
            // Not a symbol's numbers (`…, 15/2020/QĐ-UBND`).
            guard probe < count, ByteClass.isDigit(p[probe]) || p[probe] | 0x20 == 0x6E,
                  let (date, dateEnd, _) = readDate(at: probe, allowBare: true),
                  dateEnd >= count || p[dateEnd] != 0x2F && p[dateEnd] != 0x2D
            else { break }
            dates.append((date, dateEnd))
            cursor = dateEnd
        }
        return dates
    }

    /// The end of `ngày D/M` (or `D-M`, `D.M`) at `start` when no year follows: a date written without its year.
    private func yearlessDateEnd(at start: Int) -> Int? {
        var cursor = start
        guard cursor < count, p[cursor] | 0x20 == 0x6E, expectWord("ngay", &cursor) else { return nil }
        skipSpaces(&cursor, limit: 2)
        for part in 0..<2 {
            let digits = cursor
            while cursor < count && cursor - digits < 3 && ByteClass.isDigit(p[cursor]) { cursor += 1 }
            guard cursor > digits, cursor - digits <= 2, cursor == count || !ByteClass.isDigit(p[cursor]) else {
                return nil
            }
            guard part == 0 else { break }
            guard cursor + 1 < count, p[cursor] == 0x2F || p[cursor] == 0x2D || p[cursor] == 0x2E else { return nil }
            cursor += 1
        }
        // A separator and a digit after the month would make it a whole date (read as one, or not at all).
        if cursor + 1 < count && (p[cursor] == 0x2F || p[cursor] == 0x2D || p[cursor] == 0x2E)
            && ByteClass.isDigit(p[cursor + 1]) {
            return nil
        }
        return cursor
    }

    /// `ngày 12/2024` or `tháng 3/2024` at `start`: a month (one or two digits) and a year (1945–2099) without a day,
    /// and where it ends; nil otherwise.
    @inline(never)
    private func monthAndYear(at start: Int) -> (year: Int, end: Int)? {
        var cursor = start
        guard cursor < count, p[cursor] | 0x20 == 0x6E || p[cursor] | 0x20 == 0x74,
              expectWord("ngay", &cursor) || expectWord("thang", &cursor) else { return nil }
        skipSpaces(&cursor, limit: 2)
        var month = 0
        let digits = cursor
        while cursor < count && cursor - digits < 3 && ByteClass.isDigit(p[cursor]) {
            month = month * 10 + Int(p[cursor] - 0x30)
            cursor += 1
        }
        guard cursor - digits <= 2, (1...12).contains(month), let end = yearAfterSlash(cursor, orDash: true) else {
            return nil
        }
        return (Int(string(end - 4..<end))!, end)
    }

    /// True when `cùng ngày` with no date of its own follows `end` (`Thông tư số 03/2024/TT-BYT cùng ngày`).
    func saysSameDay(after end: Int) -> Bool {
        sameDayEnd(after: end) != nil
    }

    /// The end of `cùng ngày` with no date of its own after `end`, or nil.
    private func sameDayEnd(after end: Int) -> Int? {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        // A byte test first: `cùng` goes on with `ù` (C3 B9) or a plain `u`; `của`, the word most often here, does not.
        guard cursor + 1 < count, p[cursor] | 0x20 == 0x63, p[cursor + 1] == 0xC3 || p[cursor + 1] | 0x20 == 0x75,
              expectWord("cung", &cursor), expectWord("ngay", &cursor)
        else { return nil }
        var after = cursor
        skipSpaces(&after, limit: 2)
        return after >= count || !ByteClass.isDigit(p[after]) ? cursor : nil
    }

    private func readInteger(_ cursor: inout Int, maxDigits: Int) -> Int? {
        let start = cursor
        var value = 0
        while cursor < count && ByteClass.isDigit(p[cursor]) && cursor - start < maxDigits {
            value = value * 10 + Int(p[cursor] - 0x30)
            cursor += 1
        }
        guard cursor > start, cursor == count || !ByteClass.isDigit(p[cursor]) else {
            cursor = start
            return nil
        }
        return value
    }

    /// A day or month of one or two digits; OCR's two digits spaced apart (`ngày 2 5 tháng 01`, `ngày 1 0/1 0/2020`)
    /// are read as one number when it is at most `limit`, and set `spaced` (the date adds `repaired-date`).
    @inline(__always)
    private func readDatePart(_ cursor: inout Int, limit: Int, spaced: inout Bool) -> Int? {
        let start = cursor
        guard let value = readInteger(&cursor, maxDigits: 2) else {
            return cursor < count && OCRDigits.isConfusable(p[cursor])
                ? lettersDatePart(&cursor, limit: limit, spaced: &spaced) : nil
        }
        // A space after one digit is rare: the spaced reading stays out of line.
        guard cursor - start == 1, cursor + 2 < count, p[cursor] == 0x20 else { return value }
        return spacedDatePart(value, &cursor, limit: limit, spaced: &spaced)
    }

    /// A day or month OCR read as letters alone, one or two of `O`, `o`, `l` and `I` (`ngày 26/lO/2015`): the digits
    /// it stands for, from 1 to `limit`, and `spaced` set (the date adds `repaired-date`). The repair of the text
    /// (``OCRDigits``) leaves such a token, with no digit in it, as it is.
    @inline(never)
    private func lettersDatePart(_ cursor: inout Int, limit: Int, spaced: inout Bool) -> Int? {
        var end = cursor
        var value = 0
        while end < count && end - cursor < 3 && OCRDigits.isConfusable(p[end]) {
            value = value * 10 + (p[end] == 0x4F || p[end] == 0x6F ? 0 : 1)
            end += 1
        }
        guard end - cursor <= 2, end == count || p[end] < 0x80 && !ByteClass.isASCIILetter(p[end])
                && !ByteClass.isDigit(p[end]), (1...limit).contains(value) else { return nil }
        cursor = end
        spaced = true
        return value
    }

    /// `value` and the digit one space after it, as one number, when that is at most `limit`; else `value`.
    @inline(never)
    private func spacedDatePart(_ value: Int, _ cursor: inout Int, limit: Int, spaced: inout Bool) -> Int {
        guard ByteClass.isDigit(p[cursor + 1]), !ByteClass.isDigit(p[cursor + 2]),
              value * 10 + Int(p[cursor + 1] - 0x30) <= limit else { return value }
        cursor += 2
        spaced = true
        return value * 10 + Int(p[cursor - 1] - 0x30)
    }

    /// D/M/YYYY with one separator (`/`, `-` or `.`) used twice, a space allowed on either side of it (`03 /02/ 2020`,
    /// as OCR writes it); D/M/YY with `/` or `-`.
    private func readNumericDate(at start: Int, spaced: inout Bool) -> ((year: Int, month: Int, day: Int), Int)? {
        var cursor = start
        guard let day = readDatePart(&cursor, limit: 31, spaced: &spaced), cursor < count else { return nil }
        skipSpaces(&cursor, limit: 1)
        guard cursor < count else { return nil }
        var separator = p[cursor]
        if separator == 0x0A || separator == 0x0D {
            // OCR wrapped the date before its first slash (`ngày 15⏎/ 9 / 2020`).
            skipGap(&cursor)
            guard cursor < count, p[cursor] == 0x2F else { return nil }
            separator = 0x2F
        }
        guard separator == 0x2F || separator == 0x2D || separator == 0x2E else { return nil }
        cursor += 1
        skipAfterDateSeparator(&cursor, separator)
        guard let month = readDatePart(&cursor, limit: 12, spaced: &spaced), cursor < count else { return nil }
        skipSpaces(&cursor, limit: 1)
        guard cursor < count, p[cursor] == separator else { return nil }
        cursor += 1
        skipAfterDateSeparator(&cursor, separator)
        let yearStart = cursor
        guard let year = readInteger(&cursor, maxDigits: 4) else { return nil }
        if cursor - yearStart == 2 && separator != 0x2E {
            // Old documents write the year in two digits (`ngày 5/3/98`): 46–99 are 1946–1999, 00–45 are 2000–2045.
            // Not when letters or a slash go on (`12/10/98a`, `5/3/98/QĐ`).
            guard cursor == count || p[cursor] != 0x2F && !Tokenizer.isWordStart(p, cursor, count) else { return nil }
            return ((year >= 46 ? 1900 + year : 2000 + year, month, day), cursor)
        }
        guard cursor - yearStart == 4 else { return nil }
        return ((year, month, day), cursor)
    }

    /// A space after a date's separator, or, after `/` or `-`, a line break where the date was wrapped
    /// (`ngày 08/03/⏎2023`), with the spaces around it.
    @inline(__always)
    private func skipAfterDateSeparator(_ cursor: inout Int, _ separator: UInt8) {
        skipSpaces(&cursor, limit: 1)
        guard cursor < count, p[cursor] == 0x0A || p[cursor] == 0x0D, separator != 0x2E else { return }
        skipGap(&cursor)
    }

    /// Adds `two-digit-year` when the date read right after the mention wrote its year in two digits.
    func noteTwoDigitYear(_ fields: Fields, _ warnings: inout [String]) {
        if fields.date != nil, let end = fields.dateEnd, hasTwoDigitYear(endingAt: end) {
            warnings.append("two-digit-year")
        }
    }

    /// Adds `repaired-date` when the date read after the mention held OCR's digits spaced apart (`ngày 2 5 tháng 01
    /// năm 2021`).
    func noteRepairedDate(_ fields: Fields, _ warnings: inout [String]) {
        if fields.date != nil && fields.dateRepaired { warnings.append("repaired-date") }
    }

    /// True when the numeric date that ends at `end` (or before a closing parenthesis there) wrote its year in two
    /// digits.
    private func hasTwoDigitYear(endingAt end: Int) -> Bool {
        var cursor = end
        if cursor > 0 && p[cursor - 1] == 0x29 { cursor -= 1 }
        while cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor >= 3 && ByteClass.isDigit(p[cursor - 1]) && ByteClass.isDigit(p[cursor - 2])
            && (p[cursor - 3] == 0x2F || p[cursor - 3] == 0x2D)
    }

    /// `17 tháng 02 năm 2023` (line breaks allowed between the parts; a comma before `năm`, `15 tháng 3, năm 2024`).
    private func readVerbalDate(at start: Int, spaced: inout Bool) -> ((year: Int, month: Int, day: Int), Int)? {
        var cursor = start
        guard let day = readDatePart(&cursor, limit: 31, spaced: &spaced) else { return nil }
        guard expectWord("thang", &cursor) else { return nil }
        skipGap(&cursor)
        guard let month = readDatePart(&cursor, limit: 12, spaced: &spaced) else { return nil }
        if cursor < count && p[cursor] == 0x2C { cursor += 1 }
        guard expectWord("nam", &cursor) else { return nil }
        skipGap(&cursor)
        let yearStart = cursor
        guard let year = readInteger(&cursor, maxDigits: 4), cursor - yearStart == 4 else { return nil }
        return ((year, month, day), cursor)
    }

    /// True when only blanks stand between `start` and the start of its line or table cell (`|`, a tab).
    private func opensCell(_ start: Int) -> Bool {
        var cursor = start
        while cursor > 0 && p[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor == 0 || p[cursor - 1] == 0x7C || p[cursor - 1] == 0x09 || p[cursor - 1] == 0x0A
    }

    /// Skips a gap and the folded word `word`; leaves the cursor after it.
    func expectWord(_ word: StaticString, _ cursor: inout Int) -> Bool {
        var position = cursor
        skipGap(&position)
        guard position < count, Tokenizer.isWordStart(p, position, count) else { return false }
        let end = Tokenizer.wordEnd(p, from: position, count)
        guard isWord(position..<end, word) else { return false }
        cursor = end
        return true
    }

    /// The most days each month can have (29 for February: leap years are not checked).
    private static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// True when the issuer is a local body (`Hội đồng nhân dân tỉnh`, `HĐND huyện`, `Tỉnh ủy`, `Thành ủy`, `Ban Chấp
    /// hành Đảng bộ tỉnh`): its terms are numbered on their own (a provincial council's `khóa X` sits in 2021–2026),
    /// so the Party Congress's terms do not check its dates. Read only for a date its term does not fit.
    func namesLocalBody(_ issuer: Range<Int>) -> Bool {
        var local = false
        forEachWord(in: issuer) { _, key in
            local = Vocabulary.localBodyKeys.contains(key)
            return !local
        }
        return local
    }

    /// Flags a date that cannot be (`invalid-date`) or that disagrees with the symbol's year or term; the date is
    /// kept as written.
    func checkDate(_ warnings: inout [String], date: (year: Int, month: Int, day: Int)?, symbolYear: Int?,
                   term: String?, issuer: Range<Int>?) {
        guard let date else { return }
        let validMonth = (1...12).contains(date.month)
        // 29 February only in a leap year (`ngày 29/02/2023` cannot be).
        let leap = date.year % 4 == 0 && (date.year % 100 != 0 || date.year % 400 == 0)
        if !validMonth || !(1...Self.daysInMonth[validMonth ? date.month - 1 : 0]).contains(date.day)
            || date.month == 2 && date.day == 29 && !leap || !(1945...2099).contains(date.year) {
            warnings.append("invalid-date")
            return
        }
        if let year = symbolYear, year != date.year { warnings.append("year-mismatch") }
        if let term, term.hasPrefix("QH"), let number = Int(term.dropFirst(2)),
           !Terms.nationalAssembly(number, fits: date.year) {
            warnings.append("term-mismatch")
        } else if let term, let khoa = Terms.romanValue(term) {
            // `… của Quốc hội khóa X`: the Assembly's term, numbered on its own (khóa X sat in 1997–2002). (The issuer
            // is read only when the two tables disagree.)
            let fitsParty = Terms.party(khoa, fits: date)
            let fitsAssembly = Terms.nationalAssembly(khoa, fits: date.year)
            if fitsParty != fitsAssembly, let issuer, namesAssembly(issuer) {
                if !fitsAssembly { warnings.append("term-mismatch") }
            } else if !fitsParty, issuer.map(namesLocalBody) != true {
                warnings.append("term-mismatch")
            }
        }
    }

    /// True when the issuer is the Government, the National Assembly or the Prime Minister, whole (`Chính phủ`,
    /// `Quốc hội`, `Thủ tướng Chính phủ`): no issuer of a `…/TW` document.
    @inline(never)
    private func namesGovernment(_ issuer: Range<Int>) -> Bool {
        // A byte test first: `Chính`, `Thủ` or `Quốc`; most Party bodies open with `B` or `H`.
        guard !issuer.isEmpty else { return false }
        let initial = p[issuer.lowerBound] | 0x20
        guard initial == 0x63 || initial == 0x74 || initial == 0x71 else { return false }
        var cursor = issuer.lowerBound
        var probe = cursor
        if expectWord("thu", &probe) && expectWord("tuong", &probe) { cursor = probe }
        probe = cursor
        guard expectWord("chinh", &probe) && expectWord("phu", &probe)
                || cursor == issuer.lowerBound && expectWord("quoc", &probe) && expectWord("hoi", &probe)
        else { return false }
        return probe == issuer.upperBound
    }

    /// True when the issuer holds `Quốc hội` (`Quốc hội`, `Ủy ban Thường vụ Quốc hội`). Read only for a date that
    /// fits its Roman term as the Party's and not as the Assembly's, or the other way round.
    private func namesAssembly(_ issuer: Range<Int>) -> Bool {
        // A byte search first: most issuers hold no `Q` (`Quốc`, `QUỐC`).
        guard vietcite_find_byte(p, issuer.lowerBound, issuer.upperBound, 0x51) < issuer.upperBound else {
            return false
        }
        var previous: UInt64 = 0
        var found = false
        forEachWord(in: issuer) { _, key in
            found = previous == WordKey.quoc && key == WordKey.hoi
            previous = key
            return !found
        }
        return found
    }

    // MARK: - Issuer and term

    /// `của Ban Bí thư`, `của Ủy ban nhân dân tỉnh Thừa Thiên Huế`: capitalised words and issuer vocabulary,
    /// up to the subject (`về …`), a term, punctuation or an ordinary word.
    func readIssuer(at start: Int, joint: Bool = false) -> Range<Int>? {
        // The first word, read once: `của`, or the `Hội` of `Hội nghị`.
        var first = start
        skipGap(&first)
        guard first < count, Tokenizer.isWordStart(p, first, count) else { return nil }
        let (firstEnd, firstKey) = wordEndAndKey(from: first, limit: count)
        var cursor: Int
        var afterMeeting = firstEnd
        if firstKey == WordKey.hoi && expectWord("nghi", &afterMeeting) && isCapitalised(at: start) {
            // `Hội nghị lần thứ tư Ban Chấp hành Trung ương`, `Hội nghị Ban Chấp hành Trung ương 6`: the meeting and
            // its ordinal are not the issuer. `Hội nghị Trung ương 8` names no body without them, and stays whole.
            guard let body = meetingBodyStart(after: afterMeeting) else {
                // Not `Hội nghị` alone (`Hội nghị lần th� tư`, an ordinal that cannot be read).
                guard let phrase = issuerPhrase(from: first), phrase.upperBound > afterMeeting else { return nil }
                return phrase
            }
            cursor = body
        } else if firstKey == WordKey.dai && isCapitalised(at: first) && expectWord("hoi", &afterMeeting) {
            // `Nghị quyết số 01-NQ/ĐH, ngày 15/10/2020 Đại hội đại biểu Đảng bộ tỉnh lần thứ XX`: a congress after the
            // date, without `của`, as a meeting is (`… ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành …`); not
            // `Đại hội` alone (`…, Đại hội cũng yêu cầu`, `Đại hội thể dục thể thao`).
            guard let phrase = issuerPhrase(from: first), phrase.upperBound > afterMeeting else { return nil }
            return phrase
        } else {
            guard firstKey == WordKey.cua else { return nil }
            cursor = firstEnd
            // `của` that ends a line only wraps its sentence.
            _ = skipLineBreak(&cursor)
            // `của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng`: the same, after `của` (a capital H first).
            var meeting = cursor
            skipSpaces(&meeting, limit: 2)
            afterMeeting = meeting
            if meeting < count && p[meeting] == 0x48,
               expectWord("hoi", &afterMeeting) && expectWord("nghi", &afterMeeting) && isCapitalised(at: meeting),
               let body = meetingBodyStart(after: afterMeeting) {
                cursor = body
            }
        }
        skipSpaces(&cursor, limit: 2)
        // `Hội nghị lần thứ sáu⏎Ban Chấp hành …`: a line that only wraps its sentence.
        skipWrappedLineBreak(&cursor)
        return issuerPhrase(from: cursor, joint: joint).map(withoutPersonName)
    }

    /// The issuer's name that starts at `start`: capitalised words, issuer vocabulary and known unit names (`Bộ Tài
    /// nguyên và Môi trường`), up to the subject, a stop word, `ban hành`, punctuation or an ordinary word. The issuers
    /// of a `joint` document (a `Thông tư liên tịch`) go on after a comma too.
    func issuerPhrase(from start: Int, joint: Bool = false) -> Range<Int>? {
        var cursor = start
        let phraseStart = cursor
        var phraseEnd = cursor
        var words = 0
        var previousKey: UInt64 = 0
        var namesCongress = false
        var previousCapitalised = false
        // The tables are read into locals once: a static read in the loop pays its lazy-initialization check per word.
        let stopKeys = Vocabulary.issuerStopKeys
        let issuerWords = Vocabulary.issuerWordKeys
        let unitHeads = IssuerUnits.headKeys
        // (A joint document names several bodies: room for five ministers and their ministries.)
        let wordLimit = joint ? 48 : 14
        while cursor < count && words < wordLimit {
            guard Tokenizer.isWordStart(p, cursor, count) else { break }
            let (end, key) = wordEndAndKey(from: cursor, limit: count)
            // `V/v` (về việc) and other slashed abbreviations open the subject, not the issuer.
            if end < count && p[end] == 0x2F { break }
            let capitalised = isCapitalised(at: cursor)
            if key == WordKey.va && !capitalised && words > 0, let next = jointIssuerHead(after: end) {
                // `của Bộ Y tế và Bộ Nội vụ`: a second issuer.
                cursor = next
                continue
            }
            // `cán` of `Ban cán sự đảng` folds as the `căn` of `căn cứ`: a word that continues the name is no stop.
            if stopKeys.contains(key) && (!capitalised || key == WordKey.ve)
                && !(words > 0 && issuerWords.contains(key) && continuesIssuer(key, after: previousKey, end: end)) {
                // A congress is named with its ordinal: `Đại hội đại biểu Đảng bộ tỉnh lần thứ XX`.
                if key == WordKey.lan && namesCongress, let ordinalEnd = meetingOrdinalEnd(after: phraseEnd) {
                    phraseEnd = ordinalEnd
                }
                break
            }
            // `Hội đồng nhân dân tỉnh Khóa XVII`: a capitalised term is the term, not the name.
            if key == WordKey.khoa && readTerm(at: cursor) != nil { break }
            if key == WordKey.ban && !capitalised && nextWordIs("hanh", after: end) { break }
            if capitalised && Self.mayOpenSubject(key), opensSubjectInCapitals(cursor..<end, key: key) { break }
            // `bí` of `bí thư`; a lower-case `bị` is the passive (`… của Chủ tịch UBND tỉnh bị bãi bỏ`).
            if key == WordKey.bi && !capitalised && !nextWordIs("thu", after: end) { break }
            // `Giám đốc Sở …`, `Hội nghị …`: `đốc` only after `Giám` (alone it may be the verb `đọc`), `nghị` after
            // `Hội`.
            let isTitle = key == WordKey.doc && previousKey == WordKey.giam
                || key == WordKey.nghi && previousKey == WordKey.hoi
            // A unit name opens after a capitalised head, after `Trưởng phòng` (`Trưởng phòng Nội vụ`), or after
            // `Đảng ủy` (`Đảng ủy các cơ quan Đảng Trung ương`).
            // A page written in lower case names the unit so too: `của bộ công an`.
            let headsUnit = capitalised || words == 0 || key == WordKey.phong && previousKey == WordKey.truong
                || key == WordKey.uy && previousKey == WordKey.dang
            // A lower-case word: any word of issuers first (`của tỉnh`, `của ban chỉ đạo`), then only a level, an
            // opener with its word after it, or the word that continues the one before.
            // (Most words after a name are no word of issuers at all: one look-up turns them down.)
            // A lower-case word between two capitalised ones is the second half of a word of the name: `Tổ quốc
            // Việt Nam`, `Lao động Việt Nam`, `Ngân hàng Nhà nước`, `Thống đốc Ngân hàng`; not of a type word
            // (`các nghị quyết của Trung ương Nghị quyết Trung ương 4`).
            // (`chính` goes on after `thủ tướng` only into `chính phủ`: `của thủ tướng chính phủ`.)
            guard capitalised || isTitle || issuerWords.contains(key)
                    && (words == 0 || continuesIssuer(key, after: previousKey, end: end)
                        || key == WordKey.chinh && previousKey == WordKey.tuong && nextWordIs("phu", after: end))
                    || previousCapitalised && words > 0 && capitalisedWordAfter(end) && typeWord(endingAt: end) == nil
            else { break }
            previousCapitalised = capitalised
            phraseEnd = end
            words += 1
            cursor = end
            if key == WordKey.hoi && previousKey == WordKey.dai { namesCongress = true }
            previousKey = key
            // Districts and wards of cities are numbered: `Ủy ban nhân dân quận 1`, `UBND phường 5`.
            // Steering committees too: `Ban Chỉ đạo 389`, `Ban Chỉ đạo 35`, `Ban Chỉ đạo 389 quốc gia`.
            // Military regions too: `Bộ Tư lệnh Quân khu 7`.
            if key == WordKey.quan || key == WordKey.phuong || key == WordKey.dao || key == WordKey.khu,
               var numberEnd = unitNumberEnd(after: end, digits: key == WordKey.dao ? 3 : 2) {
                var national = numberEnd
                if key == WordKey.dao, expectWord("quoc", &national), expectWord("gia", &national) {
                    numberEnd = national
                }
                phraseEnd = numberEnd
                cursor = numberEnd
                previousCapitalised = false
            }
            if capitalised {
                while let joined = abbreviationAfter(cursor) {
                    phraseEnd = joined
                    cursor = joined
                }
            }
            // `Bộ Tài nguyên và Môi trường`: a unit name with lower-case words, read whole.
            if headsUnit && unitHeads.contains(key), let unitEnd = knownUnitEnd(from: end) {
                phraseEnd = unitEnd
                words += 1
                cursor = unitEnd
            }
            guard cursor < count else { break }
            if p[cursor] == 0x2C {
                // Names with a comma inside: `Bộ Chính trị, Ban Bí thư` (the two bodies that issue jointly, Kết luận
                // số 127-KL/TW) and `Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ` (a minister who heads a body of
                // ministerial rank).
                guard let end = previousKey == WordKey.tri ? politburoAndSecretariatEnd(after: cursor)
                        : previousKey == WordKey.truong ? chairmanEnd(after: cursor)
                        : previousKey == WordKey.quoc ? frontAndUnionsEnd(after: cursor) : nil else {
                    // A joint document's issuers, each after a comma (`của Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Công
                    // Thương`); elsewhere a comma ends the name (`của UBND tỉnh, Sở Tài chính đã …`).
                    guard joint, let next = jointIssuerHead(after: cursor + 1) else { break }
                    cursor = next
                    continue
                }
                phraseEnd = end
                words += 2
                cursor = end
                guard cursor < count, p[cursor] == 0x20 else { break }
                skipSpaces(&cursor, limit: 2)
                continue
            }
            // `UBND TP. Hồ Chí Minh`, `UBND TX. Sơn Tây`, `UBND TP. Huế;`: the abbreviated city or town goes on after
            // its dot, when a name follows it (not a sentence: `UBND TP. Theo đó, …`), on the same line or the next.
            // (`TP.HCM. UBND` ends at its dot: the word before the dot is `TP` itself, not the code joined to it.)
            if p[cursor] == 0x2E && (previousKey == WordKey.tp || previousKey == WordKey.tx) {
                guard let name = placeNameAfterAbbreviation(dot: cursor) else { break }
                cursor = name
                continue
            }
            if p[cursor] != 0x20 {
                // A name cut at a line end, as text from PDFs is (`của Chính⏎phủ quy định`): it goes on when the next
                // line opens with a lower-case word of issuers, or when the line only wraps its sentence (`của Bộ⏎Chính
                // trị về …`).
                // (Not before a sentence's first word: `… của Bộ Chính trị⏎Năm 2025, …` under a title.)
                guard let next = lineBreakInsideName(at: cursor, after: previousKey)
                        ?? softLineBreakEnd(at: cursor).flatMap({ opensSentence(wordAt: $0) ? nil : $0 })
                else { break }
                cursor = next
                continue
            }
            skipSpaces(&cursor, limit: 2)
            // ` - ` before a capitalised word joins the parts of a name (`tỉnh Bà Rịa - Vũng Tàu`, `liên Bộ Tài nguyên
            // và Môi trường - Bộ Nội vụ`), and so do an en dash and an em dash (`Bộ Lao động – Thương binh và Xã hội`).
            if cursor < count && (p[cursor] == 0x2D || p[cursor] == 0xE2), let dash = spacedDashLength(at: cursor) {
                var next = cursor + dash
                skipSpaces(&next, limit: 2)
                if next < count && Tokenizer.isWordStart(p, next, count) && isCapitalised(at: next) { cursor = next }
            }
        }
        return phraseEnd > phraseStart ? phraseStart..<phraseEnd : nil
    }

    /// The start of the name after the dot of `TP.` or `TX.` at `dot`, on the same line or the next (`UBND TP.⏎Hồ Chí
    /// Minh`), when a name follows (its word capitalised, and the next too, or punctuation after it); nil otherwise.
    /// (Out of line, as ``spacedDashLength(at:)`` is, so the issuer reader stays small.)
    @inline(never)
    private func placeNameAfterAbbreviation(dot: Int) -> Int? {
        guard dot >= 3, p[dot - 3] == 0x20 || p[dot - 3] == 0x0A, dot + 2 < count else { return nil }
        var name = dot + 1
        if p[name] == 0x20 {
            name += 1
        } else {
            guard skipLineBreak(&name) else { return nil }
            skipSpaces(&name, limit: 2)
        }
        guard name < count, Tokenizer.isWordStart(p, name, count), isCapitalised(at: name) else { return nil }
        let nameEnd = Tokenizer.wordEnd(p, from: name, count)
        guard nameEnd == count || capitalisedWordAfter(nameEnd) || ",;.)".utf8.contains(p[nameEnd]) else { return nil }
        return name
    }

    /// The length of the dash and the space after it at `index`: `- ` (2), or `– `, `— ` (E2 80 93 or 94, then a space:
    /// 4); nil for anything else. (Out of line: its callers test the first byte, and inlined it grew the issuer reader
    /// until the compiler called `abbreviationAfter` out of line, 0.05 instructions per byte more on the NFC slice.)
    @inline(never)
    func spacedDashLength(at index: Int) -> Int? {
        guard index + 1 < count else { return nil }
        if p[index] == 0x2D { return p[index + 1] == 0x20 ? 2 : nil }
        guard p[index] == 0xE2, index + 3 < count, p[index + 1] == 0x80, p[index + 2] == 0x93 || p[index + 2] == 0x94,
              p[index + 3] == 0x20 else { return nil }
        return 4
    }

    /// True when the lower-case word whose key is `key` (ending at `end`) continues an issuer's name after the word
    /// whose key is `previous`: ``Vocabulary/issuerLevelKeys``, ``Vocabulary/issuerOpenerKeys`` and
    /// ``Vocabulary/issuerFollowerKeys``.
    /// (Inlined: when the issuer reader grew, the compiler called it out of line, and its 7,592 calls on the NFC
    /// slice cost 0.4 million instructions more.)
    @inline(__always)
    private func continuesIssuer(_ key: UInt64, after previous: UInt64, end: Int) -> Bool {
        if Vocabulary.issuerLevelKeys.contains(key) { return true }
        if let before = Vocabulary.issuerFollowerKeys[key], before.contains(previous) { return true }
        guard let after = Vocabulary.issuerOpenerKeys[key], let next = wordAfter(end) else { return false }
        return after.contains(wordKey(next))
    }

    /// The first words of the verbs that open a subject (`quy định`, `ban hành`, `hướng dẫn`, `sửa đổi`, `phê duyệt`).
    @inline(__always)
    private static func mayOpenSubject(_ key: UInt64) -> Bool {
        key == WordKey.quy || key == WordKey.ban || key == WordKey.huong || key == WordKey.sua || key == WordKey.phe
    }

    /// True when the capitalised word at `word` opens the subject with the word after it: in a title written in
    /// capitals (`… CỦA CHÍNH PHỦ QUY ĐỊNH VỀ HÓA ĐƠN`) or in title case (`Chính phủ Quy định`) no small letter ends
    /// the issuer. Read as pairs: `QUY NHƠN` is a city, `BAN CHẤP HÀNH` a body.
    @inline(never)
    private func opensSubjectInCapitals(_ word: Range<Int>, key: UInt64) -> Bool {
        switch key {
        case WordKey.quy: return nextWordIs("dinh", after: word.upperBound)
        // `Ban` opens many bodies (`Ban Chấp hành`, `Ban Bí thư`): the next word is read only when it opens with `h`.
        case WordKey.ban:
            return word.upperBound + 1 < count && p[word.upperBound + 1] | 0x20 == 0x68
                && nextWordIs("hanh", after: word.upperBound)
        case WordKey.huong: return nextWordIs("dan", after: word.upperBound)
        case WordKey.sua: return nextWordIs("doi", after: word.upperBound)
        default: return nextWordIs("duyet", after: word.upperBound)
        }
    }

    /// The end of `, các đoàn thể` after `Mặt trận Tổ quốc` (the comma at `comma`), or nil: the Party committee of
    /// the Front and the mass organizations, named so since 2025 (`Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương`).
    private func frontAndUnionsEnd(after comma: Int) -> Int? {
        var cursor = comma + 1
        guard expectWord("cac", &cursor), expectWord("doan", &cursor), expectWord("the", &cursor) else { return nil }
        return cursor
    }

    /// The end of `, Ban Bí thư` after `Bộ Chính trị` (the comma at `comma`), or nil.
    private func politburoAndSecretariatEnd(after comma: Int) -> Int? {
        var cursor = comma + 1
        skipSpaces(&cursor, limit: 2)
        // `… của Bộ Chính trị,⏎Ban Bí thư`: wrapped after the comma.
        _ = skipLineBreak(&cursor)
        guard cursor < count, p[cursor] == 0x42, expectWord("ban", &cursor), expectWord("bi", &cursor),
              expectWord("thu", &cursor) else { return nil }
        return cursor
    }

    /// `-` or `&` between two capitalised words (`GD-ĐT`, `TB&XH`), or `.` between two capital letters (`TP.HCM`;
    /// not `Quảng Nam.Theo đó`, a sentence whose space was lost).
    @inline(__always)
    private func isAbbreviationJoiner(at index: Int) -> Bool {
        let byte = p[index]
        return byte == 0x2D || byte == 0x26
            || byte == 0x2E && ByteClass.isUpperASCII(p[index - 1]) && ByteClass.isUpperASCII(p[index + 1])
    }

    /// The capitalised word joined by `-`, `&` or `.` to the word that starts at `start`, or nil.
    private func abbreviationBefore(_ start: Int) -> Range<Int>? {
        guard start >= 2, isAbbreviationJoiner(at: start - 1) else { return nil }
        let token = Tokenizer.token(before: start - 1, in: buffer)
        guard token.kind == .word, Int(token.end) == start - 1, isCapitalised(at: Int(token.start)) else { return nil }
        return token.range
    }

    /// The end of the capitalised word joined by `-`, `&` or `.` after `end` (`GD-ĐT`, `TP.HCM`), or nil.
    func abbreviationAfter(_ end: Int) -> Int? {
        guard end > 0, end + 1 < count, isAbbreviationJoiner(at: end), Tokenizer.isWordStart(p, end + 1, count),
              isCapitalised(at: end + 1) else { return nil }
        return Tokenizer.wordEnd(p, from: end + 1, count)
    }

    /// The end of `, Chủ nhiệm` after `Bộ trưởng` (the comma at `comma`), or nil.
    private func chairmanEnd(after comma: Int) -> Int? {
        var cursor = comma + 1
        guard expectWord("chu", &cursor), expectWord("nhiem", &cursor) else { return nil }
        return cursor
    }

    /// The start of the next line's first word when a line break stands at `index` inside a two-word name of
    /// issuers (`Chính⏎phủ`, `Ủy⏎ban`, `nhân⏎dân`, `Chấp⏎hành`; in capitals, `CHÍNH⏎PHỦ` of a title), else nil.
    private func lineBreakInsideName(at index: Int, after previousKey: UInt64) -> Int? {
        var cursor = index
        guard skipLineBreak(&cursor), cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        let (end, key) = wordEndAndKey(from: cursor, limit: count)
        // `Bộ` names no body alone: in capitals any word goes on with it (`CỦA BỘ⏎TRƯỞNG BỘ TÀI CHÍNH`, `BỘ⏎TƯ PHÁP`).
        guard previousKey == WordKey.bo && isCapitalised(at: cursor)
                || Vocabulary.issuerWordPairs.contains(where: { $0 == (previousKey, key) }) else { return nil }
        guard isCapitalised(at: cursor) else { return cursor }
        // Both words in capitals (the word before ends the line, right before `index`).
        var before = index
        while before > 0 && (p[before - 1] == 0x20 || p[before - 1] == 0x09) { before -= 1 }
        let previous = Tokenizer.token(before: before, in: buffer)
        return previous.kind == .word && isAllCaps(previous.range) && isAllCaps(cursor..<end) ? cursor : nil
    }

    /// An issuer stated before the mention: `UBND phường đã (vừa, mới) ban hành kế hoạch số …`, `HĐND tỉnh đã thông
    /// qua Nghị quyết số …` (holds for the sentence), `Quyết định của UBND tỉnh Quy định số …`, or, when `allowsHas` (a
    /// mention with a symbol), the news forms `Bộ Y tế có Công văn số …` and `Thủ tướng Chính phủ vừa ký Quyết định …`
    /// (for that mention only).
    /// Words at or before `limit` (the fields of the mention before) are not read again.
    func issuerBefore(_ start: Int, after limit: Int = 0, allowsHas: Bool = false)
        -> (range: Range<Int>, coversSentence: Bool)? {
        var cursor = start
        skipBackSpaces(&cursor)
        // `Căn cứ các Nghị định của Chính phủ: số 15/2020/NĐ-CP …; số 123/2020/NĐ-CP …`: the list's head names the
        // issuer of its members.
        var afterColon = false
        if cursor > limit + 1 && p[cursor - 1] == 0x3A {
            var beforeColon = cursor - 1
            skipBackSpaces(&beforeColon)
            // Not the label `Số:` (`… của Trung ương Số: 01/QĐ-UBND`), which no issuer stands before.
            let label = Tokenizer.token(before: beforeColon, in: buffer)
            guard label.kind != .word || !isWord(label.range, "so") else { return nil }
            afterColon = true
            cursor = beforeColon
        }
        var words: [Range<Int>] = []
        while cursor > limit && words.count < 12 {
            // The body's name today, in parentheses after the one it had (`Bộ Kế hoạch và Đầu tư (nay là Bộ Tài chính)
            // có Văn bản số …`): the name written is the issuer, as after `của`.
            if p[cursor - 1] == 0x29, let open = nowNamedOpen(before: cursor - 1, after: limit) {
                cursor = open
                skipBackSpaces(&cursor)
                continue
            }
            let token = Tokenizer.token(before: cursor, in: buffer)
            guard token.kind == .word, Int(token.start) >= limit else { break }
            var word = token.range
            // Abbreviations joined by `-`, `&` or `.` read as one word (`Bộ GD-ĐT`, `Bộ LĐ-TB&XH`, `UBND TP.HCM`).
            while isCapitalised(at: word.lowerBound), let joined = abbreviationBefore(word.lowerBound),
                  joined.lowerBound >= limit {
                word = joined.lowerBound..<word.upperBound
            }
            words.append(word)
            cursor = word.lowerBound
            // A line that only wraps its sentence (`UBND thành⏎phố đã ban hành …`).
            if let wrapped = wrappedLineEnd(before: cursor), wrapped > limit {
                cursor = wrapped
                // A name's parts joined by a dash that ends the line (`Sở Lao động -⏎Thương binh và Xã hội`).
                if isCapitalised(at: word.lowerBound) && cursor > limit + 4 {
                    if p[cursor - 1] == 0x2D && p[cursor - 2] == 0x20 {
                        cursor -= 2
                    } else if p[cursor - 4] == 0x20 && p[cursor - 3] == 0xE2 && p[cursor - 2] == 0x80
                                && (p[cursor - 1] == 0x93 || p[cursor - 1] == 0x94) {
                        cursor -= 4
                    }
                }
                continue
            }
            guard cursor > 0 && p[cursor - 1] == 0x20 else { break }
            cursor -= 1
            // Two spaces, as justified text from PDF writes (`Thủ tướng  Chính phủ`), as the forward readers do.
            if cursor > limit + 1 && p[cursor - 1] == 0x20 && p[cursor - 2] != 0x20 { cursor -= 1 }
            // ` - ` before a capitalised word joins the parts of a name (`Phòng Tài chính - Kế hoạch`; `–`, `—` too).
            if cursor > limit + 1 && p[cursor - 1] == 0x2D && p[cursor - 2] == 0x20
                && isCapitalised(at: word.lowerBound) {
                cursor -= 2
            } else if cursor > limit + 4, p[cursor - 1] == 0x93 || p[cursor - 1] == 0x94,
                      p[cursor - 4] == 0x20 && spacedDashLength(at: cursor - 3) == 4
                        && isCapitalised(at: word.lowerBound) {
                cursor -= 4
            }
        }
        // words[0] is the nearest. Find `của` or `ban hành` after the issuer phrase; a plural before the mention's
        // list is passed over (`Chính phủ ban hành các Nghị định số …`).
        if words.count > 2 && (isWord(words[0], "cac") || isWord(words[0], "nhung")) { words.removeFirst() }
        var index = 0
        var coversSentence = false
        var has = false
        // `… được Thủ tướng Chính phủ phê duyệt tại Quyết định số 72/QĐ-TTg`, `được HĐND tỉnh thông qua tại Nghị quyết
        // số …`: the agent of the passive, between `được` and the act (for that mention only).
        var passive = false
        if words.count >= 5, isWord(words[0], "tai"),
           isWord(words[1], "duyet") && isWord(words[2], "phe") || isWord(words[1], "hanh") && isWord(words[2], "ban")
            || isWord(words[1], "qua") && isWord(words[2], "thong") {
            index = 3
            passive = true
            has = true
        } else if allowsHas && words.count >= 2 && (isWord(words[0], "co") || isWord(words[0], "ky")) {
            // `Văn phòng Chính phủ có Thông báo số …`, `UBND tỉnh đã có Công văn số …`, `Bộ … cũng có Văn bản số …`,
            // `Thủ tướng Chính phủ vừa ký Quyết định 1131/QĐ-TTg`.
            index = 1
            skipTenseWords(words, &index)
            has = true
        } else if words.count >= 2 && (isWord(words[0], "hanh") && isWord(words[1], "ban")
                    || isWord(words[0], "qua") && isWord(words[1], "thong")) {
            // (`thông qua`, as a council or a congress adopts: `Ban Chấp hành Trung ương đã thông qua Kết luận số …`.)
            index = 2
            // `ký ban hành`, as news says of one who signs (`Thủ tướng Chính phủ đã ký ban hành Chỉ thị số …`).
            if index < words.count && isWord(words[index], "ky") { index += 1 }
            // `đã`, `vừa`, `mới ban hành`, `cũng vừa ban hành`.
            skipTenseWords(words, &index)
            coversSentence = true
        } else if !words.isEmpty {
            // `của ISSUER` directly before the type word, or before `tại` (`Theo đề nghị của Giám đốc Sở Tài nguyên
            // và Môi trường tại Tờ trình số …`): the phrase read forward from `của` must reach exactly that far.
            let first = isWord(words[0], "tai") && !afterColon ? 1 : 0
            var probe = first
            while probe < words.count && !isWord(words[probe], "cua") { probe += 1 }
            // (The phrase must reach exactly that far from before it: read past a meeting's ordinal, `của Hội nghị lần
            // thứ sáu Nghị quyết số …`, it may start after it.)
            guard probe > first && probe < words.count,
                  let phrase = readIssuer(at: words[probe].lowerBound), phrase.upperBound >= words[first].upperBound,
                  phrase.lowerBound < words[first].upperBound
            else { return nil }
            let head = probe + 1 < words.count ? typeWord(endingAt: words[probe + 1].upperBound) : nil
            if afterColon {
                // Only after a type word (`các Quyết định của UBND tỉnh:`; not `ý kiến của Bộ Tư pháp:`).
                guard head != nil else { return nil }
                return (phrase.lowerBound..<words[first].upperBound, true)
            }
            if let head, let plural = wordBefore(head.start), isWord(plural, "cac") {
                // `các Thông tư của Bộ Tài chính số 78/2021/TT-BTC, số 80/2021/TT-BTC`: the plural head's issuer is
                // every member's.
                return (phrase.lowerBound..<words[first].upperBound, true)
            }
            // The forward reading may run on into the mention's own capitalised type word (`của UBND tỉnh Quy định`).
            return (phrase.lowerBound..<words[first].upperBound, false)
        }
        // A term before `ban hành` (`Ban Chấp hành Trung ương khóa XIII đã ban hành …`) is no issuer: the body
        // stands before it.
        if index + 1 < words.count, isRoman(words[index]), isWord(words[index + 1], "khoa") { index += 2 }
        guard coversSentence || has, index < words.count, !afterColon else { return nil }
        var end = index
        while end < words.count {
            let word = words[end]
            let key = wordKey(word)
            let capitalised = isCapitalised(at: word.lowerBound)
            // A stop word ends the phrase unless it is capitalised (`Quảng Nam`, not `năm`).
            guard capitalised || Vocabulary.issuerWordKeys.contains(key),
                  capitalised || !Vocabulary.issuerStopKeys.contains(key) else { break }
            end += 1
        }
        // A name with lower-case words that only a known unit name explains (`Bộ Y tế`, `Sở Tư pháp tỉnh Quảng Nam`):
        // read forward, as after `của`, from the farthest capitalised word whose reading ends right before `ban hành`;
        // not from a word that opens its sentence (`Sau khi Ban Thường vụ Tỉnh ủy ban hành …`).
        var farthest = words.count - 1
        while farthest > max(index, end - 1) {
            if isCapitalised(at: words[farthest].lowerBound), !opensSentence(wordAt: words[farthest].lowerBound),
               !passive || farthest + 1 < words.count && isWord(words[farthest + 1], "duoc"),
               let phrase = issuerPhrase(from: words[farthest].lowerBound),
               phrase.upperBound == words[index].upperBound {
                guard !has || passive || namesBody(at: phrase.lowerBound) else { return nil }
                return (coversSentence ? behalfBody(before: phrase.lowerBound) ?? withoutPersonName(phrase)
                            : withoutPersonName(phrase), coversSentence)
            }
            farthest -= 1
        }
        guard end > index, !passive || end < words.count && isWord(words[end], "duoc") else { return nil }
        // The subject of `có` is a body (`Bộ Y tế có Công văn số …`), not what a document was issued for (`Dự án có
        // Quyết định số …`, `Hộ ông A có Quyết định giao đất số …`).
        guard !has || passive || namesBody(at: words[end - 1].lowerBound) else { return nil }
        // The issuer must open its clause (after punctuation or at a line start).
        let phrase = words[end - 1].lowerBound..<words[index].upperBound
        return (coversSentence ? behalfBody(before: phrase.lowerBound) ?? withoutPersonName(phrase)
                    : withoutPersonName(phrase), coversSentence)
    }

    /// The body that `Thay mặt` names where it opens the sentence before `start`, set off by a comma (`Thay mặt Bộ
    /// Chính trị, đồng chí …, Thường trực Ban Bí thư đã ký ban hành Quy định số …`): the issuer, on whose behalf the
    /// one named after it signs. Nil otherwise.
    func behalfBody(before start: Int) -> Range<Int>? {
        let from = max(0, start - 300)
        guard var cursor = lastBoundary(in: from..<start) ?? (from == 0 ? 0 : nil) else { return nil }
        while cursor < start && (p[cursor] == 0x20 || p[cursor] == 0x0A || p[cursor] == 0x0D) { cursor += 1 }
        // After a news page's dateline (`(ĐCSVN) - Thay mặt …`).
        if cursor < start && p[cursor] == 0x28 {
            var close = cursor + 1
            while close < min(start, cursor + 40) && p[close] != 0x29 { close += 1 }
            guard close < start, p[close] == 0x29 else { return nil }
            cursor = close + 1
            skipSpaces(&cursor, limit: 2)
            if cursor < start, let dash = spacedDashLength(at: cursor) { cursor += dash }
        }
        guard cursor < start, p[cursor] | 0x20 == 0x74, expectWord("thay", &cursor), expectWord("mat", &cursor)
        else { return nil }
        skipSpaces(&cursor, limit: 2)
        guard cursor < start, let body = issuerPhrase(from: cursor), body.upperBound < start,
              p[body.upperBound] == 0x2C else { return nil }
        return body
    }

    /// Moves `index` past at most two of the words that stand between a subject and its act (`đã`, `vừa`, `mới`,
    /// `cũng`: `Bộ Tài chính cũng vừa ban hành …`, `UBND tỉnh cũng đã có …`); `words` run backwards from the act.
    private func skipTenseWords(_ words: [Range<Int>], _ index: inout Int) {
        var skipped = 0
        while skipped < 2 && index < words.count {
            let word = words[index]
            guard isWord(word, "da") || isWord(word, "vua") || isWord(word, "moi") || isWord(word, "cung")
            else { return }
            index += 1
            skipped += 1
        }
    }

    /// True when the word at `start` opens the name of a body or of one who signs for it: an abbreviation in capitals
    /// (`UBND`, `VPCP`) or a head word of ``Vocabulary/bodyHeadKeys`` (`Bộ`, `Sở`, `Văn phòng`, `Thủ tướng`).
    private func namesBody(at start: Int) -> Bool {
        let (end, key) = wordEndAndKey(from: start, limit: count)
        return Vocabulary.bodyHeadKeys.contains(key) || end - start >= 2 && isAllCaps(start..<end)
    }

    /// The `(` of `(nay là …)` (`nay` then the body's present name) whose `)` stands at `close`, within 120 bytes of
    /// one line and after `limit`; nil otherwise.
    private func nowNamedOpen(before close: Int, after limit: Int) -> Int? {
        var open = close - 1
        while open > limit && close - open < 120 {
            let byte = p[open]
            if byte == 0x28 { break }
            if byte == 0x29 || byte == 0x0A { return nil }
            open -= 1
        }
        guard open > limit, p[open] == 0x28 else { return nil }
        var word = open + 1
        return expectWord("nay", &word) ? open : nil
    }

    /// No sentence end (`. `, a line break but one that only wraps its sentence or goes on in small letters after no
    /// `.`: `… đã ban hành Kế hoạch số 72-KH/TU;⏎ban hành Đề án số 05-ĐA/TU`) inside the range.
    func isSameSentence(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        for index in range {
            let byte = p[index]
            if byte == 0x0A && softLineBreakEnd(at: index) == nil && !goesOnInSmallLetters(after: index) {
                return false
            }
            if byte == 0x0D && (index + 1 == count || p[index + 1] != 0x0A) { return false }
            if byte == 0x2E && index + 1 < count && p[index + 1] == 0x20 { return false }
        }
        return true
    }

    /// True when the line after the line break at `index` opens with a small letter and the line it ends does not end
    /// a sentence (`.`, `!`, `?`).
    private func goesOnInSmallLetters(after index: Int) -> Bool {
        var next = index
        guard skipLineBreak(&next), next < count, Tokenizer.isWordStart(p, next, count), !isCapitalised(at: next) else {
            return false
        }
        var end = index
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09 || p[end - 1] == 0x0D) { end -= 1 }
        return end > 0 && p[end - 1] != 0x2E && p[end - 1] != 0x21 && p[end - 1] != 0x3F && p[end - 1] != 0x0A
    }

    /// True when the folded word occurs in the range.
    func containsWord(_ folded: StaticString, in range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            if Tokenizer.isWordStart(p, cursor, count) {
                let end = Tokenizer.wordEnd(p, from: cursor, count)
                if isWord(cursor..<end, folded) { return true }
                cursor = end
            } else {
                cursor += 1
            }
        }
        return false
    }

    /// The end of `lần thứ tư` (`lần thứ 4`) after a meeting's `Hội nghị`, or nil.
    private func meetingOrdinalEnd(after end: Int) -> Int? {
        var ordinal = end
        guard expectWord("lan", &ordinal), expectWord("thu", &ordinal) else { return nil }
        // (Across a line break too: `Hội nghị lần thứ⏎mười một Ban Chấp hành …`, text from PDF.)
        skipGap(&ordinal)
        guard ordinal < count && (Tokenizer.isWordStart(p, ordinal, count) || ByteClass.isDigit(p[ordinal])) else {
            return nil
        }
        return ordinalWordsEnd(after: Tokenizer.token(at: ordinal, in: buffer).range.upperBound)
    }

    /// The end of the number words that continue an ordinal ending at `end` (`lần thứ mười một`, `lần thứ hai mươi`),
    /// or `end`. `lần thứ hai năm 2025` ends at `hai`: `năm` before a number is the year.
    func ordinalWordsEnd(after end: Int) -> Int {
        var ordinalEnd = end
        for _ in 0..<3 {
            var next = ordinalEnd
            skipSpaces(&next, limit: 2)
            guard next > ordinalEnd, next < count, Tokenizer.isWordStart(p, next, count) else { break }
            let (wordEnd, key) = wordEndAndKey(from: next, limit: count)
            guard Self.numberWordKeys.contains(key) else { break }
            var after = wordEnd
            skipSpaces(&after, limit: 2)
            if key == WordKey.nam && after < count && ByteClass.isDigit(p[after]) { break }
            ordinalEnd = wordEnd
        }
        return ordinalEnd
    }

    /// The words of a number written out, folded (`mười`, `mươi` and `một`, `mốt` fold alike).
    private static let numberWordKeys = WordKeyTable(keys: [
        "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi",
    ].map(WordKey.of))

    /// Where the body that held a meeting starts, after `Hội nghị` (ending at `end`): past the ordinal
    /// (`lần thứ tư`), or at once when `Ban Chấp hành` follows; nil when neither does (`Hội nghị Trung ương 8`).
    private func meetingBodyStart(after end: Int) -> Int? {
        if let ordinalEnd = meetingOrdinalEnd(after: end) { return ordinalEnd }
        var body = end
        skipSpaces(&body, limit: 2)
        // `Hội nghị⏎Ban Chấp hành`: a line that only wraps its sentence.
        if body == end { skipWrappedLineBreak(&body) }
        var afterBan = body
        guard body < count, p[body] == 0x42, expectWord("ban", &afterBan), expectWord("chap", &afterBan) else {
            return nil
        }
        return body
    }

    /// The end of a plenum's number (one or two digits, then a space or `(`) at `start`, or nil.
    private func plenumNumberEnd(at start: Int) -> Int? {
        var cursor = start
        while cursor < count && cursor - start < 3 && ByteClass.isDigit(p[cursor]) { cursor += 1 }
        // (A line break after it: `Hội nghị Trung ương 7⏎khóa XI`.)
        guard cursor > start, cursor - start <= 2,
              cursor == count || p[cursor] == 0x20 || p[cursor] == 0x28 || p[cursor] == 0x0A || p[cursor] == 0x0D
        else {
            return nil
        }
        return cursor
    }

    /// The start of the word after `và` at `end` when it opens a second issuer (a capitalised `Bộ`, `Sở`, `Ủy ban`…).
    private func jointIssuerHead(after end: Int) -> Int? {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        // `và` that ends a line only wraps its sentence.
        if cursor == end { _ = skipLineBreak(&cursor) }
        guard cursor > end, cursor < count, Tokenizer.isWordStart(p, cursor, count), isCapitalised(at: cursor) else {
            return nil
        }
        let key = wordEndAndKey(from: cursor, limit: count).key
        return IssuerUnits.jointHeadKeys.contains(key) ? cursor : nil
    }

    /// The end of at most `digits` digits after `end` (one space between) that no digit, `/` or `.` follows, or nil.
    private func unitNumberEnd(after end: Int, digits limit: Int) -> Int? {
        guard end + 1 < count else { return nil }
        var digits = end + 1
        // (Or on the next line of a wrapped sentence: `Ban Chỉ đạo⏎389 quốc gia`.)
        if p[end] != 0x20 {
            digits = end
            guard p[end] == 0x0A || p[end] == 0x0D, skipWrappedLineBreak(&digits) else { return nil }
        }
        var cursor = digits
        // One digit more than the limit is read: it turns the number down.
        while cursor < count && cursor - digits <= limit && ByteClass.isDigit(p[cursor]) { cursor += 1 }
        guard cursor > digits, cursor - digits <= limit else { return nil }
        if cursor < count && (p[cursor] == 0x2F || p[cursor] == 0x2E) { return nil }
        return cursor
    }

    /// `[được] ban hành ngày …`, `[được] ký [ban hành] ngày …` at `start`: the date and its end, or nil; and the date
    /// a list shares, `đều ngày …`, `cùng ngày …` (`số 01/2021/NĐ-CP, số 02/2021/NĐ-CP và số 03/2021/NĐ-CP đều ngày
    /// 04/01/2021`). (Not `có hiệu lực từ ngày …`: the day a document takes effect is not its date.)
    private func issuedOn(at start: Int) -> (date: (year: Int, month: Int, day: Int), end: Int, spaced: Bool)? {
        guard start < count else { return nil }
        let first = p[start] | 0x20
        guard first == 0x62 || first == 0x6B || first == 0x63 || first == 0x6C || p[start] == 0xC4 else { return nil }
        // `cùng` goes on with `ù` (C3 B9) or a plain `u`; `của`, the word most often here, does not.
        if first == 0x63 && (start + 1 >= count || p[start + 1] != 0xC3 && p[start + 1] | 0x20 != 0x75) { return nil }
        var cursor = start
        var probe = cursor
        // `lần lượt ngày …`: the first of the dates a list's members take in turn (``laterDates(after:)``).
        if expectWord("deu", &probe) || expectWord("cung", &probe)
            || expectWord("lan", &probe) && expectWord("luot", &probe) {
            skipGap(&probe)
            guard probe + 3 < count, p[probe] | 0x20 == 0x6E else { return nil }
            return readDate(at: probe, allowBare: false)
        }
        if expectWord("duoc", &probe) { cursor = probe }
        probe = cursor
        if expectWord("ky", &probe) {
            cursor = probe
            probe = cursor
            if expectWord("ban", &probe), expectWord("hanh", &probe) { cursor = probe }
        } else if expectWord("ban", &probe), expectWord("hanh", &probe) {
            cursor = probe
        } else {
            return nil
        }
        skipGap(&cursor)
        // `… được ban hành vào ngày 11/11/2024`.
        if cursor < count && p[cursor] | 0x20 == 0x76 {
            var afterVao = cursor
            if expectWord("vao", &afterVao) {
                cursor = afterVao
                skipGap(&cursor)
            }
        }
        guard cursor + 3 < count, p[cursor] | 0x20 == 0x6E else { return nil }
        return readDate(at: cursor, allowBare: false)
    }

    /// True when a capitalised word follows `end` across one or two spaces.
    private func capitalisedWordAfter(_ end: Int) -> Bool {
        guard let next = wordAfter(end) else { return false }
        return isCapitalised(at: next.lowerBound)
    }

    private func nextWordIs(_ folded: StaticString, after end: Int) -> Bool {
        var cursor = end
        return expectWord(folded, &cursor)
    }

    func isCapitalised(at index: Int) -> Bool {
        let scalar = UTF8Decoding.decode(p, index, count).scalar
        if scalar < 0x80 { return ByteClass.isUpperASCII(UInt8(scalar)) }
        if scalar == 0x110 { return true }
        return VietnameseLetters.letter(scalar)?.isUpper ?? false
    }

    /// `(khóa XI)`, `khoá XII`, `(khóa X)`, and the numeral alone in parentheses (`Nghị quyết Trung ương 4 (XII)`).
    func readTerm(at start: Int) -> (String, Int)? {
        var cursor = start
        var inParentheses = false
        if cursor < count && p[cursor] == 0x28 {
            inParentheses = true
            cursor += 1
        }
        let named = expectWord("khoa", &cursor)
        guard named || inParentheses else { return nil }
        skipSpaces(&cursor, limit: 2)
        // `khóa⏎XI`: a line that wraps before the numeral.
        _ = skipLineBreak(&cursor)
        let romanStart = cursor
        while cursor < count, "IVXLivxl".utf8.contains(p[cursor]) { cursor += 1 }
        guard cursor > romanStart, cursor == count || !Tokenizer.isWordStart(p, cursor, count) else { return nil }
        let term = string(romanStart..<cursor).uppercased()
        if !named {
            // Without `khóa`, capitals and the `)` right after them.
            guard p[romanStart] < 0x61, cursor < count, p[cursor] == 0x29 else { return nil }
            return (term, cursor + 1)
        }
        if inParentheses {
            skipSpaces(&cursor, limit: 2)
            if cursor < count && p[cursor] == 0x29 {
                cursor += 1
            } else if let close = listedTermsClose(from: cursor) {
                // `(khóa XI, XII)`: the parentheses close after the terms listed; the first is the mention's.
                cursor = close
            }
        } else {
            // `khóa XI, XII`, `khóa XI và XII`: the terms listed without parentheses; the first is the mention's.
            cursor = listedTermsEnd(from: cursor)
        }
        return (term, cursor)
    }

    /// The end of the terms listed after a term that ends at `start`, each after `, ` (or a comma that ends a line) or
    /// ` và ` and written in capitals as a word of its own (`, XII`, ` và XIII`); `start` when none is.
    private func listedTermsEnd(from start: Int) -> Int {
        var end = start
        while true {
            var cursor = end
            let comma = cursor < count && p[cursor] == 0x2C
            if comma { cursor += 1 }
            // (After a comma, a line break too: `khóa XI,⏎XII`, wrapped.)
            guard skipSpaces(&cursor, limit: 2) || comma && skipLineBreak(&cursor) else { return end }
            if !comma {
                guard cursor + 3 < count, p[cursor] == 0x76, p[cursor + 1] == 0xC3, p[cursor + 2] == 0xA0,
                      p[cursor + 3] == 0x20 else { return end }
                cursor += 4
            }
            let romanStart = cursor
            while cursor < count && "IVXL".utf8.contains(p[cursor]) { cursor += 1 }
            guard cursor > romanStart, cursor == count || !Tokenizer.isWordStart(p, cursor, count) else { return end }
            end = cursor
        }
    }

    /// The end of the `)` after terms listed at `start` (`, XII)`, ` và XII)`, `, XII, XIII)`), or nil.
    private func listedTermsClose(from start: Int) -> Int? {
        var cursor = start
        var listed = false
        while cursor < count && cursor - start <= 24 {
            let byte = p[cursor]
            if byte == 0x29 { return listed ? cursor + 1 : nil }
            // (A line break too: `(khóa XI,⏎XII)`, wrapped.)
            if byte == 0x2C || byte == 0x20 || byte == 0x0A || byte == 0x0D {
                cursor += 1
            } else if byte == 0x76 && cursor + 2 < count && p[cursor + 1] == 0xC3 && p[cursor + 2] == 0xA0 {
                cursor += 3
            } else if "IVXL".utf8.contains(byte) {
                listed = true
                cursor += 1
            } else {
                return nil
            }
        }
        return nil
    }
}
