internal import CVietCiteScan

/// What short forms, names and aliases refer to, within one document:
/// - a short form (`Quyết định 290`) refers to the nearest earlier full mention of the same type and number
///   (`Quyết định số 290-QĐ/TW`); when earlier mentions give two different symbols, it stays unresolved and
///   the candidates are noted;
/// - a name (`Luật Đầu tư công`) refers to the symbol an earlier mention gave with the same name
///   (`Luật Đầu tư công số 49/2014/QH13`), else to the built-in list when the year makes it unambiguous;
/// - an alias the text defines (`… (sau đây gọi là Luật PPP)`) refers to the mention it follows.
enum Resolution {
    static func resolve(_ matches: inout [Match], in bytes: [UInt8]) {
        guard !matches.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            var symbolsByShortKey: [ShortKey: [String]] = [:]
            var symbolsByName: [String: [String]] = [:]
            // The year each symbol taught by a name states (`31/2024/QH15` → 2024).
            var yearOfTaught: [String: Int] = [:]
            var aliases: [String: String] = [:]
            var definitions: [Range<Int>] = []
            for index in matches.indices {
                // The fields this pass reads, not a copy of the whole ``Match`` (which retains each of its strings).
                let range = matches[index].range
                let symbol = matches[index].symbol
                let family = matches[index].family
                // A short form refers first to the mention of its type and number: an alias defined after a list
                // (`Kết luận số 69-KL/TW … về … Chỉ thị số 29-CT/TW … (sau đây gọi tắt là Kết luận 69)`) follows the
                // list's last member, which it may not name.
                var candidates: [String] = []
                if family == "short", let number = matches[index].number {
                    candidates = symbolsByShortKey[shortKey(type: matches[index].type, number: number)] ?? []
                    // `Nghị định 15/2020` fits only the symbols of that year.
                    if let year = matches[index].year { candidates = candidates.filter { $0.contains("/\(year)/") } }
                }
                if symbol == nil, candidates.isEmpty, !aliases.isEmpty,
                   let target = aliases[VietnameseKey.folded(matcher.string(range))] {
                    matches[index].refersTo = target
                } else if family == "short", matches[index].number != nil {
                    if candidates.count == 1 {
                        matches[index].refersTo = candidates[0]
                        // The date of the list it stands in is not that document's (`Thông tư số 32/2023/TT-BYT …`,
                        // then `theo Thông tư 32 và Thông tư số 23/2024/TT-BYT ngày 18/10/2024`): the mention in full
                        // stated it, or left it unsaid. (The list's issuer is shared still, as the seeds' `Nghị quyết
                        // số 18, 19 Hội nghị Ban Chấp hành Trung ương 6` has it.)
                        if matches[index].dateShared { matches[index].date = nil }
                    } else if candidates.count > 1 {
                        matches[index].candidates = candidates
                        matches[index].warnings.append("ambiguous-reference")
                    }
                } else if family == "name", let nameRange = matches[index].nameRange,
                          nameRange.upperBound > range.lowerBound {
                    // (Not a listed plenum, whose name is its head and its number: no document teaches such a name.)
                    let name = matcher.foldedKey(nameRange)
                    let year = matches[index].year ?? matches[index].date?.year
                    var taught = symbolsByName[nameKey(name, year: year)] ?? symbolsByName[nameKey(name, year: nil)]
                        ?? []
                    // `Luật Đất đai năm 2013` after `Luật Đất đai số 31/2024/QH15`: a name with its year names no
                    // symbol of another year.
                    if let year { taught = taught.filter { yearOfTaught[$0].map { $0 == year } ?? true } }
                    // `Luật số 31/2024/QH15 (Luật Đất đai)`: a name in parentheses right after a numbered mention of
                    // its type names that document, and teaches the rest of the text its number.
                    if index > 0, let named = matches[index - 1].symbol, matches[index - 1].type == matches[index].type,
                       matcher.isParenthesized(range, after: matches[index - 1].range.upperBound) {
                        matches[index].refersTo = named
                        append(named, to: &symbolsByName[nameKey(name, year: nil), default: []])
                        if let symbolYear = matches[index - 1].symbolYear {
                            append(named, to: &symbolsByName[nameKey(name, year: symbolYear), default: []])
                            yearOfTaught[named] = symbolYear
                        }
                    } else if taught.count == 1 {
                        matches[index].refersTo = taught[0]
                    } else if taught.count > 1 {
                        matches[index].candidates = taught
                        matches[index].warnings.append("ambiguous-reference")
                    } else if let known = LawNames.builtInSymbol(foldedName: name, year: year) {
                        matches[index].refersTo = known
                    }
                }
                // What this mention teaches the rest of the document.
                let target = matches[index].symbol ?? matches[index].refersTo
                if let symbol, let number = matches[index].number {
                    let key = shortKey(type: matches[index].type, number: number)
                    append(symbol, to: &symbolsByShortKey[key, default: []])
                    if let nameRange = matches[index].nameRange {
                        let name = matcher.foldedKey(nameRange)
                        append(symbol, to: &symbolsByName[nameKey(name, year: nil), default: []])
                        if let year = matches[index].symbolYear {
                            append(symbol, to: &symbolsByName[nameKey(name, year: year), default: []])
                            yearOfTaught[symbol] = year
                        }
                    }
                }
                let next = index + 1 < matches.count ? matches[index + 1].range.lowerBound : matcher.count
                // An alias of a name no symbol backs (`Luật Đầu tư theo phương thức đối tác công tư (sau đây gọi là
                // Luật PPP)`) is still defined there: its later uses are name mentions of their own.
                if let (alias, definition) = matcher.aliasDefined(after: range, before: next) {
                    if let target { aliases[VietnameseKey.folded(alias)] = target }
                    definitions.append(definition)
                }
            }
            // The alias inside its own definition is not another mention.
            if !definitions.isEmpty {
                matches.removeAll { match in definitions.contains { $0.contains(match.range.lowerBound) } }
            }
        }
    }

    private static func append(_ symbol: String, to list: inout [String]) {
        if !list.contains(symbol) { list.append(symbol) }
    }

    /// The type and the number without leading zeros (`Nghị quyết`, `25`), with a digest of their bytes taken
    /// once, when the key is made: `String`'s own hashing normalizes as it goes, several times the cost. Equal
    /// keys digest alike because both parts are NFC (the number comes from normalized text, the type from the
    /// vocabulary), so canonically equal parts have equal bytes.
    struct ShortKey: Hashable {
        let type: String?
        let number: String
        private let digest: UInt64

        init(type: String?, number: String) {
            self.type = type
            self.number = number
            var digest = Self.digest(number, into: 0xCBF2_9CE4_8422_2325)
            if let type { digest = Self.digest(type, into: digest ^ 0xFF) }
            self.digest = digest
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }

        static func == (left: ShortKey, right: ShortKey) -> Bool {
            left.digest == right.digest && left.number == right.number && left.type == right.type
        }

        /// FNV-1a over the string's UTF-8, read in place (`withUTF8` gives a small string's bytes too, where the
        /// view's contiguous storage is unavailable and a generic walk cost several times as much).
        static func digest(_ text: String, into seed: UInt64) -> UInt64 {
            var text = text
            return text.withUTF8 { bytes in
                var hash = seed
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                return hash
            }
        }
    }

    static func shortKey(type: String?, number: String) -> ShortKey {
        // Leading zeros dropped by bytes (the number is ASCII digits and dots), not by characters.
        var number = number
        let trimmed: String? = number.withUTF8 { bytes in
            let zeros = bytes.prefix { $0 == 0x30 }.count
            guard zeros > 0 else { return nil }
            guard zeros < bytes.count else { return "0" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[zeros...]), as: UTF8.self)
        }
        return ShortKey(type: type, number: trimmed ?? number)
    }

    static func nameKey(_ foldedName: String, year: Int?) -> String {
        foldedName + "|" + (year.map(String.init) ?? "")
    }
}

extension Matcher {
    /// The folded words of a range joined by single spaces (`Luật Đất  đai` → `luat dat dai`): a cheap key.
    func foldedKey(_ range: Range<Int>) -> String {
        // Written into one buffer on the stack: a folded word is no longer than the word, and a space stands
        // only where at least one byte that is no letter stood.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count + 1) { key in
            var written = 0
            forEachWord(in: range) { word in
                if written > 0 {
                    key[written] = 0x20
                    written += 1
                }
                var cursor = word.lowerBound
                while cursor < word.upperBound {
                    let (scalar, length) = UTF8Decoding.decode(p, cursor, count)
                    key[written] = Self.foldedByte(scalar)
                    written += 1
                    cursor += length
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: key[..<written]), as: UTF8.self)
        }
    }

    /// Calls `body` with each word of `range`, in order (a word cut by the range's end ends there).
    @inline(__always)
    func forEachWord(in range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            guard Tokenizer.isWordStart(p, cursor, count) else {
                cursor += 1
                continue
            }
            let end = min(Tokenizer.wordEnd(p, from: cursor, count), range.upperBound)
            body(cursor..<end)
            cursor = end
        }
    }

    /// True when `range` stands alone in parentheses that open right after `end` (spaces aside).
    func isParenthesized(_ range: Range<Int>, after end: Int) -> Bool {
        var open = end
        skipSpaces(&open, limit: 2)
        guard open < range.lowerBound, p[open] == 0x28 else { return false }
        var start = open + 1
        skipSpaces(&start, limit: 2)
        var close = range.upperBound
        skipSpaces(&close, limit: 2)
        return start == range.lowerBound && close < count && p[close] == 0x29
    }

    /// The alias `(sau đây gọi là X)`, `(sau đây gọi tắt là X)`, `(gọi tắt là X)`, `(sau đây viết tắt là X)`
    /// written after a mention, before the next one and within its sentence.
    func aliasDefined(after range: Range<Int>, before limit: Int) -> (alias: String, range: Range<Int>)? {
        var cursor = range.upperBound
        // The `(` must come before the next mention; the alias itself may be read as one.
        let end = min(count, cursor + 600)
        while cursor < min(end, limit) {
            // Jump to the next `(`. Most are no alias (`(khóa XII)`): the words after it are read first, and only an
            // alias's `(` has the text before it walked for a line or clause end, which would end the search.
            let open = vietcite_find_byte(p, cursor, min(end, limit), 0x28)
            guard open < min(end, limit) else { return nil }
            cursor = open
            var probe = cursor + 1
            var matched = false
            if expectWord("sau", &probe) {
                guard expectWord("day", &probe) else { cursor += 1; continue }
            }
            if expectWord("goi", &probe) || expectWord("viet", &probe) {
                var tat = probe
                if expectWord("tat", &tat) { probe = tat }
                matched = expectWord("la", &probe)
            }
            if matched {
                // (Not a line that only wraps the sentence: `… của⏎Bộ Chính trị (gọi tắt là …)`.)
                for index in range.upperBound..<open where p[index] == 0x3B
                    || p[index] == 0x0A && softLineBreakEnd(at: index) == nil
                    || p[index] == 0x0D && (index + 1 == count || p[index + 1] != 0x0A) {
                    return nil
                }
                skipSpaces(&probe, limit: 2)
                // `(gọi tắt là⏎Nghị quyết 57)`: a line that wraps inside the parentheses.
                _ = skipLineBreak(&probe)
                var close = probe
                var wrapped = false
                while close < end && close - probe < 120 && p[close] != 0x29 {
                    // The alias itself across a wrapped line (`(gọi tắt là Kết⏎luận 69)`).
                    if p[close] == 0x0A || p[close] == 0x0D {
                        guard !wrapped, let next = softLineBreakEnd(at: close) else { break }
                        wrapped = true
                        close = next
                        continue
                    }
                    close += 1
                }
                guard close < end, p[close] == 0x29 else { return nil }
                var alias = string(probe..<close).trimmingCharacters(in: "\"“”'‘’ ")
                if wrapped { alias = alias.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                return alias.isEmpty ? nil : (alias, cursor..<close + 1)
            }
            cursor += 1
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var view = Substring(self)
        while let first = view.first, characters.contains(first) { view = view.dropFirst() }
        while let last = view.last, characters.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
