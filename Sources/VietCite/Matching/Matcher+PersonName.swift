/// A person's name written after an issuer's title (`Thủ tướng Chính phủ Phạm Minh Chính vừa ký …`): news name the
/// official, the citation names the office.
extension Matcher {
    /// Surnames that open no body's name: `Nguyễn`, `Trần`, `Lê`, `Phạm`, `Hoàng`, `Huỳnh`, `Phan`, `Võ`, `Bùi`,
    /// `Đỗ`, `Hồ`, `Ngô`, `Dương`, `Lý`, `Đinh`, `Lương`, `Trịnh`, `Vương`. `Đặng` (folds as `Đảng`), `Vũ` (`Vụ`),
    /// `Đoàn`, `Trương` and `Trường` are left out.
    static let surnameKeys = WordKeyTable(keys: [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vo", "bui", "do", "ho", "ngo", "duong", "ly",
        "dinh", "luong", "trinh", "vuong",
    ].map(WordKey.of))

    /// Words after which a capitalised name is a place's (`phường Nguyễn Du`, `quận Lê Chân`, `TP Hồ Chí Minh`)
    /// or a body's (`Mặt Trận Tổ quốc`).
    static let beforePlaceKeys = WordKeyTable(keys: [
        "pho", "tp", "quan", "huyen", "xa", "phuong", "tran", "mat",
    ].map(WordKey.of))

    /// `range` without a person's name at its end: a surname and one to three more words, each a capital followed
    /// by small letters, after at least two words of the title. `Bộ trưởng Bộ Tài chính Hồ Đức Phớc` gives `Bộ
    /// trưởng Bộ Tài chính`; `UBND phường Nguyễn Du` and `UBND TP Hồ Chí Minh` are kept whole.
    func withoutPersonName(_ range: Range<Int>) -> Range<Int> {
        let range = withoutComrade(range)
        // Most issuers end in a small letter (`Chính phủ`, `Bộ Chính trị`, `UBND tỉnh`) or are short: no name.
        guard range.count >= 16, let last = lastWordStart(in: range), last - range.lowerBound >= 12,
              isTitlecase(last..<range.upperBound) else { return range }
        let surnames = Self.surnameKeys
        var words = 0
        var previousKey: UInt64 = 0
        var previousEnd = range.lowerBound
        // Where the title ends before the name being read, and how many words of that name were read.
        var cut: Int?
        var nameWords = 0
        forEachWord(in: range) { word, key in
            if cut != nil {
                nameWords += 1
                // `Hồ Chí Minh` is the city's name and the Party's.
                if !isTitlecase(word) || nameWords == 2 && previousKey == WordKey.ho && key == WordKey.chi {
                    cut = nil
                }
            }
            if cut == nil && words >= 2 && surnames.contains(key) && !Self.beforePlaceKeys.contains(previousKey)
                && isTitlecase(word) {
                cut = previousEnd
                nameWords = 1
            }
            words += 1
            previousKey = key
            previousEnd = word.upperBound
            return true
        }
        guard let cut, (2...4).contains(nameWords) else { return range }
        return range.lowerBound..<cut
    }

    /// Where the last word of `range` starts (after its last space), or nil when it holds no space.
    private func lastWordStart(in range: Range<Int>) -> Int? {
        var cursor = range.upperBound
        while cursor > range.lowerBound && p[cursor - 1] != 0x20 { cursor -= 1 }
        return cursor > range.lowerBound && cursor < range.upperBound ? cursor : nil
    }

    /// `range` without the `đồng chí` (comrade) written before an office (`của đồng chí Bí thư Tỉnh ủy`).
    private func withoutComrade(_ range: Range<Int>) -> Range<Int> {
        guard range.count > 12, !isCapitalised(at: range.lowerBound) else { return range }
        var cursor = range.lowerBound
        let (first, firstKey) = wordEndAndKey(from: cursor, limit: range.upperBound)
        guard firstKey == WordKey.dong else { return range }
        cursor = first
        skipSpaces(&cursor, limit: 2)
        guard cursor < range.upperBound else { return range }
        let (second, secondKey) = wordEndAndKey(from: cursor, limit: range.upperBound)
        guard secondKey == WordKey.chi else { return range }
        cursor = second
        skipSpaces(&cursor, limit: 2)
        return cursor < range.upperBound ? cursor..<range.upperBound : range
    }

    /// A word written with a capital and then small letters only (`Phớc`, not `PHỚC` or `pháp`).
    private func isTitlecase(_ word: Range<Int>) -> Bool {
        guard isCapitalised(at: word.lowerBound) else { return false }
        var index = word.lowerBound + UTF8Decoding.decode(p, word.lowerBound, count).length
        while index < word.upperBound {
            let decoded = UTF8Decoding.decode(p, index, count)
            if isCapitalised(at: index) { return false }
            index += decoded.length
        }
        return true
    }
}
