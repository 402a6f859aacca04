/// A document symbol read at a number: `114-KL/TW`, `16/CT-TTg`, `107/2021/NĐ-CP`, with noise tolerated.
struct SymbolReading {
    var end: Int
    var number: String
    var year: Int?
    /// Code segments in order (`["NĐ", "CP"]`), in their official spelling.
    var codes: [String]
    var isParty: Bool
    var repaired: Bool
    /// A state symbol of before 2000 written with a dash, `N-CODE` (`12-CP`, `136-HĐBT`, `25-TTg`).
    var isDashedState = false
    /// A law or ordinance of before 2000 numbered by the President's order in the Party's order, `N-L/CTN`
    /// (`Bộ luật Lao động số 35-L/CTN`, `Luật số 12-LCT/HĐNN8`): a state symbol written as `number-type/issuer`.
    var isOldStatute = false
    /// Bit *i* set when code *i* of a state symbol of no year was written after `/` (`863/QĐ-UB/TC`, `12/QĐ/UB`): the
    /// canonical symbol keeps the slash, as it is no repair the contract names.
    var slashedCodes: UInt8 = 0
}

extension Matcher {
    // MARK: - Symbols

    /// A year OCR spaced apart after its first two digits (`20 19/`), from 1945 to 2099, and where the code after its
    /// slash starts; nil for anything else (`20 1/`, `2 019/`).
    @inline(never)
    private func spacedYear(at start: Int) -> (year: Int, codeStart: Int)? {
        guard start + 5 < count, ByteClass.isDigit(p[start]), ByteClass.isDigit(p[start + 1]), p[start + 2] == 0x20
        else { return nil }
        var second = start + 2
        guard skipSpaces(&second, limit: 2), second + 2 < count, ByteClass.isDigit(p[second]),
              ByteClass.isDigit(p[second + 1]) else { return nil }
        var slash = second + 2
        skipSpaces(&slash, limit: 2)
        guard slash < count, p[slash] == 0x2F else { return nil }
        let digit = { (index: Int) in Int(self.p[index] - 0x30) }
        let year = digit(start) * 1000 + digit(start + 1) * 100 + digit(second) * 10 + digit(second + 1)
        guard (1945...2099).contains(year) else { return nil }
        var codeStart = slash + 1
        skipSpaces(&codeStart, limit: 2)
        return (year, codeStart)
    }

    /// Reads a symbol whose number starts at `start`, or nil when what follows the number is not a code.
    func readSymbol(at start: Int) -> SymbolReading? {
        var position = start
        while position < count && ByteClass.isDigit(p[position]) { position += 1 }
        // Dotted sub-series: 66.13/2026/NQ-CP.
        if position + 1 < count && p[position] == 0x2E && ByteClass.isDigit(p[position + 1]) {
            var dotted = position + 1
            while dotted < count && ByteClass.isDigit(p[dotted]) { dotted += 1 }
            if dotted < count && p[dotted] == 0x2F { position = dotted }
        } else if position > start && position + 1 < count && p[position] >= 0x61 && p[position] <= 0x64
                    && p[position + 1] == 0x2F {
            // A letter issued between two numbers: `Nghị định số 24a/2016/NĐ-CP`, `Quyết định số 1722a/QĐ-UBND`.
            position += 1
        }
        guard position - start <= 6 else { return nil }
        var cursor = position
        let spacedBefore = skipSpaces(&cursor, limit: 2)
        guard cursor < count else { return nil }
        let separator = p[cursor]
        guard separator == 0x2D || separator == 0x2F else {
            // (The byte after a line break first: most lines open with a letter or a digit.)
            if separator == 0x0A || separator == 0x0D, cursor + 1 < count,
               p[cursor + 1] == 0x2F || p[cursor + 1] < 0x21 {
                return wrappedBeforeSlash(start: start, numberEnd: position)
            }
            // A Party symbol without its dash, one space in its place (`Quyết định 217 QĐ/TW`).
            guard cursor == position + 1, ByteClass.isUpperASCII(separator) || separator == 0xC4 else { return nil }
            return readDashlessPartyCodes(start: start, numberEnd: position, cursor: cursor)
        }
        cursor += 1
        let spacedAfter = skipSpaces(&cursor, limit: 2) || !spacedBefore && skipLineBreak(&cursor)
        // Cheap rejection before anything is allocated: a code starts with a letter, or a year does.
        guard cursor < count, ByteClass.isDigit(p[cursor]) ? separator == 0x2F : Tokenizer.isWordStart(p, cursor, count)
        else { return nil }
        return readCodes(start: start, numberEnd: position, cursor: cursor, separator: separator,
                         repaired: spacedBefore || spacedAfter)
    }

    /// A symbol OCR wrapped before its first slash (`Nghị định số 27⏎/2020/NĐ-CP`): the next line opens with the
    /// slash (a dash there opens an item, `- Quyết định …`). Out of line: few numbers end a line.
    @inline(never)
    private func wrappedBeforeSlash(start: Int, numberEnd: Int) -> SymbolReading? {
        var cursor = numberEnd
        skipSpaces(&cursor, limit: 2)
        guard skipLineBreak(&cursor), cursor < count, p[cursor] == 0x2F else { return nil }
        cursor += 1
        skipSpaces(&cursor, limit: 2)
        // A year, or a code in capitals (`Đ` is C4 90): a line that opens with `/` and a word is no symbol's.
        guard cursor < count, ByteClass.isDigit(p[cursor]) || ByteClass.isUpperASCII(p[cursor])
                || p[cursor] == 0xC4 && cursor + 1 < count && p[cursor + 1] == 0x90 else { return nil }
        return readCodes(start: start, numberEnd: numberEnd, cursor: cursor, separator: 0x2F, repaired: true)
    }

    /// The codes of a Party symbol written with a space for its dash (`217 QĐ/TW`, `105 QĐ/TW`): a Party type code,
    /// `/` right after it and a Party body's code (`TW`, `TU`, `HU`…), the type code at `cursor`: read as the dashed
    /// form is (``readCodes(start:numberEnd:cursor:separator:repaired:)``), `217-QĐ/TW`, repaired; nil for anything
    /// else (`2020 QĐ-UBND`, `16 CT/TTg`, `12 L/CTN`).
    @inline(never)
    private func readDashlessPartyCodes(start: Int, numberEnd: Int, cursor: Int) -> SymbolReading? {
        // Most numbers followed by a capital are a year or a count before a name (`năm 2015 Ban`, `5 Luật`): a `/`
        // within a code's length, letters only before it, is required before any code is read.
        var slash = cursor
        while slash < min(count, cursor + 8), p[slash] >= 0x41 { slash += 1 }
        guard slash < count, p[slash] == 0x2F,
              let reading = readCodes(start: start, numberEnd: numberEnd, cursor: cursor, separator: 0x2D,
                                      repaired: true),
              reading.isParty, Vocabulary.partyIssuers.contains(reading.codes[1])
        else { return nil }
        return reading
    }

    /// `DA`, packed as ``Vocabulary/codeKey(_:)`` packs it.
    private static let daKey: UInt64 = 0x4441

    /// The codes of a symbol whose number is `start..<numberEnd` and whose first code or year starts at `cursor`
    /// after `separator`. Out of line: most numbers ``readSymbol(at:)`` sees are turned down before it, and paid for
    /// this part's registers in its prologue.
    @inline(never)
    private func readCodes(start: Int, numberEnd: Int, cursor: Int, separator: UInt8, repaired: Bool)
        -> SymbolReading? {
        var cursor = cursor
        var repaired = repaired
        // The number's string is built only once a code has been read (most digits here are dates).
        if separator == 0x2D {
            // Party order: N-TYPE/ISSUER[-UNIT].
            guard let type = readCode(&cursor, repaired: &repaired) else { return nil }
            var slash = cursor
            let spacedSlash = skipSpaces(&slash, limit: 2)
            let typeKey = Vocabulary.codeKey(type)
            let isOldStatute = !Vocabulary.partyTypeKeys.contains(typeKey)
                && Vocabulary.oldStatuteTypeKeys.contains(typeKey)
            // `ĐA` without its mark (`01-DA/TU`): the Party numbers no Dự án.
            let unmarkedDA = typeKey == Self.daKey
            guard slash < count && p[slash] == 0x2F,
                  isOldStatute || unmarkedDA || Vocabulary.partyTypeKeys.contains(typeKey) else {
                // The state's numbering before 2000: `Nghị định số 12-CP`, `Quyết định 136-HĐBT`, `Chỉ thị 05-CT`.
                guard Vocabulary.dashedStateCodeKeys.contains(typeKey),
                      cursor == count || p[cursor] != 0x2F else { return nil }
                return SymbolReading(end: cursor, number: string(start..<numberEnd), year: nil, codes: [type],
                                     isParty: false, repaired: repaired, isDashedState: true)
            }
            if spacedSlash { repaired = true }
            cursor = slash + 1
            if skipSpaces(&cursor, limit: 2) || !spacedSlash && skipLineBreak(&cursor) { repaired = true }
            guard let issuer = readCode(&cursor, repaired: &repaired) else { return nil }
            if isOldStatute {
                guard issuer == "CTN" || issuer.hasPrefix("HĐNN") else { return nil }
                return SymbolReading(end: cursor, number: string(start..<numberEnd), year: nil, codes: [type, issuer],
                                     isParty: false, repaired: repaired, isOldStatute: true)
            }
            var codes = [unmarkedDA ? "ĐA" : type, issuer]
            if unmarkedDA { repaired = true }
            var slashes: UInt8 = 0
            readMoreCodes(&cursor, into: &codes, repaired: &repaired, slashes: &slashes)
            return SymbolReading(end: cursor, number: string(start..<numberEnd), year: nil, codes: codes, isParty: true,
                                 repaired: repaired)
        }

        // State order: N/[YYYY/]CODE[-CODE…].
        var year: Int?
        if cursor + 4 <= count, (0..<4).allSatisfy({ ByteClass.isDigit(p[cursor + $0]) }),
           cursor + 4 == count || !ByteClass.isDigit(p[cursor + 4]) {
            var afterYear = cursor + 4
            let spaced = skipSpaces(&afterYear, limit: 2)
            if afterYear < count && p[afterYear] == 0x2F {
                let value = Int(string(cursor..<(cursor + 4)))!
                guard (1945...2099).contains(value) else { return nil }
                year = value
                cursor = afterYear + 1
                if skipSpaces(&cursor, limit: 2) || spaced || skipLineBreak(&cursor) { repaired = true }
            } else {
                return nil
            }
        } else if cursor + 2 < count && p[cursor + 2] == 0x20, let (value, end) = spacedYear(at: cursor) {
            // OCR's `39/20 19/QH14`: a year spaced apart in its middle.
            year = value
            cursor = end
            repaired = true
        }
        guard let first = readCode(&cursor, repaired: &repaired) else { return nil }
        var codes = [first]
        var slashes: UInt8 = 0
        readMoreCodes(&cursor, into: &codes, repaired: &repaired, slashes: &slashes)
        // Byte tests first: a space then a digit follows few codes.
        if cursor + 2 < count && p[cursor] == 0x20 && ByteClass.isDigit(p[cursor + 1]), let last = codes.last,
           last == "QH" || last == "UBTVQH", let term = spacedTerm(after: cursor) {
            codes[codes.count - 1] += term.digits
            cursor = term.end
            repaired = true
        }
        // Party slash forms: 646/QĐ/QUTW, and Party symbols written in state order: 22/CT-TW.
        if year == nil && codes.count == 2 && Vocabulary.partyTypeKeys.contains(Vocabulary.codeKey(codes[0])),
           case let issuer = Vocabulary.codeKey(codes[1]),
           Vocabulary.partyIssuerKeys.contains(issuer) && !Vocabulary.sharedIssuerKeys.contains(issuer) {
            return SymbolReading(end: cursor, number: string(start..<numberEnd), year: nil, codes: codes, isParty: true,
                                 repaired: true)
        }
        // One letter alone names no issuer: `ngày 5/l/2021` is a date whose month OCR read as `l`, `5/L` no symbol.
        if year == nil && codes.count == 1 && codes[0].utf8.count == 1 { return nil }
        // Nor a code with a letter after a digit (`tuyến 52/QL1A`, a road): issuers write their number last (`BCĐ389`,
        // `UBPL15`).
        // Nor one letter and its number: a block or a room (`Căn hộ số 1205/B2`, `phòng 302/A1`).
        if year == nil && codes.count == 1 && (Self.hasLetterAfterDigit(codes[0]) || Self.isBlockCode(codes[0])) {
            return nil
        }
        // A missing hyphen: NĐCP → NĐ-CP, TTBKHĐT → TT-BKHĐT.
        if codes.count == 1, let split = Self.splitGluedCode(codes[0]) {
            codes = split
            repaired = true
        }
        // A normative symbol's codes are joined by dashes (`15/2020/NĐ/CP` → `15/2020/NĐ-CP`, repaired); an older
        // administrative one keeps its slashes (`863/QĐ-UB/TC`).
        if year != nil && slashes != 0 {
            repaired = true
            slashes = 0
        }
        return SymbolReading(end: cursor, number: string(start..<numberEnd), year: year, codes: codes, isParty: false,
                             repaired: repaired, slashedCodes: slashes)
    }

    /// The Assembly's term spaced apart from its code (`30/2021/QH 15`): two digits after the one space at `space`,
    /// then no letter or digit.
    @inline(never)
    private func spacedTerm(after space: Int) -> (digits: String, end: Int)? {
        let end = space + 3
        guard end <= count, ByteClass.isDigit(p[space + 1]), ByteClass.isDigit(p[space + 2]),
              end == count || p[end] < 0x80 && !ByteClass.isASCIILetter(p[end]) && !ByteClass.isDigit(p[end])
        else { return nil }
        return (string(space + 1..<end), end)
    }

    /// A symbol whose number OCR spaced apart, read at the number's first group (`Số: 1 63 /TNMT`, `số 1 6 3/QĐ-UBND`):
    /// single digits parted by one space, then a group of up to three digits read as a symbol, six digits in all
    /// (`Nghị quyết số 18 45/2024/UBTVQH15` is two mentions).
    func spacedSymbol(at start: Int, runEnd: Int) -> SymbolReading? {
        guard runEnd - start == 1, runEnd + 1 < count, p[runEnd] == 0x20, ByteClass.isDigit(p[runEnd + 1]) else {
            return nil
        }
        var digits = Array(UnsafeBufferPointer(start: p + start, count: runEnd - start))
        var cursor = runEnd
        while digits.count < 6, cursor + 1 < count, p[cursor] == 0x20, ByteClass.isDigit(p[cursor + 1]) {
            let group = cursor + 1
            var end = group
            while end < count && ByteClass.isDigit(p[end]) { end += 1 }
            guard end - group <= 3, digits.count + end - group <= 6 else { return nil }
            if var symbol = readSymbol(at: group) {
                symbol.number = String(decoding: digits, as: UTF8.self) + symbol.number
                symbol.repaired = true
                return symbol
            }
            guard end - group == 1 else { return nil }
            digits.append(contentsOf: UnsafeBufferPointer(start: p + group, count: end - group))
            cursor = end
        }
        return nil
    }

    /// ``spacedSymbol(at:runEnd:)`` when `số` stands before the number, or a type word the symbol's code agrees with
    /// (`Thông tư 2 8/2019/TT-BTC`; `Nghị quyết 25 107/2021/NĐ-CP` is two mentions), out of the scan's line.
    @inline(never)
    func spacedSymbolAfterHead(at start: Int, runEnd: Int) -> SymbolReading? {
        guard let symbol = spacedSymbol(at: start, runEnd: runEnd) else { return nil }
        let head = lookBack(from: start)
        if head.hasSo { return symbol }
        guard let type = head.type, agrees(type, with: symbol, codeType: symbolType(symbol)) else { return nil }
        return symbol
    }

    /// Reads `-CODE` or `/CODE` continuations (`-KHTC`, `-TANDTC-VKSNDTC-BTP-BTC`, `/TC`), and a dash typed as a dot
    /// (`125/QĐ.UBND`: a capital code glued after the dot, read with `repaired-symbol`). Bit *i* of `slashes` is set
    /// when code *i* follows a `/`.
    private func readMoreCodes(_ cursor: inout Int, into codes: inout [String], repaired: inout Bool,
                               slashes: inout UInt8) {
        while codes.count < 8 {
            var next = cursor
            let spaced = skipSpaces(&next, limit: 1)
            guard next < count else { return }
            if p[next] == 0x2E && !spaced {
                guard let code = dottedCode(after: next) else { return }
                codes.append(code.code)
                repaired = true
                cursor = code.end
                continue
            }
            guard p[next] == 0x2D || p[next] == 0x2F else { return }
            let slash = p[next] == 0x2F
            next += 1
            // A code cut at the end of a line (`15/2020/NĐ-⏎CP` in text from PDFs and OCR).
            var spacedAfter = skipSpaces(&next, limit: 1)
            if skipLineBreak(&next) { spacedAfter = true }
            var segmentRepaired = false
            guard let code = readCode(&next, repaired: &segmentRepaired) else { return }
            if slash { slashes |= 1 << codes.count }
            codes.append(code)
            if spaced || spacedAfter || segmentRepaired { repaired = true }
            cursor = next
        }
    }

    /// The code after a dot that stands for a dash (`QĐ.UBND`): capitals (and `Đ`) only, two or more, glued to the dot
    /// and ending where no letter or digit follows; nil otherwise (a sentence's end, `… 125/QĐ. Ông`).
    @inline(never)
    private func dottedCode(after dot: Int) -> (code: String, end: Int)? {
        var position = dot + 1
        var letters = 0
        while position < count {
            if p[position] >= 0x41 && p[position] <= 0x5A {
                position += 1
            } else if p[position] == 0xC4 && position + 1 < count && p[position + 1] == 0x90 {
                position += 2
            } else {
                break
            }
            letters += 1
        }
        guard letters >= 2,
              position == count || !Tokenizer.isWordStart(p, position, count) && !ByteClass.isDigit(p[position])
        else { return nil }
        return (string(dot + 1..<position), position)
    }

    /// Reads one code segment (letters, then letters or digits) and returns it in official spelling.
    /// Lower-case pages (`ct/tw`) and glued words (`TWngày`) are handled here.
    func readCode(_ cursor: inout Int, repaired: inout Bool) -> String? {
        guard cursor < count else { return nil }
        let code: String
        if let plain = readPlainCode(at: cursor) {
            cursor = plain.end
            if !plain.spelling.isAsWritten { repaired = true }
            code = plain.spelling.official
        } else {
            guard let any = readAnyCode(&cursor, repaired: &repaired) else { return nil }
            code = any
        }
        guard cursor + 1 < count, p[cursor] == 0x26 else { return code }
        return joinedCode(code, &cursor, repaired: &repaired)
    }

    /// `SGD&ĐT`, `LĐTB&XH`: a code and the capital codes joined to it by `&` (two at most) are one code segment. A
    /// part that cannot be read leaves the code as it was, before its `&`.
    @inline(never)
    private func joinedCode(_ code: String, _ cursor: inout Int, repaired: inout Bool) -> String {
        var joined = code
        for _ in 0..<2 {
            guard cursor + 1 < count, p[cursor] == 0x26 else { break }
            var next = cursor + 1
            let byte = p[next]
            guard byte >= 0x41 && byte <= 0x5A || byte == 0xC4 && next + 1 < count && p[next + 1] == 0x90 else { break }
            var partRepaired = false
            // One segment, not joined further: `readCode` would come back here.
            guard let part = readPlainCode(at: next).map({ plain -> String in
                next = plain.end
                if !plain.spelling.isAsWritten { partRepaired = true }
                return plain.spelling.official
            }) ?? readAnyCode(&next, repaired: &partRepaired) else { break }
            cursor = next
            if partRepaired { repaired = true }
            joined += "&" + part
        }
        return joined
    }

    /// The common case, read from the bytes without decoding: a known code of capitals and `Đ` (`TTG`, `ND`,
    /// `UBND`) or a mixed-case official spelling (`TTg`), ending where no letter or digit follows. Nil sends the
    /// reading to ``readAnyCode(_:repaired:)``, which gives the same answer for every segment this one accepts.
    @inline(__always)
    private func readPlainCode(at start: Int) -> (end: Int, spelling: Vocabulary.CodeSpelling)? {
        var position = start
        var key: UInt64 = 0
        while position < count && position - start < 8 {
            let byte = p[position]
            // Capitals, and lower-case letters inside (`TTg`, `QĐi`); digits after the first letter.
            if (byte >= 0x41 && byte <= 0x5A)
                || (position > start && (byte >= 0x61 && byte <= 0x7A || ByteClass.isDigit(byte))) {
                key = key << 8 | UInt64(byte)
                position += 1
            } else if byte == 0xC4 && position + 1 < count && p[position + 1] == 0x90 && position - start < 7 {
                key = key << 16 | 0xC490
                position += 2
            } else {
                break
            }
        }
        guard position > start else { return nil }
        if position < count {
            let next = p[position]
            if next >= 0x80 || ByteClass.isASCIILetter(next) || ByteClass.isDigit(next) { return nil }
        }
        guard let spelling = Vocabulary.plainCodes[key] else { return nil }
        return (position, spelling)
    }

    /// Reads any code segment, decoding scalars: mixed case, lower case, glued words, long or unknown codes.
    private func readAnyCode(_ cursor: inout Int, repaired: inout Bool) -> String? {
        guard Tokenizer.isWordStart(p, cursor, count) else { return nil }
        var position = cursor
        var scalars: [UInt32] = []
        var boundaries: [Int] = []
        while position < count && scalars.count < 24 {
            let (scalar, length) = UTF8Decoding.decode(p, position, count)
            let isLetter = (scalar < 0x80 && ByteClass.isASCIILetter(UInt8(scalar)))
                || scalar == 0x110 || scalar == 0x111
                || (scalar >= 0x80 && ByteClass.isLetterScalar(scalar))
            let isDigit = scalar < 0x80 && ByteClass.isDigit(UInt8(scalar))
            guard isLetter || (isDigit && !scalars.isEmpty) else { break }
            scalars.append(scalar)
            position += length
            boundaries.append(position)
        }
        guard !scalars.isEmpty else { return nil }
        // Capitals, digits, `Đ`, and the capitals with a vowel mark that codes spell out (`UBTƯMTTQVN`: Ư, Ơ, Â, Ê,
        // Ô, Ă).
        let isUpper: (UInt32) -> Bool = {
            ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x110 || $0 == 0x1AF || $0 == 0x1A0
                || $0 == 0xC2 || $0 == 0xCA || $0 == 0xD4 || $0 == 0x102
        }
        // How many scalars open the segment that a code may hold, in either case (a toned vowel is in none): a code
        // is read only from those. A word in small letters that holds another (`1/tháng`) is no code, and returns
        // before any string is built: such a word cost tens of thousands of instructions here.
        var codeLetters = 0
        while codeLetters < scalars.count && Self.isCodeScalar(scalars[codeLetters]) { codeLetters += 1 }
        let allCodeLetters = codeLetters == scalars.count
        guard allCodeLetters || isUpper(scalars[0]) else { return nil }
        // The strings from the bytes the scalars were read from (normalized text is well-formed UTF-8): building them
        // scalar by scalar cost thousands of instructions each.
        let start = cursor
        let written = string(start..<position)
        if scalars.allSatisfy(isUpper) {
            guard Self.isPlausibleCode(written) else { return nil }
            cursor = position
            let official = Self.officialSpelling(written)
            if official != written { repaired = true }
            return official
        }
        // Mixed case: a known official spelling (TTg, CTr, QĐi, QyĐ), a whole lower-case code (ct, tw),
        // or an upper-case code with a word glued after it (TWngày).
        if allCodeLetters, let official = Vocabulary.officialSpelling[Vocabulary.foldedCode(written)] {
            cursor = position
            if official != written { repaired = true }
            return official
        }
        // (Folded only where a code may be the whole segment.)
        let lowerCaseCode = allCodeLetters ? Vocabulary.foldedCode(written) : ""
        if allCodeLetters, scalars.allSatisfy({ !isUpper($0) || ($0 >= 0x30 && $0 <= 0x39) }),
           Self.isKnownCode(lowerCaseCode) {
            cursor = position
            repaired = true
            return Self.officialSpelling(lowerCaseCode)
        }
        guard isUpper(scalars[0]) else { return nil }
        var upperCount = 0
        while upperCount < scalars.count && isUpper(scalars[upperCount]) { upperCount += 1 }
        // Keep a known mixed-case code that a word is glued to: TTgngày. (No official spelling is longer than
        // ``Vocabulary/longestOfficialSpelling``, nor holds a scalar no code does.)
        let longest = min(scalars.count - 1, Vocabulary.longestOfficialSpelling, codeLetters)
        for length in stride(from: longest, through: 2, by: -1) {
            let prefix = string(start..<boundaries[length - 1])
            if let official = Vocabulary.officialSpelling[Vocabulary.foldedCode(prefix)], official == prefix {
                cursor = boundaries[length - 1]
                return official
            }
        }
        // OCR's known code with a letter in the wrong case after its first capital: `NĐ-Cp`, `QĐ-Ubnd`.
        if allCodeLetters, upperCount >= 1, Self.isKnownCode(lowerCaseCode) {
            cursor = position
            repaired = true
            return Self.officialSpelling(lowerCaseCode)
        }
        guard upperCount >= 2 else { return nil }
        // A unit's mixed-case code that ends in a capital, of ASCII letters and `Đ` only (`GDTrH`, Giáo dục Trung
        // học; `KTrV`): kept as written. A word glued after a code ends in lower case (`TWngày`), and is cut below.
        if let last = scalars.last, last >= 0x41 && last <= 0x5A || last == 0x110,
           scalars.allSatisfy({ $0 < 0x80 || $0 == 0x110 || $0 == 0x111 }) {
            cursor = position
            return written
        }
        let prefix = string(start..<boundaries[upperCount - 1])
        guard Self.isPlausibleCode(prefix) else { return nil }
        cursor = boundaries[upperCount - 1]
        repaired = true
        return Self.officialSpelling(prefix)
    }

    /// True for a scalar a code may hold, in either case: an ASCII letter or digit, `Đ`, and the vowels with a mark
    /// (no tone) that codes spell out (`Ư`, `Ơ`, `Â`, `Ê`, `Ô`, `Ă`).
    static func isCodeScalar(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return ByteClass.isASCIILetter(UInt8(scalar)) || ByteClass.isDigit(UInt8(scalar)) }
        switch scalar {
        case 0x110, 0x111, 0x1AF, 0x1B0, 0x1A0, 0x1A1, 0xC2, 0xE2, 0xCA, 0xEA, 0xD4, 0xF4, 0x102, 0x103: return true
        default: return false
        }
    }

    /// An upper-case segment that can be part of a symbol: up to 24 characters, starting with a letter.
    /// True when a letter follows a digit in the code (`QL1A`).
    static func hasLetterAfterDigit(_ code: String) -> Bool {
        var sawDigit = false
        for byte in code.utf8 {
            if ByteClass.isDigit(byte) {
                sawDigit = true
            } else if sawDigit {
                return true
            }
        }
        return false
    }

    /// One ASCII letter then only digits (`B2`, `A12`).
    static func isBlockCode(_ code: String) -> Bool {
        let bytes = code.utf8
        guard bytes.count >= 2, let first = bytes.first, ByteClass.isASCIILetter(first) else { return false }
        return bytes.dropFirst().allSatisfy(ByteClass.isDigit)
    }

    static func isPlausibleCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, first.value >= 0x41 else { return false }
        return code.unicodeScalars.count <= 24
    }

    static func isKnownCode(_ folded: String) -> Bool {
        let official = officialSpelling(folded)
        return Vocabulary.typeCodes[official] != nil || Vocabulary.partyIssuers.contains(official)
            || Vocabulary.stateIssuers.contains(official) || Vocabulary.officialSpelling[folded] != nil
    }

    /// The official spelling of a code: `TTG` → `TTg`, `ND` → `NĐ`, `BGDDT` → `BGDĐT`; unknown codes as written.
    static func officialSpelling(_ code: String) -> String {
        let upper = Vocabulary.upperCode(code)
        if let official = Vocabulary.officialSpelling[Vocabulary.foldedCode(upper)] { return official }
        // Terms stay attached: UBTVQH15, QH15, UBPL15.
        var letters = upper
        var digits = ""
        while let last = letters.unicodeScalars.last, last.value >= 0x30 && last.value <= 0x39 {
            digits = String(last) + digits
            letters.unicodeScalars.removeLast()
        }
        if !digits.isEmpty, let official = Vocabulary.officialSpelling[Vocabulary.foldedCode(letters)] {
            return official + digits
        }
        return upper
    }

    /// `NĐCP` → `["NĐ", "CP"]` when a known type code is glued to a known issuer code.
    static func splitGluedCode(_ code: String) -> [String]? {
        let scalars = Array(code.unicodeScalars)
        for length in stride(from: min(4, scalars.count - 1), through: 2, by: -1) {
            let type = String(String.UnicodeScalarView(scalars[0..<length]))
            let issuer = String(String.UnicodeScalarView(scalars[length...]))
            if Vocabulary.typeCodes[type] != nil && Vocabulary.stateIssuers.contains(officialSpelling(issuer)) {
                return [type, officialSpelling(issuer)]
            }
        }
        return nil
    }
}
