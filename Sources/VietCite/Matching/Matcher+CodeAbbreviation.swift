/// The codes cited by their abbreviation and year on question-and-answer and news pages: `Điều 357 BLDS 2015`,
/// `BLHS 2015`, `khoản 2 Điều 35 BLLĐ 2019`. Each is a name-only mention of a `Bộ luật`, its name as written.
///
/// The year is the anchor: the scan stops at every number, and only a four-digit number after a word in capitals
/// is looked at here. An abbreviation without its year (`theo BLDS`) is not read: no letter of it anchors a scan.
extension Matcher {
    /// The abbreviations of the codes, as written (`BLLĐ` and its `BLLD` without the stroke).
    static let codeAbbreviations = WordKeyTable(keys: ["BLDS", "BLHS", "BLLĐ", "BLLD", "BLTTDS", "BLTTHS", "BLHH"]
        .map { Vocabulary.codeKey($0) })

    /// True when the number at `start`, `runEnd - start` digits long, may be the year after a code's abbreviation:
    /// four digits after a space or a line break (LF, CR LF) and a capital letter (or the `Đ` of `BLLĐ`). A few byte
    /// tests, inlined in the scan.
    @inline(__always)
    func mayFollowCodeAbbreviation(_ start: Int, runEnd: Int) -> Bool {
        guard runEnd - start == 4 && start >= 6 && (p[start - 1] == 0x20 || p[start - 1] == 0x0A) else { return false }
        let last = p[start - 1] == 0x0A && p[start - 2] == 0x0D ? start - 3 : start - 2
        return ByteClass.isUpperASCII(p[last]) || p[last] == 0x90 && p[last - 1] == 0xC4
    }

    /// `BLDS 2015`: the code abbreviated before the year at `start`, as a name-only mention, or nil.
    @inline(never)
    func codeAbbreviationMention(yearAt start: Int, runEnd: Int) -> Match? {
        var year = 0
        for index in start..<runEnd { year = year * 10 + Int(p[index] - 0x30) }
        guard (1945...2099).contains(year), yearEndsAlone(at: runEnd) else { return nil }
        // The year may open a line that only wraps its sentence (`… Điều 35 BLLĐ⏎2019 và …`).
        guard let wordEnd = p[start - 1] == 0x20 ? start - 1 : wrappedLineEnd(before: start) else { return nil }
        let word = Tokenizer.token(before: wordEnd, in: buffer)
        guard word.kind == .word, Int(word.end) == wordEnd, Self.codeAbbreviations.contains(packedBytes(word.range)),
              word.start == 0 || !isLetterOrDigit(before: Int(word.start)) else { return nil }
        var match = Match(range: Int(word.start)..<runEnd, type: "Bộ luật", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = word.range
        match.year = year
        readFields(into: &match)
        return match
    }
}
