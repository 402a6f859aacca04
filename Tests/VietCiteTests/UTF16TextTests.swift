import Testing
import VietCiteTestSupport
@_spi(Stages) import VietCite

/// Documents saved as UTF-16 ("Unicode text" from Word or Notepad), with or without a byte-order mark, read as the
/// text they hold; spans point into the UTF-16 bytes.
@Suite("UTF-16 text")
struct UTF16TextTests {
    /// The UTF-16 bytes of `text` in either byte order, after the byte-order mark when `mark` is set.
    static func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        let units = (mark ? [0xFEFF] : []) + Array(text.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    /// The text of UTF-16 bytes.
    static func string(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        let pairs = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2)
        let units = pairs.map { index in
            bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
                : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
        }
        return String(decoding: units, as: UTF16.self)
    }

    @Test("each seed in UTF-16 gives the records of its UTF-8, spans in the UTF-16 bytes",
          arguments: [(false, false), (false, true), (true, true)])
    func seeds(bigEndian: Bool, mark: Bool) {
        for name in Corpus.seedNames {
            let utf8 = Corpus.bytes("documents/" + name)
            let expected = CitationExtractor().extract(from: SourceText(bytes: utf8)).citations
            let bytes = Self.utf16(String(decoding: utf8, as: UTF8.self), bigEndian: bigEndian, mark: mark)
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
            let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
            #expect(citations.count == expected.count, "\(name)")
            for (citation, original) in zip(citations, expected) {
                #expect(citation.text == original.text, "\(name)")
                #expect(citation.symbol == original.symbol && citation.number == original.number, "\(name)")
                #expect(citation.date == original.date && citation.issuer == original.issuer, "\(name)")
                #expect(citation.relationTrigger == original.relationTrigger, "\(name)")
                #expect(citation.warnings == original.warnings, "\(citation.text)")
                #expect(Self.string(bytes[citation.span], bigEndian: bigEndian) == original.text, "\(name)")
                // Two bytes for each UTF-16 unit before the mention, and the mark's two.
                let before = String(decoding: utf8[..<original.span.lowerBound], as: UTF8.self).utf16.count
                #expect(citation.span.lowerBound == 2 * before + (mark ? 2 : 0), "\(citation.text)")
            }
        }
    }

    @Test("a dash variant in a UTF-16 symbol is still a repair the record names")
    func repairedSymbol() {
        let text = "Căn cứ Nghị định số 30/2020/NĐ\u{2013}CP ngày 05/3/2020 của Chính phủ;"
        let bytes = Self.utf16(text, bigEndian: false, mark: true)
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.map(\.symbol) == ["30/2020/NĐ-CP"])
        #expect(citations.first?.warnings == ["repaired-symbol"])
        #expect(citations.first?.text == "Nghị định số 30/2020/NĐ\u{2013}CP")
    }

    @Test("an unpaired surrogate, a character beyond the BMP and an odd last byte decode without loss of offsets")
    func badUnits() {
        var bytes = Self.utf16("Chỉ thị 16/CT-TTg 😀 và Kết luận 114-KL/TW", bigEndian: false, mark: true)
        bytes.insert(contentsOf: [0x00, 0xD8], at: 2)  // A high surrogate with no low one after it.
        bytes.append(0x41)
        let normalized = Normalizer().normalize(SourceText(bytes: bytes))
        #expect(normalized.string == "\u{FFFD}Chỉ thị 16/CT-TTg 😀 và Kết luận 114-KL/TW\u{FFFD}")
        checkMapCoversOutput(normalized, sourceCount: bytes.count)
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.map(\.text) == ["Chỉ thị 16/CT-TTg", "Kết luận 114-KL/TW"])
        #expect(citations.first?.span == 4..<38)
    }

    @Test("UTF-8 text with NULs in it, and text of two bytes, stay UTF-8")
    func notUTF16() {
        let nuls = Array("Chỉ thị\u{0} 16/CT-TTg\u{0}\u{0} của Thủ tướng".utf8)
        #expect(Normalizer().normalize(SourceText(bytes: nuls)).bytes == nuls)
        #expect(CitationExtractor().extract(from: SourceText(bytes: nuls)).citations.map(\.symbol) == ["16/CT-TTg"])
        for bytes: [UInt8] in [[0xFF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x41]] {
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
        }
    }
}
