internal import CVietCiteScan

/// What the scan keeps of the mention before the current one (not the whole ``Match``, which is costly to copy).
struct PreviousMention {
    var range: Range<Int>
    var type: String?
    var isShortForm: Bool
    /// The name before the number of a plenum's resolution (``Matcher/plenumHead(name:range:type:issuer:)``), when
    /// plenums (or congresses) listed after it may follow.
    var plenumHead: Range<Int>?
}

/// The hand-written matcher: finds numbered citations in normalized text.
///
/// It scans for digits (every numbered citation has one), reads a symbol there (`Matcher+Symbol.swift`),
/// looks back a few tokens for `số` and a type word (`Matcher+TypeWord.swift`) and forward for the date,
/// issuer and term (`Matcher+Fields.swift`). Each look is bounded, so the whole scan is linear in the input;
/// nothing is allocated per input byte, only per citation.
///
/// ```swift
/// let matches = Matcher.matches(in: Array("theo Chỉ thị số 16/CT-TTg ngày 31/3/2020".utf8))
/// matches[0].symbol   // "16/CT-TTg"
/// ```
/// - Complexity: O(*n*).
@_spi(Stages) public struct Matcher {
    let p: UnsafePointer<UInt8>
    let count: Int
    let buffer: UnsafeBufferPointer<UInt8>

    /// Finds the numbered citations of a normalized text.
    public static func matches(in bytes: [UInt8]) -> [Match] {
        var sawConfusable = false
        var sawLostMarks = false
        return matches(in: bytes, sawOCRConfusable: &sawConfusable, sawLostMarks: &sawLostMarks)
    }

    /// The numbered citations, and whether some number the scan read has a letter OCR writes for a digit right
    /// before or after it (`20l7`, `O3/`: ``OCRDigits``), so that the caller repairs the text and scans again; and
    /// whether the text lost marks (`sawLostMarks`: a type word written with fewer marks than its name, `Nghi dinh
    /// so`, or `Luat` before a known name), so that the caller scans again with `unmarked` anchors, which also find
    /// `quyết`, `lệnh` and `lệ` without their tone (`Nghị quyêt Trung ương 4`, `Phap lenh`).
    static func matches(in bytes: [UInt8], sawOCRConfusable: inout Bool, sawLostMarks: inout Bool,
                        unmarked: Bool = false) -> [Match] {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return [] }
            return Matcher(buffer: buffer).scan(sawOCRConfusable: &sawOCRConfusable, sawLostMarks: &sawLostMarks,
                                                unmarked: unmarked)
        }
    }

    init(buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
        self.p = buffer.baseAddress!
        self.count = buffer.count
    }

    // MARK: - Scan

    func scan(sawOCRConfusable: inout Bool, sawLostMarks: inout Bool, unmarked: Bool) -> [Match] {
        var matches: [Match] = []
        // Room for one mention per 768 bytes, about what a dense legal text holds (the NFC benchmark corpus has one per
        // 855): a large document's array then grows rarely, where each doubling faulted in fresh pages for all of it
        // and copied it. Room not used is never touched.
        matches.reserveCapacity(count / 768)
        var previous: PreviousMention?
        var relations = Relations.Tracker()
        // Where the last symbol that numbers a form ended (`mẫu số 02/TB-BSTT-NNT`): the list it opens numbers forms
        // too.
        var partEnd = -1
        var index = 0
        while index < count {
            // Fast skip to the next digit (numbered mentions) or the letters that name-only mentions are
            // anchored on (`Matcher+Name.swift`), sixteen bytes at a time.
            index = unmarked ? vietcite_next_anchor_unmarked(p, index, count) : vietcite_next_anchor(p, index, count)
            guard index < count else { break }
            let lastEnd = previous?.range.upperBound ?? 0
            if !ByteClass.isDigit(p[index]) {
                if let anchor = nameAnchor(at: index), let match = nameMatch(anchor),
                   match.range.lowerBound >= lastEnd {
                    if isUnmarked(anchor) { sawLostMarks = true }
                    index = max(match.range.upperBound, match.dateEnd, index + 1)
                    append(match, to: &matches, previous: &previous, relations: &relations)
                    if previous?.plenumHead != nil {
                        index = max(index, appendListedCongresses(to: &matches, previous: &previous,
                                                                  relations: &relations))
                    }
                } else {
                    index += p[index] == 0xE1 ? 3 : p[index] < 0x80 ? 1 : 2
                }
                continue
            }
            let start = index
            var runEnd = start
            while runEnd < count && ByteClass.isDigit(p[runEnd]) { runEnd += 1 }
            if runEnd < count && OCRDigits.isConfusable(p[runEnd])
                || start > 0 && OCRDigits.isConfusable(p[start - 1]) {
                sawOCRConfusable = true
            }
            // A symbol, else a short form. Most numbers are neither (dates, amounts, `khoản 2`): those are turned
            // down on small values, before any ``Match`` (a few hundred bytes) is made or moved.
            let glued = start > 0 && isLetterOrDigit(before: start)
            // A number OCR spaced apart only after `số` (`Nghị quyết 25 107/2021/NĐ-CP` is two mentions).
            if let symbol = readSymbol(at: start) ?? spacedSymbolAfterHead(at: start, runEnd: runEnd) {
                let allowed = !glued || gluedAllowed(before: start)
                let numbersPart = allowed && (numbersPartOfDocument(before: start)
                                              || partEnd >= 0 && continuesPartList(from: partEnd, to: start))
                if numbersPart { partEnd = symbol.end }
                if allowed, !numbersPart, !continuesSymbol(at: start) {
                    let match = symbolMatch(symbol, numberStart: start, previous: previous)
                    // An old dashed symbol (`12-CP`) is one only after a type word or `số` (the label `Số: 217-HĐBT`
                    // of an old header starts no span: looked up again, as such symbols are rare).
                    // A symbol no type word or code names is no document's (`thụ lý số 38/2024/TLPT-HS`, a case).
                    if match.range.lowerBound >= lastEnd, match.type != nil,
                       !symbol.isDashedState || match.range.lowerBound < start || lookBack(from: start).hasSo {
                        // (Once is enough: the first type word that lost its marks has the text scanned again. A lost
                        // mark shortens the word, `ị` three bytes and `i` one: the bytes are counted first.)
                        let typeWord = match.typeWordEnd - match.range.lowerBound
                        if !sawLostMarks, typeWord > 0, typeWord < match.type?.utf8.count ?? 0, let type = match.type {
                            sawLostMarks = lostMarks(match.range.lowerBound..<match.typeWordEnd, type: type)
                        }
                        index = max(match.range.upperBound, match.dateEnd, runEnd)
                        append(match, to: &matches, previous: &previous, relations: &relations)
                        continue
                    }
                }
                // A symbol turned down is passed over whole: its year is not the number of another (`x5/2020/TT-BCA`).
                index = max(symbol.end, runEnd)
                continue
            } else if let head = shortForm(at: start, runEnd: runEnd, glued: glued, previous: previous),
                      head.range.lowerBound >= lastEnd {
                let match = shortMatch(head)
                index = max(match.range.upperBound, match.dateEnd, runEnd)
                append(match, to: &matches, previous: &previous, relations: &relations)
                continue
            } else if let head = previous?.plenumHead,
                      let match = listedPlenum(start..<runEnd, after: previous!.range, head: head) {
                index = runEnd
                append(match, to: &matches, previous: &previous, relations: &relations)
                continue
            } else if mayFollowCodeAbbreviation(start, runEnd: runEnd),
                      let match = codeAbbreviationMention(yearAt: start, runEnd: runEnd),
                      match.range.lowerBound >= lastEnd {
                index = max(match.range.upperBound, match.dateEnd, runEnd)
                append(match, to: &matches, previous: &previous, relations: &relations)
                continue
            } else if mayFollowCentralWord(start), let match = abbreviatedPlenum(numberStart: start),
                      match.range.lowerBound >= lastEnd {
                index = max(match.range.upperBound, runEnd)
                append(match, to: &matches, previous: &previous, relations: &relations)
                continue
            }
            index = runEnd
        }
        return matches
    }

    /// Appends a mention. The fields of the one before it end where it begins: an issuer read on through
    /// capitalised words (`… của Tỉnh ủy Thừa Thiên Huế Hướng dẫn số 06-HD/BTCTW`) gives them back, so fields
    /// never overlap the next mention. Its pinpoint, relation and header test are read here, while the text before it
    /// is still in cache: they read only that text and the mentions before it, whose fields are final by now.
    private func append(_ match: consuming Match, to matches: inout [Match], previous: inout PreviousMention?,
                        relations: inout Relations.Tracker) {
        previous = PreviousMention(range: match.range, type: match.type, isShortForm: match.family == "short",
                                   plenumHead: match.nameRange.flatMap {
                                       plenumHead(name: $0, range: match.range, type: match.type,
                                                  issuer: match.issuerRange)
                                   })
        if let last = matches.indices.last, matches[last].fieldsEnd > match.range.lowerBound {
            let cut = match.range.lowerBound
            matches[last].fieldsEnd = max(cut, matches[last].range.upperBound)
            if let issuer = matches[last].issuerRange, issuer.upperBound > cut {
                var end = cut
                while end > issuer.lowerBound && (p[end - 1] == 0x20 || p[end - 1] == 0x2C || p[end - 1] == 0x0A) {
                    end -= 1
                }
                matches[last].issuerRange = end > issuer.lowerBound ? issuer.lowerBound..<end : nil
                matches[last].fieldsEnd = max(end, matches[last].range.upperBound)
            }
        }
        let limit = matches.last?.fieldsEnd ?? 0
        matches.append(match)
        let last = matches.count - 1
        matches[last].pinpointRange = pinpointBefore(matches[last].range.lowerBound, limit: limit)
        if matches[last].symbol != nil {
            let range = matches[last].range
            matches[last].startsHeaderLine = startsHeaderLine(range, hasTypeWord: matches[last].hasTypeWord)
        }
        relations.assign(&matches, at: last, matcher: self)
    }

    /// Appends the congresses listed after the last mention (`Nghị quyết Đại hội X, XI của Đảng`:
    /// ``listedCongress(after:head:)``) and returns where the last of them ends (out of line: rare).
    @inline(never)
    private func appendListedCongresses(to matches: inout [Match], previous: inout PreviousMention?,
                                        relations: inout Relations.Tracker) -> Int {
        var end = 0
        while let last = previous, let head = last.plenumHead, endsInRomanLetter(last.range),
              let listed = listedCongress(after: last.range, head: head) {
            end = listed.range.upperBound
            append(listed, to: &matches, previous: &previous, relations: &relations)
        }
        return end
    }

    func symbolMatch(_ symbol: SymbolReading, numberStart: Int, previous: PreviousMention?) -> Match {
        var head = lookBack(from: numberStart)
        let codeType = symbolType(symbol)
        if head.type == nil && head.hasSo && head.start < numberStart,
           let (start, type) = looseTypeWord(before: head.start), agrees(type, with: symbol, codeType: codeType) {
            // `Quyết định đưa vụ án ra xét xử số 12/2024/QĐXXST-DS`: a type word a few words before `số`.
            head.type = type
            head.start = start
        }
        var type = head.type ?? codeType
        var family: String
        var issuerCode: String?
        if symbol.isParty && !Self.isOldStateSymbol(symbol, type: head.type) {
            family = "party"
            issuerCode = symbol.codes[1]
        } else if symbol.isParty {
            // `Thông tư số 12-TC/TCT` (1988): the ministry's old numbering, in the Party's order.
            family = "state"
            issuerCode = symbol.codes[0]
        } else if symbol.isOldStatute {
            family = "state"
            issuerCode = symbol.codes[1]
        } else if symbol.codes.first == "VBHN" {
            family = "consolidated"
            issuerCode = symbol.codes.count > 1 ? symbol.codes[1] : nil
        } else {
            family = symbol.year != nil ? "normative" : "state"
            // `NĐ-CP` → CP; `QĐ-TANDTC-KHTC` → TANDTC (the unit after it is not the issuer); a công văn writes no
            // type code, its issuer comes first: `UBND-VX` → UBND, `TCT-KK` → TCT.
            let typed = symbol.codes.count > 1 && Vocabulary.typeName(code: symbol.codes[0], party: false) != nil
            issuerCode = typed ? symbol.codes[1] : symbol.codes[0]
        }
        // A list continuation (`…; số 83/2015/QH13`) takes the type of its head, unless its symbol opens with a type
        // code of its own (`Quyết định số 1/QĐ-UBND; số 2/KH-UBND`: a Kế hoạch).
        if head.type == nil, let previous, Vocabulary.typeName(code: symbol.codes[0], party: symbol.isParty) == nil,
           isListContinuation(from: previous.range.upperBound, to: head.start) {
            type = previous.type ?? type
        }
        let canonical = Self.canonicalSymbol(symbol)
        // A joint document (`TTLT-BYT-BCT`, `HDLN-BNV-BTC`, `TTLB-TC-LĐ`) lists its issuers with commas.
        let joint = symbol.codes.count > 2
            && (symbol.codes[0].hasSuffix("LT") || symbol.codes[0].hasSuffix("LN") || symbol.codes[0].hasSuffix("LB"))
        let central = symbol.isParty && family == "party" && issuerCode == "TW"
        let fields = readFields(of: head.start..<symbol.end, fieldsEnd: symbol.end, term: termOfCode(symbol),
                                joint: joint, central: central)
        var warnings: [String] = symbol.repaired ? ["repaired-symbol"] : []
        checkDate(&warnings, date: fields.date, symbolYear: symbol.year, term: fields.term, issuer: fields.issuerRange)
        noteTwoDigitYear(fields, &warnings)
        noteRepairedDate(fields, &warnings)
        var match = Match(range: head.start..<symbol.end, type: type, number: symbol.number, symbol: canonical,
                          family: family, issuerCode: issuerCode, symbolYear: symbol.year,
                          hasTypeWord: head.type != nil, warnings: warnings, fields: fields)
        match.typeWordEnd = head.typeWordEnd
        return match
    }

    /// True for a symbol in the Party's order that a state type word names, with no Party body after its slash
    /// (`Thông tư số 12-TC/TCT`, `Thông tư số 09-TT/LB`): the Party issues no decree or circular.
    static func isOldStateSymbol(_ symbol: SymbolReading, type: String?) -> Bool {
        // The ministries' old codes that are Party type codes too (`TC`, Thông cáo; `TT`, Thông tri) first, by their
        // bytes: this runs for every Party symbol.
        let code = symbol.codes[0].utf8
        guard code.count == 2, code.first == 0x54, code.last == 0x43 || code.last == 0x54, let type,
              type == "Nghị định" || type.hasPrefix("Thông tư") || type == "Pháp lệnh" else { return false }
        return !Vocabulary.partyIssuers.contains(symbol.codes[1])
    }

    /// `114-KL/TW`, `107/2021/NĐ-CP`: the number and codes joined in their canonical order, written once into a
    /// string of the right size (appending part by part re-checks and may regrow it at each part).
    static func canonicalSymbol(_ symbol: SymbolReading) -> String {
        var capacity = symbol.number.utf8.count + symbol.codes.count + (symbol.year == nil ? 0 : 5)
        for code in symbol.codes { capacity += code.utf8.count }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            func put(_ byte: UInt8) {
                buffer[written] = byte
                written += 1
            }
            func put(_ text: String) {
                for byte in text.utf8 { put(byte) }
            }
            put(symbol.number)
            if symbol.isParty || symbol.isOldStatute {
                for (index, code) in symbol.codes.enumerated() {
                    put(index == 1 ? 0x2F : 0x2D)
                    put(code)
                }
            } else {
                put(symbol.isDashedState ? 0x2D : 0x2F)
                if let year = symbol.year {
                    // A year of four digits (1945–2099, checked when it was read).
                    DecimalDigits.write(year, width: 4, into: buffer, at: written)
                    written += 4
                    put(0x2F)
                }
                for (index, code) in symbol.codes.enumerated() {
                    if index > 0 { put(symbol.slashedCodes & 1 << index != 0 ? 0x2F : 0x2D) }
                    put(code)
                }
            }
            return written
        }
    }

    /// True when a type word read a few words before `số` is the type the symbol's codes give, or, for codes no
    /// table knows, the type its first code begins with (`QĐXXST` of a court's decision → Quyết định).
    func agrees(_ type: String, with symbol: SymbolReading, codeType: String?) -> Bool {
        if let codeType, codeType != "Công văn" || symbol.year != nil { return codeType == type }
        let first = symbol.codes[0]
        for length in [3, 2] where first.count > length {
            if Vocabulary.typeName(code: String(first.prefix(length)), party: symbol.isParty) == type { return true }
        }
        return false
    }

    /// The type a symbol's code implies (`NĐ` → Nghị định; `QH13` alone → Luật; `UBTVQH15` → Nghị quyết;
    /// a state code without a type, `12/UBND-VX`, is a Công văn).
    func symbolType(_ symbol: SymbolReading) -> String? {
        let first = symbol.codes[0]
        if let name = Vocabulary.typeName(code: first, party: symbol.isParty) { return name }
        if first.hasPrefix("UBTVQH") { return "Nghị quyết" }
        if first.hasPrefix("QH") { return "Luật" }
        if symbol.year == nil { return "Công văn" }
        // A court's judgment: the kind of case, then the instance (`21/2024/HS-ST`, `45/2024/DS-PT`).
        if symbol.codes.count == 2, Self.instanceCodes.contains(symbol.codes[1]), Self.caseCodes.contains(first) {
            return "Bản án"
        }
        return nil
    }

    /// The kinds of case a court judges (criminal, civil, administrative, business, family, labour, bankruptcy).
    private static let caseCodes: Set<String> = ["HS", "DS", "HC", "KDTM", "HNGĐ", "LĐ", "PS"]
    /// First instance and appeal (a cassation or a retrial, `12/2022/DS-GĐT`, ends in a Quyết định).
    private static let instanceCodes: Set<String> = ["ST", "PT"]

    /// `QH15` → `QH15`, `UBTVQH14` → `QH14` (the National Assembly term written in a symbol).
    private func termOfCode(_ symbol: SymbolReading) -> String? {
        for code in symbol.codes {
            // Cheap test first: a term code starts with Q or U; then bytes, not characters.
            let bytes = code.utf8
            guard let first = bytes.first, first == 0x51 || first == 0x55 else { continue }
            if bytes.starts(with: "QH".utf8) || bytes.starts(with: "UBTVQH".utf8) {
                let digits = bytes.drop { !ByteClass.isDigit($0) }
                if !digits.isEmpty { return "QH" + String(decoding: digits, as: UTF8.self) }
            }
        }
        return nil
    }

    // MARK: - Short forms

    /// What a short form is made of, before its ``Match`` is made: the span, the type and where the number is.
    struct ShortFormHead {
        var range: Range<Int>
        var type: String?
        var number: Range<Int>
        var hasTypeWord: Bool
        /// The end of the year after the number (`Nghị định 15/2020`).
        var yearEnd: Int?
    }

    /// `Nghị định 168`, `Nghị quyết số 18, 19`, `NQ21`, `HD 31`: a type word and a number with no symbol.
    private func shortForm(at start: Int, runEnd: Int, glued: Bool, previous: PreviousMention?) -> ShortFormHead? {
        guard runEnd - start <= 5 else { return nil }
        // `Nghị định 15/2020` (news pages): the number and year of a document, without its code; `NĐ168/2024` glued.
        if let yearEnd = yearAfterSlash(runEnd) {
            if glued {
                guard let (wordStart, type) = gluedAbbreviation(before: start) else { return nil }
                return ShortFormHead(range: wordStart..<yearEnd, type: type, number: start..<runEnd, hasTypeWord: true,
                                     yearEnd: yearEnd)
            }
            var head = lookBack(from: start)
            if head.type == nil, let (wordStart, type) = unmarkedAbbreviation(before: start) {
                head.type = type
                head.start = wordStart
            }
            guard let type = head.type else { return nil }
            return ShortFormHead(range: head.start..<yearEnd, type: type, number: start..<runEnd, hasTypeWord: true,
                                 yearEnd: yearEnd)
        }
        // The number must end here: not a date, fraction, decimal or part of a code.
        var runEnd = runEnd
        if runEnd < count {
            let next = p[runEnd]
            if next == 0x2F || next == 0x2D || next == 0x25 || (next == 0x2E || next == 0x2C)
                && runEnd + 1 < count && ByteClass.isDigit(p[runEnd + 1]) { return nil }
            if Tokenizer.isWordStart(p, runEnd, count) {
                // `Nghị quyết 30a`: a letter issued after the number, as between two numbers (`24a/2016/NĐ-CP`).
                guard !glued, next >= 0x61 && next <= 0x63, runEnd + 1 < count, p[runEnd + 1] < 0x80,
                      !ByteClass.isASCIILetter(p[runEnd + 1]) && !ByteClass.isDigit(p[runEnd + 1]) else { return nil }
                runEnd += 1
            }
        }
        // Something must stand before the number: a glued abbreviation, a word, or a list separator.
        if !glued {
            var before = start
            skipBackSpaces(&before)
            guard before > 0 else { return nil }
            let byte = p[before - 1]
            guard byte == 0x2C || byte == 0x3B || byte == 0x3A || byte >= 0x80 || ByteClass.isASCIILetter(byte)
            else { return nil }
        }
        let number = start..<runEnd
        if glued {
            // One digit glued is a building's or a block's name (`tòa CT2`, `khu TT1`), not a document's: `CT16`.
            guard runEnd - start >= 2, let (wordStart, type) = gluedAbbreviation(before: start) else { return nil }
            return ShortFormHead(range: wordStart..<runEnd, type: type, number: number, hasTypeWord: true)
        }
        let head = lookBack(from: start)
        if let type = head.type {
            // A row's or item's number that opens the line after a type word (`Ban hành quy chế⏎2\tQuyết định …`).
            if opensNumberedLine(start, runEnd: runEnd) { return nil }
            // A bare year after a type word (`Kế hoạch 2021`) is not a number of a document, unless `số` says so.
            if !head.hasSo && number.count == 4
                && (p[start] == 0x31 && p[start + 1] == 0x39 || p[start] == 0x32 && p[start + 1] == 0x30) { return nil }
            // Nor is a count (`kế hoạch 5 năm`, `Quyết định 2 lần`), unless `số` says so.
            if !head.hasSo && (countsSomething(after: runEnd) || Vocabulary.symbolOnlyTypes.contains(type)) {
                return nil
            }
            return ShortFormHead(range: head.start..<runEnd, type: type, number: number, hasTypeWord: true)
        }
        // `Nghị quyết số 18, 19`: a bare number continuing a list of short forms.
        if let previous, previous.isShortForm, isListContinuation(from: previous.range.upperBound, to: start) {
            return ShortFormHead(range: start..<runEnd, type: previous.type, number: number, hasTypeWord: false)
        }
        return nil
    }

    /// `nd` or `qd`, the abbreviations of `Nghị định` and `Quyết định` in small letters without their `đ`, alone
    /// before the number at `start` of a number and year (`theo nd 168/2024 thì …`, as pages typed in haste write
    /// them): their start and type. Only there: before a bare number they may be anything.
    @inline(never)
    private func unmarkedAbbreviation(before start: Int) -> (start: Int, type: String)? {
        var cursor = start
        skipBackSpaces(&cursor)
        guard cursor >= 2, cursor < start, p[cursor - 1] == 0x64, p[cursor - 2] == 0x6E || p[cursor - 2] == 0x71,
              cursor == 2 || !isLetterOrDigit(before: cursor - 2) else { return nil }
        return (cursor - 2, p[cursor - 2] == 0x6E ? "Nghị định" : "Quyết định")
    }

    /// `NQ21`: the start and type of a type's abbreviation glued to the number at `start`, standing alone; nil when
    /// none is.
    private func gluedAbbreviation(before start: Int) -> (start: Int, type: String)? {
        let word = Tokenizer.token(before: start, in: buffer)
        guard word.kind == .word, let type = Vocabulary.typeAbbreviationKeys[packedBytes(word.range)],
              Int(word.start) == 0 || !isLetterOrDigit(before: Int(word.start)) else { return nil }
        return (Int(word.start), type)
    }

    /// True when the number at `start` opens its line and a tab, `.`, `)` or a table's `|` follows it: the number of a
    /// row or an item, not of a document named on the line before (a `.` that ends the line ends a sentence instead,
    /// and a `)` before punctuation a parenthesis).
    @inline(never)
    private func opensNumberedLine(_ start: Int, runEnd: Int) -> Bool {
        guard opensLine(start) else { return false }
        var after = runEnd
        while after < count && p[after] == 0x20 { after += 1 }
        guard after < count else { return false }
        // (A dot that ends the paragraph ends a wrapped sentence: `… Điều 26 Nghị định⏎35.`.)
        if p[after] == 0x2E { return after + 1 < count && p[after + 1] != 0x0A && p[after + 1] != 0x0D }
        // (Nor is `)` and the punctuation after it an item's label: it closes a parenthesis, `… (Đề án⏎06).`.)
        if p[after] == 0x29 {
            return !(after + 1 < count && (p[after + 1] == 0x2E || p[after + 1] == 0x2C || p[after + 1] == 0x3B
                                           || p[after + 1] == 0x3A))
        }
        return p[after] == 0x09 || p[after] == 0x7C
    }

    /// True when a lower-case word that counts stands right after the number ending at `end` (`5 năm`, `2 lần`,
    /// `3 kỳ`, `10 nhiệm vụ`): the number counts it and names no document. `năm` and `ngày` before a year or date
    /// (`Nghị quyết 18 năm 2017`, `Nghị định 15 ngày 3/2/2020`) date the document instead.
    @inline(never)
    func countsSomething(after end: Int) -> Bool {
        guard let word = wordAfter(end), !isCapitalised(at: word.lowerBound) else { return false }
        // As written, tones and all: `lần` counts, `lan tỏa` does not; `quý` counts, `quy định` does not.
        guard Vocabulary.countedWords.contains(Array(UnsafeBufferPointer(rebasing: buffer[word]))) else { return false }
        let key = wordKey(word)
        guard key == WordKey.nam || key == WordKey.ngay else { return true }
        var next = word.upperBound
        skipSpaces(&next, limit: 2)
        guard next < count, ByteClass.isDigit(p[next]) else { return true }
        // `kế hoạch 5 năm 2021-2025`: a span of years is counted, not the year of a document.
        var yearEnd = next
        while yearEnd < count && ByteClass.isDigit(p[yearEnd]) { yearEnd += 1 }
        skipSpaces(&yearEnd, limit: 1)
        return key == WordKey.nam && yearEnd < count && (p[yearEnd] == 0x2D || p[yearEnd] == 0xE2)
    }

    /// The end of `/YYYY` at `slash` (a year 1945–2099 that ends there: no code, date or number follows), or of
    /// `-YYYY` when `orDash`.
    @inline(__always)
    func yearAfterSlash(_ slash: Int, orDash: Bool = false) -> Int? {
        guard slash + 5 <= count, p[slash] == 0x2F || orDash && p[slash] == 0x2D else { return nil }
        var year = 0
        for index in slash + 1..<slash + 5 {
            guard ByteClass.isDigit(p[index]) else { return nil }
            year = year * 10 + Int(p[index] - 0x30)
        }
        guard (1945...2099).contains(year) else { return nil }
        let end = slash + 5
        guard end == count || !ByteClass.isDigit(p[end]), yearEndsAlone(at: end) else { return nil }
        return end
    }

    /// True when a year that ends at `end` is a year alone: no code (`/`, `-`) and no letter follows it.
    func yearEndsAlone(at end: Int) -> Bool {
        end == count || !(p[end] == 0x2F || p[end] == 0x2D || Tokenizer.isWordStart(p, end, count))
    }

    private func shortMatch(_ head: ShortFormHead) -> Match {
        var match = Match(range: head.range, type: head.type, number: string(head.number), symbol: nil, family: "short",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: head.hasTypeWord)
        readFields(into: &match)
        if let yearEnd = head.yearEnd { match.year = Int(string(head.number.upperBound + 1..<yearEnd)) }
        return match
    }

    // MARK: - Byte helpers

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// The bytes of `range` packed big-endian into an integer, as written; 0 when there are more than eight.
    func packedBytes(_ range: Range<Int>) -> UInt64 {
        guard range.count <= 8 else { return 0 }
        var key: UInt64 = 0
        for index in range { key = key << 8 | UInt64(p[index]) }
        return key
    }

    /// True when only spaces and tabs stand between `start` and the start of its line (or of the text).
    func opensLine(_ start: Int) -> Bool {
        var lineStart = start
        while lineStart > 0 && (p[lineStart - 1] == 0x20 || p[lineStart - 1] == 0x09) { lineStart -= 1 }
        return lineStart == 0 || p[lineStart - 1] == 0x0A || p[lineStart - 1] == 0x0D
    }

    /// Spaces and tabs from `cursor` on, up to `limit` (an index).
    func skipBlanks(_ cursor: inout Int, limit: Int) {
        while cursor < limit && (p[cursor] == 0x20 || p[cursor] == 0x09) { cursor += 1 }
    }

    /// Skips one line break (LF, or CR LF) at `cursor` and the spaces that indent the next line (two at most): a symbol
    /// cut after its separator (`15/⏎2020/NĐ-CP`), a name across a line. Returns true when it skipped one.
    @inline(__always)
    func skipLineBreak(_ cursor: inout Int) -> Bool {
        guard cursor < count, p[cursor] == 0x0A || p[cursor] == 0x0D else { return false }
        if p[cursor] == 0x0D {
            guard cursor + 1 < count, p[cursor + 1] == 0x0A else { return false }
            cursor += 1
        }
        cursor += 1
        skipSpaces(&cursor, limit: 2)
        return true
    }

    /// Skips up to `limit` spaces; returns true when it skipped any. (Inlined: a call costs more than the loop.)
    @inline(__always)
    @discardableResult
    func skipSpaces(_ cursor: inout Int, limit: Int) -> Bool {
        let start = cursor
        while cursor < count && p[cursor] == 0x20 && cursor - start < limit { cursor += 1 }
        return cursor > start
    }

    func isLetterOrDigit(before index: Int) -> Bool {
        let previous = UTF8Decoding.previousStart(p, index, lowerLimit: 0)
        let scalar = UTF8Decoding.decode(p, previous, count).scalar
        if scalar < 0x80 { return ByteClass.isASCIILetter(UInt8(scalar)) || ByteClass.isDigit(UInt8(scalar)) }
        return ByteClass.isLetterScalar(scalar)
    }

    /// True when the number follows a word that numbers a part of a document, not a document, with or without `số`:
    /// `Mẫu số 11/PLI`, `Biểu số 02/BC`, `Phụ lục số 01/PL`, `Phiếu số 3/PĐG`, `Mẫu 02/KH-UBND`.
    private func numbersPartOfDocument(before start: Int) -> Bool {
        var cursor = start
        skipBackSpaces(&cursor)
        if cursor > 0 && p[cursor - 1] == 0x3A {
            cursor -= 1
            skipBackSpaces(&cursor)
        }
        guard cursor > 1 else { return false }
        if namesPartOfDocument(endingAt: cursor) { return true }
        // `số` (`ố` ends in 0x90/0x91, or a plain `o`) before it.
        guard p[cursor - 1] | 0x20 == 0x6F || p[cursor - 1] & 0xFE == 0x90 else { return false }
        let soStart = p[cursor - 1] | 0x20 == 0x6F ? cursor - 2 : cursor - 4
        guard soStart > 1, p[soStart - 1] == 0x20 else { return false }
        var wordEnd = soStart - 1
        skipBackSpaces(&wordEnd)
        guard namesPartOfDocument(endingAt: wordEnd) else { return false }
        let so = Tokenizer.token(before: cursor, in: buffer)
        return so.kind == .word && isWord(so.range, "so")
    }

    /// True when only a comma, `và` or `hoặc` stands between a form's symbol that ends at `end` and a number at
    /// `start`: the next member of its list (`các mẫu số 02/TB-BSTT-NNT, 03/TB-BSTT-NNT`).
    private func continuesPartList(from end: Int, to start: Int) -> Bool {
        guard end <= start, start - end <= 8 else { return false }
        var cursor = end
        while cursor < start && (p[cursor] == 0x20 || p[cursor] == 0x2C) { cursor += 1 }
        if cursor < start && (expectWord("va", &cursor) || expectWord("hoac", &cursor)) {
            while cursor < start && p[cursor] == 0x20 { cursor += 1 }
        }
        return cursor == start && start > end
    }

    /// True when `mẫu`, `biểu`, `phiếu` or `phụ lục` ends at `end`. Cheap test first: those end in `u` or `c`; the
    /// type words end otherwise (`định`, `tư`, `luận`, `số`).
    private func namesPartOfDocument(endingAt end: Int) -> Bool {
        guard end > 1, p[end - 1] | 0x20 == 0x75 || p[end - 1] | 0x20 == 0x63 else { return false }
        let token = Tokenizer.token(before: end, in: buffer)
        guard token.kind == .word else { return false }
        let word = token.range
        if isWord(word, "mau") || isWord(word, "bieu") || isWord(word, "phieu") { return true }
        guard isWord(word, "luc"), let phu = wordBefore(word.lowerBound) else { return false }
        return isWord(phu, "phu")
    }

    /// A number glued to the word before it is a citation only after `số` (`số16/CT-TTg`), a type word or a type's
    /// abbreviation (`NĐ168/2024/NĐ-CP`, `Nghị định168/2024/NĐ-CP`, where a space was lost).
    private func gluedAllowed(before start: Int) -> Bool {
        let word = Tokenizer.token(before: start, in: buffer)
        return word.kind == .word && (isWord(word.range, "so") || lookBack(from: start).type != nil)
    }

    /// True when the number stands right after `/` inside a symbol (`12A/2024/NĐ-CP`), or after the blank a draft
    /// leaves for its number (`Nghị định số ..../2025/NĐ-CP`, `số     /2025/QĐ-UBND`, `số …/2025/TT-BTC`): the year of
    /// a symbol whose number could not be read, never a number of its own; or after a number and `:`, the year of a
    /// standard (`QCVN 01:2021/BYT`, `TCVN 5945:2005`).
    private func continuesSymbol(at start: Int) -> Bool {
        guard start > 1 else { return false }
        if p[start - 1] == 0x3A { return ByteClass.isDigit(p[start - 2]) }
        guard p[start - 1] == 0x2F else { return false }
        let blank = p[start - 2]
        return blank == 0x2E || blank == 0x20 || blank == 0x5F || blank == 0xA6 || isLetterOrDigit(before: start - 1)
    }

    /// True when the word at `range`, folded, is `folded` (`Số`, `sổ` and `SỐ` are all `so`); allocates nothing.
    func isWord(_ range: Range<Int>, _ folded: StaticString) -> Bool {
        folded.withUTF8Buffer { foldedEquals(range, $0) }
    }

    private func foldedEquals(_ range: Range<Int>, _ expected: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = range.lowerBound
        var offset = 0
        while index < range.upperBound {
            let (scalar, length) = UTF8Decoding.decode(p, index, count)
            guard offset < expected.count, ByteClass.foldedLetter(scalar) == expected[offset] else { return false }
            offset += 1
            index += length
        }
        return offset == expected.count
    }

    /// Calls `body` with each word of `range` (cut at its end) and the word's ``wordKey(_:)``, in order, while it
    /// returns true.
    @inline(__always)
    func forEachWord(in range: Range<Int>, _ body: (Range<Int>, UInt64) -> Bool) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            guard Tokenizer.isWordStart(p, cursor, count) else {
                cursor += 1
                continue
            }
            let (end, key) = wordEndAndKey(from: cursor, limit: range.upperBound)
            guard body(cursor..<end, key) else { return }
            cursor = end
        }
    }

    /// A word's folded letters packed into an integer (`Số` → the bytes of `so`), allocation-free: the key
    /// under which the word vocabularies are looked up. A word of more than eight letters, or with anything
    /// but letters, has the key 0, which no vocabulary word has.
    func wordKey(_ range: Range<Int>) -> UInt64 {
        let (end, key) = wordEndAndKey(from: range.lowerBound, limit: range.upperBound)
        return end == range.upperBound ? key : 0
    }

    /// The end of the word starting at `start` (``Tokenizer/wordEnd(_:from:_:)``, cut at `limit`) and the
    /// ``wordKey(_:)`` of that range, in one pass.
    @inline(__always)
    func wordEndAndKey(from start: Int, limit: Int) -> (end: Int, key: UInt64) {
        var key: UInt64 = 0
        let end = vietcite_word_end_key(p, start, limit, count, &key)
        return (end, key)
    }

    /// The folded letters of a word (`Số` → `so`).
    func foldedWord(_ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        appendFoldedWord(range, to: &result)
        return result
    }

    /// Appends the folded letters of a word to `result` (``foldedByte(_:)`` of each scalar).
    func appendFoldedWord(_ range: Range<Int>, to result: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = UTF8Decoding.decode(p, index, count)
            result.append(Self.foldedByte(scalar))
            index += length
        }
    }

    /// A scalar of a word as its folded key writes it: the folded letter, a non-letter as itself when ASCII, else
    /// 0xFF.
    @inline(__always)
    static func foldedByte(_ scalar: UInt32) -> UInt8 {
        let folded = ByteClass.foldedLetter(scalar)
        return folded == 0 ? (scalar < 0x80 ? UInt8(scalar) : 0xFF) : folded
    }
}
