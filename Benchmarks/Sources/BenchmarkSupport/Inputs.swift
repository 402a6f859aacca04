import VietCite

/// The inputs every stage benchmark shares: 8 MB of each generated corpus, built once.
public enum Inputs {
    /// The size of each input in bytes (8 MB).
    public static let size = 8 << 20
    /// The NFC corpus and the number of citations planted in it.
    public static let nfc = CorpusGenerator.nfc(size: size)
    /// The NFC corpus decomposed (NFD): the same citations, more bytes.
    public static let nfd = CorpusGenerator.nfd(nfc.bytes)
    /// Citation-sparse prose, one citation per ~20 KB, and the number of citations in it.
    public static let sparse: (bytes: [UInt8], citations: Int) = {
        var generator = CorpusGenerator()
        return generator.sparse(size: size)
    }()

    /// Text built to be slow to read: short units, each repeated to an equal share of 8 MB, that send the matcher
    /// down its rarer paths again and again (a word in small letters after a number's slash, a long glued word, a
    /// symbol wrapped before its slash, a congress's list, an open name, a date set off by commas). One document a
    /// unit.
    public static let adversarial: [(unit: String, bytes: [UInt8])] = {
        let units = [
            "1/tháng ", "1/Abcdefghijklmnopqrstuvw ", "1-Abcdefghijkl/Abcdefghijklmnop ", "Nghị định số 27\n/",
            "Nghị quyết Đại hội X, XI, ", "Luật ", "Nghị quyết Trung ương ", "Công văn số 1/UBND của Sở, ngày ",
        ]
        return units.map { unit in
            (unit, Array(String(repeating: unit, count: size / units.count / unit.utf8.count).utf8))
        }
    }()

    /// Stops the run when a unit of ``adversarial`` does not read in bounded steps: its whole document must hold as
    /// many mentions per unit as a thousand units alone do (one more or less at the ends).
    public static func checkAdversarial(_ count: (String) -> Int) {
        for (unit, bytes) in adversarial {
            let units = bytes.count / unit.utf8.count
            let sample = count(String(repeating: unit, count: 1_000))
            let whole = count(String(decoding: bytes, as: UTF8.self))
            let expected = sample * units / 1_000
            precondition(abs(whole - expected) <= units / 1_000 + 1, "\(unit): \(whole) mentions, \(expected) expected")
        }
    }

    /// Stops the run when VietCite does not find what the corpus holds: a fast wrong answer is no result.
    public static func check(_ found: Int, _ expected: Int, _ what: String) {
        precondition(found == expected, "\(what): expected \(expected) citations, found \(found)")
    }
}
