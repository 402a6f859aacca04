/// A plenum's resolution is written many ways (`Nghị quyết Trung ương 4 (khóa XII)`, `Nghị quyết Hội nghị Trung ương 4
/// khóa XII`, `NQ TW4 khóa XII`, `Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII`, the `4` of
/// `Nghị quyết Trung ương 3, 4 khóa XII`): one document, named by its plenum's number and its term.
extension Identity {
    /// The key of a plenum's resolution from its folded name (``nameKey(_:)``) and its term
    /// (`nghi quyet trung uong 4#XII`), or nil for another name or a plenum whose term is not stated: without it the
    /// number names a plenum of any term.
    static func plenumKey(folded name: String, term: String?) -> String? {
        guard let term, name.hasPrefix("nghi quyet ") || name.hasPrefix("nq") else { return nil }
        let words = name.split(separator: " ")
        guard words.contains(where: { $0 == "trung" || $0.hasPrefix("tw") || $0.hasPrefix("tu") || $0 == "bch" })
        else { return nil }
        var number: Int?
        for (index, word) in words.enumerated() where number == nil {
            // The number apart or glued to `TW` (`tw4`, `tu11`); a term's `(khoa` ends the search.
            if word.hasPrefix("khoa") || word.hasPrefix("(khoa") { break }
            let digits = word.drop { !$0.isASCII || !$0.isNumber }
            if !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
               word.count == digits.count || word.hasPrefix("tw") || word.hasPrefix("tu") {
                number = Int(digits)
            } else if index > 0, words[index - 1] == "thu" || words[index - 1] == "uong",
                      let ordinal = Self.ordinals[String(word)] {
                // `lần thứ tư`, `Trung ương bốn`, `lần thứ mười một`; not the `TƯ` of `Nghị quyết TƯ 11`.
                let next = index + 1 < words.count ? Self.ordinals[String(words[index + 1])] : nil
                number = ordinal == 10 && next.map({ $0 < 10 }) == true ? 10 + next! : ordinal
            }
        }
        guard let number else { return nil }
        return "nghi quyet trung uong \(number)#\(term)"
    }

    /// Plenums' numbers in words, folded: `nhất` and `tư` as ordinals write them, `lăm` and `mốt` after `mười`.
    private static let ordinals: [String: Int] = [
        "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8,
        "chin": 9, "muoi": 10,
    ]
}
