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
    /// four digits after a space and a capital letter (or the `Đ` of `BLLĐ`). A few byte tests, inlined in the scan.
    @inline(__always)
    func mayFollowCodeAbbreviation(_ start: Int, runEnd: Int) -> Bool {
        runEnd - start == 4 && start >= 5 && p[start - 1] == 0x20
            && (ByteClass.isUpperASCII(p[start - 2]) || p[start - 2] == 0x90 && p[start - 3] == 0xC4)
    }

    /// `BLDS 2015`: the code abbreviated before the year at `start`, as a name-only mention, or nil.
    @inline(never)
    func codeAbbreviationMention(yearAt start: Int, runEnd: Int) -> Match? {
        var year = 0
        for index in start..<runEnd { year = year * 10 + Int(p[index] - 0x30) }
        guard (1945...2099).contains(year), yearEndsAlone(at: runEnd) else { return nil }
        let word = Tokenizer.token(before: start - 1, in: buffer)
        guard word.kind == .word, Int(word.end) == start - 1, Self.codeAbbreviations.contains(packedBytes(word.range)),
              word.start == 0 || !isLetterOrDigit(before: Int(word.start)) else { return nil }
        var match = Match(range: Int(word.start)..<runEnd, type: "Bộ luật", number: nil, symbol: nil, family: "name",
                          issuerCode: nil, symbolYear: nil, hasTypeWord: true)
        match.nameRange = word.range
        match.year = year
        readFields(into: &match)
        return match
    }
}
