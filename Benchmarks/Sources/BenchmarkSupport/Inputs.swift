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

    /// Stops the run when VietCite does not find what the corpus holds: a fast wrong answer is no result.
    public static func check(_ found: Int, _ expected: Int, _ what: String) {
        precondition(found == expected, "\(what): expected \(expected) citations, found \(found)")
    }
}
