import CVietCiteICU
import Foundation
import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

@Suite("OffsetMap")
struct OffsetMapTests {
    /// Pieces a random document is made of: clean and decomposed Vietnamese, lookalikes, odd spaces,
    /// dashes in codes, invisible characters and invalid bytes.
    static let pieces: [[UInt8]] = [
        "Nghị quyết số 25-NQ/TW ", "của Ban Chấp hành Trung ương ", "Thủ tướng Chính phủ ", "hòa thuỷ khoá ",
        "Nghi\u{0323} đi\u{0323}nh ", "ngu\u{031B}\u{0300}o\u{031B}i ", "e\u{0301}\u{0302}", "NÐ–CP ", "BТС ",
        "\u{00A0}", "\u{2009}", "\u{200B}", "\u{FEFF}", "\u{00AD}", "２５／ＮＱ－ＴＷ ", "m² ", "\r\n", "\u{1100}\u{1161}",
        "21 – NQ/TW ", "\u{212B}", "Ａ\u{0301}",
    ].map { Array($0.utf8) } + [[0xFF], [0xE1, 0xBB], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0xF4, 0x90, 0x80, 0x80]]

    static func randomDocument(_ generator: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 1...60, using: &generator) {
            bytes += pieces.randomElement(using: &generator)!
        }
        return bytes
    }

    @Test("property: the map is monotonic, covers every output byte, and maps characters to their sources")
    func property() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<400 {
            let bytes = Self.randomDocument(&generator)
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
            // Walk the output by scalar: each maps back to source bytes that normalize to text containing it.
            let output = normalized.bytes
            var offset = 0
            while offset < output.count {
                var end = offset + 1
                while end < output.count && output[end] & 0xC0 == 0x80 { end += 1 }
                let sourceRange = normalized.sourceRange(of: offset..<end)
                let again = Normalizer().normalize(SourceText(bytes: Array(bytes[sourceRange])))
                let produced = Array(output[offset..<end])
                let contains = again.bytes.count >= produced.count
                    && (0...(again.bytes.count - produced.count)).contains {
                        Array(again.bytes[$0..<($0 + produced.count)]) == produced
                    }
                // Dashes and Cyrillic lookalikes are rewritten only in context (inside a code), so alone they stay.
                let contextual = (produced == [0x2D] && Self.dashes.contains(Array(bytes[sourceRange])))
                    || (produced.count == 1 && Self.cyrillicTwins[Array(bytes[sourceRange])] == produced[0])
                #expect(contains || contextual,
                        "output \(offset)..<\(end) \(produced) maps to \(sourceRange) = \(Array(bytes[sourceRange]))")
                offset = end
            }
            #expect(String(validating: output, as: UTF8.self) != nil)
        }
    }

    static let dashes: Set<[UInt8]> = Set(["–", "\u{2212}", "\u{2010}"].map { Array($0.utf8) })
    static let cyrillicTwins: [[UInt8]: UInt8] = [Array("Т".utf8): 0x54, Array("С".utf8): 0x43]

    @Test("differential: normalizing in runs equals ICU's NFC of the whole text")
    func differentialAgainstICU() {
        // Only pieces the Vietnamese rules leave to NFC (no spaces of the families, lookalikes, dashes or mark
        // reordering, and no vowel and space before a lone mark, which the PDF rule composes).
        let pieces = [
            "Nghị quyết ", "Nghi\u{0323} quyê\u{0301}t ", "ngu\u{031B}\u{0300}o\u{031B}i", "A\u{0308}", "n\u{0303}",
            "\u{1100}\u{1161}\u{11A8} ", "\u{212B}", "\u{0387}", "e\u{0323}\u{0302}", "中文 ", "d\u{0323}",
            "x\u{0301}\u{0301}",
            "\u{0301}", "ô\u{0300}", "i\u{0307}\u{0301}",
        ].map { Array($0.utf8) }
        var generator = SeededGenerator(seed: 72)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...40, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let ours = Normalizer().normalize(SourceText(bytes: bytes)).bytes
            let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map { String($0.value, radix: 16) }
            #expect(ours == Self.icuNFC(bytes), "\(scalars)")
        }
    }

    static func icuNFC(_ bytes: [UInt8]) -> [UInt8] {
        var status: Int32 = 0
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        let count = bytes.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                vietcite_icu_nfc_utf8(input.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                                      out.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(out.count), &status)
            }
        }
        #expect(status <= 0)
        return Array(output[0..<Int(count)])
    }

    @Test("decomposed, a document's citations span the same text as in NFC, in plain text and in a page")
    func decomposedSpans() throws {
        for name in ["crafted/party-resolution-central.txt", "crafted/preamble-forms.txt", "crafted/qa-tax.txt",
                     "documents/" + Corpus.seedNames[0]] {
            let composed = try #require(String(validating: Corpus.bytes(name), as: UTF8.self))
            let decomposed = composed.decomposedStringWithCanonicalMapping
            let page = "<html><body><p>" + decomposed.replacing("\n", with: "</p>\n<p>") + "</p></body></html>"
            let expected = CitationExtractor().extract(from: SourceText(composed)).citations
            #expect(expected.count > 3, "\(name)")
            for variant in [decomposed, page] {
                let source = SourceText(variant)
                let found = CitationExtractor().extract(from: source).citations
                #expect(found.count == expected.count, "\(name)")
                // Through every prefixed segment of the map (and, in the page, the markup's map after it), each span
                // holds the citation's own text, decomposed.
                for (citation, reference) in zip(found, expected) {
                    let spanned = String(decoding: source.bytes[citation.span], as: UTF8.self)
                    #expect(spanned.precomposedStringWithCanonicalMapping == reference.text,
                            "\(name): \(reference.text)")
                }
            }
        }
    }

    @Test("spans of an edited text map to the original bytes")
    func spans() {
        let source = SourceText("Xem NÐ\u{200B}–CP và Nghi\u{0323} quyê\u{0301}t số 25.")
        let normalized = Normalizer().normalize(source)
        let text = normalized.string
        let code = text.utf8.firstRange(of: "NĐ-CP".utf8)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: code.lowerBound)
        let range = normalized.sourceRange(of: start..<(start + "NĐ-CP".utf8.count))
        #expect(source.text(in: range) == "NÐ\u{200B}–CP")
        let phrase = text.utf8.firstRange(of: "Nghị quyết".utf8)!
        let phraseStart = text.utf8.distance(from: text.utf8.startIndex, to: phrase.lowerBound)
        let phraseRange = normalized.sourceRange(of: phraseStart..<(phraseStart + "Nghị quyết".utf8.count))
        #expect(source.text(in: phraseRange) == "Nghi\u{0323} quyê\u{0301}t")
    }

    @Test("line and column of a byte offset")
    func lineTable() {
        let source = SourceText("một\r\nhai\rba\nbốn")
        let table = SourceText.LineTable(source)
        #expect(table.location(ofByte: 0).description == "1:1")
        #expect(table.location(ofByte: 7).description == "2:1")
        #expect(table.location(ofByte: 11).description == "3:1")
        #expect(table.location(ofByte: 15).description == "4:2")
    }
}
