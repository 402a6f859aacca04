import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

@Suite("Normalizer")
struct NormalizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: [UInt8]
        let expected: String
        let note: String
        init(_ input: String, _ expected: String, _ note: String) {
            self.input = Array(input.utf8)
            self.expected = expected
            self.note = note
        }
        init(bytes: [UInt8], _ expected: String, _ note: String) {
            self.input = bytes
            self.expected = expected
            self.note = note
        }
        var testDescription: String { note }
    }

    static let cases: [Case] = [
        // NFC
        Case("Nghi\u{0323} quyê\u{0301}t", "Nghị quyết", "NFD syllables compose"),
        Case("Ban Châ\u{0301}p ha\u{0300}nh Trung ương", "Ban Chấp hành Trung ương", "NFD in a phrase"),
        Case("NGHI\u{0323} ĐI\u{0323}NH", "NGHỊ ĐỊNH", "upper-case NFD"),
        Case("e\u{0301}\u{0302}", "ế", "tone typed before the circumflex"),
        Case("a\u{0300}\u{0306}", "ằ", "tone typed before the breve"),
        Case("u\u{0309}\u{031B}", "ử", "tone typed before the horn"),
        Case("è\u{0302}", "ề", "precomposed toned letter plus circumflex"),
        Case("ê\u{0301}", "ế", "precomposed shape plus tone"),
        Case("Nghi \u{0323} định", "Nghị định", "PDF text: a mark after a space, then a space"),
        Case("Nghi \u{0323}định Bo \u{0323}\u{0302}", "Nghị định Bộ", "PDF text: marks after a space, then a word"),
        Case("a\n \u{0301}x ; \u{0301}", "a\n \u{0301}x ; \u{0301}",
             "a mark after a space with no vowel before it stays"),
        Case("n\u{0303}", "ñ", "non-Vietnamese composition through ICU"),
        Case("\u{1100}\u{1161}", "\u{AC00}", "Hangul jamo compose through ICU"),
        Case("\u{212B}", "\u{00C5}", "singleton decomposition through ICU"),
        // Lookalikes
        Case("Ðảng", "Đảng", "ETH capital"),
        Case("ƉẢNG ðồng ɖ", "ĐẢNG đồng đ", "African D and small forms"),
        Case("Cǎn cứ Luật ngày 19 tháng 6 nǎm 2015; CǍN CỨ", "Căn cứ Luật ngày 19 tháng 6 năm 2015; CĂN CỨ",
             "a caron for the breve (ǎ, Ǎ) of converted pages"),
        Case("16/CT-ТТg", "16/CT-TTg", "Cyrillic Т inside a Latin code"),
        Case("BТС", "BTC", "Cyrillic Т and С inside an all-caps code"),
        Case("Москва", "Москва", "a Cyrillic word is left alone"),
        // Spaces and invisibles
        Case("Thứ nhất,\u{00A0}triển khai", "Thứ nhất, triển khai", "NBSP"),
        Case("a\u{2003}b\u{202F}c\u{205F}d\u{3000}e\u{2009}f", "a b c d e f", "space family"),
        Case("Ngh\u{200B}ị đ\u{00AD}ịnh\u{FEFF}", "Nghị định", "zero-width space, soft hyphen, BOM"),
        Case("\u{200E}số\u{200F} 5\u{200C}\u{200D}", "số 5", "direction marks and joiners"),
        Case("a\r\nb\rc\n", "a\r\nb\rc\n", "line breaks kept"),
        // Dashes
        Case("21 – NQ/TW", "21 - NQ/TW", "en dash in a Party symbol"),
        Case("107/2021/NĐ–CP", "107/2021/NĐ-CP", "en dash between codes"),
        Case("14‒7−2015", "14-7-2015", "figure dash and minus in a date"),
        Case("văn hoá – xã hội", "văn hoá – xã hội", "en dash in prose stays"),
        // Fullwidth
        Case("２５／ＮＱ－ＴＷ", "25/NQ-TW", "fullwidth code"),
        Case("15\u{2044}2020\u{2215}NĐ-CP, 1\u{2044}2", "15/2020/NĐ-CP, 1/2", "slash lookalikes"),
        Case("100 m² và ½", "100 m² và ½", "no other NFKC change"),
        // Invalid UTF-8
        Case(bytes: [0x61, 0xFF, 0x62], "a\u{FFFD}b", "stray byte"),
        Case(bytes: [0x61, 0xE1, 0xBB, 0x62], "a\u{FFFD}b", "truncated sequence is one U+FFFD"),
        Case(bytes: [0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}", "surrogate: one per byte"),
        Case(bytes: [0xF0, 0x9F, 0x98], "\u{FFFD}", "truncated 4-byte"),
        Case(bytes: [0xC0, 0xAF, 0x00, 0x41], "\u{FFFD}\u{FFFD}\u{0}A", "overlong and NUL"),
        // The eight-byte fast path: a lead at the end of a clean word, then ASCII; a stray continuation after
        // an invalid lead; a kept-looking pair inside a clean stretch.
        Case(bytes: Array("Nghị định ".utf8) + [0x6E, 0x68, 0x20, 0xC3] + Array("abcdefgh".utf8),
             "Nghị định nh \u{FFFD}abcdefgh", "fast path: truncated lead before ASCII"),
        Case(bytes: [0x98, 0x80] + Array("Nghị định nh ".utf8) + [0xC3] + Array("abcdefgh".utf8),
             "\u{FFFD}\u{FFFD}Nghị định nh \u{FFFD}abcdefgh", "fast path: after stray continuation bytes"),
        Case(bytes: Array("Kết luận số ".utf8) + [0xC0, 0xAF] + Array(" Nghị định số 1".utf8),
             "Kết luận số \u{FFFD}\u{FFFD} Nghị định số 1", "fast path: invalid lead, then its stray continuation"),
        Case("Quyết định số 15/QÐ-UBND và Ɖiều", "Quyết định số 15/QĐ-UBND và Điều",
             "fast path: lookalikes among kept letters"),
        // Already clean
        Case("Kết luận số 114-KL/TW ngày 14/7/2015", "Kết luận số 114-KL/TW ngày 14/7/2015", "clean NFC"),
        Case("", "", "empty"),
        Case("hòa hoà thủy thuỷ", "hòa hoà thủy thuỷ", "display keeps the source's tone style"),
    ]

    @Test("every ASCII vowel with every Vietnamese mark pair composes as ICU does, in either order; other marks too")
    func decomposedVowels() {
        let shapes: [Unicode.Scalar?] = [nil, "\u{0302}", "\u{0306}", "\u{031B}"]
        let tones: [Unicode.Scalar?] = [nil, "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]
        for vowel in "aeiouyAEIOUYdx".unicodeScalars {
            for shape in shapes {
                for tone in tones where shape != nil || tone != nil {
                    let ordered = [vowel] + [shape, tone].compactMap { $0 }
                    let expected = OffsetMapTests.icuNFC(Array(String(String.UnicodeScalarView(ordered)).utf8))
                    // The tone typed first is put after the shape (the Vietnamese rule); ICU sees the ordered form.
                    for marks in [[shape, tone], [tone, shape]] {
                        let text = String(String.UnicodeScalarView([vowel] + marks.compactMap { $0 })) + " x"
                        let ours = Normalizer().normalize(SourceText(text)).bytes
                        let scalars = text.unicodeScalars.map { String($0.value, radix: 16) }
                        #expect(ours == expected + Array(" x".utf8), "\(scalars)")
                    }
                }
            }
        }
        // Marks that are not Vietnamese (diaeresis, ring, caron) go through ICU.
        for text in ["a\u{0308} x", "A\u{030A} x", "e\u{030C} x", "o\u{0301}\u{0308} x"] {
            #expect(Normalizer().normalize(SourceText(text)).bytes == OffsetMapTests.icuNFC(Array(text.utf8)))
        }
    }

    @Test("each rule", arguments: cases)
    func rule(_ testCase: Case) {
        let normalized = Normalizer().normalize(SourceText(bytes: testCase.input))
        #expect(normalized.string == testCase.expected)
        #expect(normalized.map.outputCount == normalized.bytes.count)
        checkMapCoversOutput(normalized, sourceCount: testCase.input.count)
    }

    @Test("text that grows past the room its output is given (stray bytes, three bytes of U+FFFD each) comes out whole",
          arguments: [1, 7, 100, 5000])
    func outputGrowsPastItsRoom(strays: Int) {
        let clean = Array("Nghị định số 15/2020/NĐ-CP ".utf8)
        let input = clean + [UInt8](repeating: 0xFF, count: strays) + clean
        let normalized = Normalizer().normalize(SourceText(bytes: input))
        let expected = String(decoding: clean, as: UTF8.self) + String(repeating: "\u{FFFD}", count: strays)
            + String(decoding: clean, as: UTF8.self)
        #expect(normalized.string == expected)
        #expect(normalized.bytes.count == 2 * clean.count + 3 * strays)
        #expect(normalized.map.outputCount == normalized.bytes.count)
        checkMapCoversOutput(normalized, sourceCount: input.count)
        // The last stray's U+FFFD maps back to its byte.
        let last = clean.count + 3 * (strays - 1)
        #expect(normalized.sourceRange(of: last..<last + 3) == clean.count + strays - 1..<clean.count + strays)
    }

    @Test("the C letter table agrees with the Swift letter rules for every scalar below U+2000")
    func letterTable() {
        #expect(LetterFolds.disagreements() == [])
    }

    @Test("clean text passes with an identity map and no copy")
    func fastPath() {
        for name in Corpus.seedNames {
            let bytes = Corpus.bytes("documents/" + name)
            let source = SourceText(bytes: bytes)
            let normalized = Normalizer().normalize(source)
            let hasNBSP = bytes.indices.dropLast().contains { bytes[$0] == 0xC2 && bytes[$0 + 1] == 0xA0 }
            #expect(normalized.map.isIdentity == !hasNBSP, "\(name)")
            if !hasNBSP {
                // Shares storage: the same buffer, not a copy.
                let same = normalized.bytes.withUnsafeBufferPointer { a in
                    bytes.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
                }
                #expect(same, "\(name) was copied")
            }
        }
    }

    /// The punctuation block U+2000–U+2060 (spaces, zero widths, quotes, bullet, ellipsis, directional marks), one
    /// scalar set into clean Vietnamese at every alignment, so each lands in every lane of the 32-, 16- and 8-byte
    /// clean scans, and in the byte loop: each comes out as the rules say (dashes, which depend on what stands
    /// beside them, are tested with the noise cases; the fraction slash is `/`).
    @Test("each punctuation scalar of U+2000–U+2060 comes out as its rule says, at every alignment of the block scans")
    func punctuationAtEveryAlignment() {
        let spaces: Set<UInt32> = Set(0x2000...0x200A).union([0x202F, 0x205F])
        let removed: Set<UInt32> = Set(0x200B...0x200F).union(0x202A...0x202E).union([0x2060])
        let clean = "Căn cứ Nghị quyết của Ủy ban nhân dân tỉnh về việc phát triển kinh tế “xã hội” "
        for value in UInt32(0x2000)...0x2060 where !(0x2010...0x2015).contains(value) {
            let scalar = Unicode.Scalar(value)!
            let expected = spaces.contains(value) ? " " : removed.contains(value) ? "" : value == 0x2044 ? "/"
                : String(Character(scalar))
            for shift in 0..<34 {
                let head = String(clean.unicodeScalars.prefix(shift)) + clean
                let text = head + String(Character(scalar)) + clean + clean
                let normalized = Normalizer().normalize(SourceText(bytes: Array(text.utf8)))
                #expect(normalized.string == head + expected + clean + clean,
                        "U+\(String(value, radix: 16, uppercase: true)) after \(shift)")
            }
        }
    }

    @Test("seeds: NBSP becomes space, nothing else changes")
    func seeds() {
        for name in Corpus.seedNames {
            let bytes = Corpus.bytes("documents/" + name)
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            let expected = String(decoding: bytes, as: UTF8.self).replacingNBSP()
            #expect(normalized.string == expected, "\(name)")
            for edit in normalized.map.edits {
                #expect(Array(bytes[edit.source]) == [0xC2, 0xA0])
            }
        }
    }

    @Test("a tone style can be asked for", arguments: [
        ("Tỉnh ủy hòa khỏe thủy", ToneStyle.modern, "Tỉnh uỷ hoà khoẻ thuỷ"),
        ("Tỉnh uỷ hoà khoẻ thuỷ", ToneStyle.traditional, "Tỉnh ủy hòa khỏe thủy"),
        ("quý giữa hoàn khuỷu Zoé toán", ToneStyle.modern, "quý giữa hoàn khuỷu Zoé toán"),
        ("quý giữa hoàn khuỷu Zoé toán", ToneStyle.traditional, "quý giữa hoàn khuỷu Zoé toán"),
        ("ỦY BAN, Ủy ban, Uỷ ban", ToneStyle.modern, "UỶ BAN, Uỷ ban, Uỷ ban"),
        ("kho\u{0301}a XII", ToneStyle.modern, "khoá XII"),
    ])
    func toneStyle(_ input: String, _ style: ToneStyle, _ expected: String) {
        let source = SourceText(input)
        let normalized = Normalizer(options: .init(toneStyle: style)).normalize(source)
        #expect(normalized.string == expected)
        checkMapCoversOutput(normalized, sourceCount: source.bytes.count)
        // Every restyled word maps back to the source word it came from.
        for edit in normalized.map.edits {
            let original = source.text(in: edit.source)
            let produced = String(decoding: normalized.bytes[edit.output], as: UTF8.self)
            #expect(VietnameseKey.toneNeutral(original) == VietnameseKey.toneNeutral(produced))
        }
    }

    @Test("style-neutral and folded keys", arguments: [
        ("hòa", "hoà", true), ("thủy", "thuỷ", true), ("Ủy", "Uỷ", true), ("khóa", "khoá", true),
        ("quý", "qúy", false), ("hoàn", "hòan", false),
    ])
    func toneNeutralKey(_ a: String, _ b: String, _ equal: Bool) {
        #expect((VietnameseKey.toneNeutral(a) == VietnameseKey.toneNeutral(b)) == equal)
    }

    @Test("folded key", arguments: [
        ("Nghị quyết số", "nghi quyet so"), ("của Ban Chấp hành", "cua ban chap hanh"),
        ("ĐẢNG Ðảng đảng", "dang dang dang"), ("Nghi\u{0323} đi\u{0323}nh", "nghi dinh"),
    ])
    func foldedKey(_ input: String, _ expected: String) {
        #expect(VietnameseKey.folded(input) == expected)
    }

    /// The byte path of the folded key takes only text the normalizer leaves as it is, and gives what the
    /// normalizer's path gives: every line and every clause of the seeds and the crafted documents, and text the
    /// normalizer changes (decomposed, legacy-encoded, markup, odd spaces), which the byte path must refuse.
    @Test("folded key: the byte path agrees with the normalizer")
    func foldedKeyBytePath() {
        let crafted = ["circular-preamble.txt", "news.txt", "ocr-scan.txt", "party-resolution-central.txt",
                       "qa-tax.txt", "web-page.html", "old-council-decision.txt"].map { "crafted/" + $0 }
        var lines: [String] = []
        for path in Corpus.seedNames.map({ "documents/" + $0 }) + crafted {
            for line in Corpus.bytes(path).split(separator: 0x0A) {
                let text = String(decoding: line, as: UTF8.self)
                lines.append(text)
                lines += text.split(separator: ",").map(String.init)
            }
        }
        var taken = 0
        for text in lines {
            if let clean = VietnameseKey.foldedClean(text) {
                taken += 1
                #expect(clean == VietnameseKey.foldedNormalizing(text), "\(text)")
            }
        }
        #expect(taken > lines.count / 4)
        for changed in ["Nghi\u{0323} định", "Ngh\u{00DE} \u{00A7}\u{00DE}nh", "a\u{00A0}b", "<b>Luật</b>", "A &amp; B",
                        "Luật\tĐất đai", "NÐ-CP", "a\u{200B}b", "Luật\u{00AD}", "ＮＱ"] {
            #expect(VietnameseKey.foldedClean(changed) == nil, "\(changed)")
        }
    }
}

/// Every output byte maps into the source; the map never goes backwards.
func checkMapCoversOutput(_ normalized: NormalizedText, sourceCount: Int,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    var previous = 0..<0
    for offset in 0..<normalized.bytes.count {
        let range = normalized.map.sourceRange(ofOutputByte: offset)
        #expect(range.lowerBound >= 0 && range.upperBound <= sourceCount && !range.isEmpty,
                "output byte \(offset) maps to \(range)", sourceLocation: sourceLocation)
        #expect(range.lowerBound >= previous.lowerBound, "map goes backwards at \(offset)",
                sourceLocation: sourceLocation)
        previous = range
    }
}

extension String {
    func replacingNBSP() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 }))
    }
}
