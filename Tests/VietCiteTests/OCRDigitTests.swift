import CVietCiteScan
import Testing
@_spi(Stages) import VietCite

/// OCR's letters for digits (`2O22`, `20l7`, `l5/8/2022`) are read as digits inside numbers, and only there.
@Suite("OCR digits")
struct OCRDigitTests {
    static let scan = """
        Số: 2O22/QĐ-UBND
        Căn cứ Quyết định số 20l7/QĐ-UBND ngày l5/8/2022 của UBND tỉnh;
        Căn cứ Nghị định số 15/2O2O/NĐ-CP ngày 3/2/2O2O của Chính phủ;
        Căn cứ Thông tư số O3/2023/TT-BNV ngày 12/3/2023 của Bộ Nội vụ.
        Khí CO2, H2O và O2 trong năm 2O23; mục lOl; Il/5; ngày l5.8.2022.
        """

    @Test("letters in numbers joined to a symbol or date become digits; other tokens stay; the map is unchanged")
    func normalized() {
        let source = SourceText(Self.scan)
        let normalized = Normalizer(options: .init(repairsOCRDigits: true)).normalize(source)
        let text = normalized.string
        for repaired in ["Số: 2022/QĐ-UBND", "số 2017/QĐ-UBND ngày 15/8/2022", "15/2020/NĐ-CP ngày 3/2/2020",
                         "số 03/2023/TT-BNV", "ngày 15.8.2022"] {
            #expect(text.contains(repaired), "\(repaired)")
        }
        // Not joined to a symbol or date, touching a letter, or more letters than digits.
        for kept in ["CO2, H2O và O2", "năm 2O23", "mục lOl", "Il/5"] { #expect(text.contains(kept), "\(kept)") }
        #expect(normalized.bytes.count == source.bytes.count)
        #expect(normalized.repairedDigits.count == 9)
        for position in normalized.repairedDigits {
            #expect(normalized.sourceRange(of: position..<position + 1) == position..<position + 1)
            #expect("Oo".utf8.contains(source.bytes[position]) ? normalized.bytes[position] == 0x30
                    : normalized.bytes[position] == 0x31)
        }
        checkMapCoversOutput(normalized, sourceCount: source.bytes.count)
        // Off by default: the extractor repairs a text only when its scan meets such a letter.
        let off = Normalizer().normalize(source)
        #expect(off.bytes == source.bytes && off.repairedDigits.isEmpty)
    }

    @Test("the citations read the repaired numbers and dates, say so, and keep their spans in the original bytes")
    func citations() {
        let source = SourceText(Self.scan)
        let citations = CitationExtractor().extract(from: source).citations
        let bySymbol = Dictionary(citations.compactMap { citation in citation.symbol.map { ($0, citation) } },
                                  uniquingKeysWith: { first, _ in first })
        #expect(bySymbol["2022/QĐ-UBND"]?.isSelf == true)
        let decision = bySymbol["2017/QĐ-UBND"]
        #expect(decision?.text == "Quyết định số 20l7/QĐ-UBND")
        #expect(decision?.date == CitationDate(year: 2022, month: 8, day: 15))
        #expect(decision?.warnings == ["repaired-symbol", "repaired-date"])
        #expect(bySymbol["15/2020/NĐ-CP"]?.date == CitationDate(year: 2020, month: 2, day: 3))
        let circular = bySymbol["03/2023/TT-BNV"]
        #expect(circular?.text == "Thông tư số O3/2023/TT-BNV" && circular?.number == "03")
        #expect(circular?.issuer == "Bộ Nội vụ" && circular?.warnings == ["repaired-symbol"])
        for citation in citations {
            #expect(String(decoding: source.bytes[citation.span], as: UTF8.self) == citation.text)
        }
        #expect(citations.count == 4)
    }

    @Test("a symbol's number with more letters than digits is read when `số` or a year and a slash show it is one")
    func mostlyLetters() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Nghị định số 1OO/2O19/NĐ-CP; Quyết định số 2OO/QĐ-UBND; Thông tư 1ll/2019/TT-BTC; mục lOl/2 và
            mục lOl/năm; Il/TTg.
            """)
        #expect(citations.map(\.symbol) == ["100/2019/NĐ-CP", "200/QĐ-UBND", "111/2019/TT-BTC"])
        #expect(citations.map(\.text) == ["Nghị định số 1OO/2O19/NĐ-CP", "Quyết định số 2OO/QĐ-UBND",
                                           "Thông tư 1ll/2019/TT-BTC"])
        #expect(citations.allSatisfy { $0.warnings == ["repaired-symbol"] })
    }

    @Test("a day or month OCR spaced apart is read whole and said so, in a header's place line too")
    func spacedDates() {
        let citations = CitationExtractor().extract(from: SourceText("""
            Số: 287/QĐ-UBND                Hà Tĩnh, ngày 2 5 tháng 01 năm 2021
            Căn cứ Quyết định số 35/2020/QĐ-UBND ngày 1 0/1 0/2020 của UBND tỉnh;
            Quyết định số 36/QĐ-UBND ngày 5 3/4/2020;
            Nghị định số 15/2021/NĐ-CP ngày 03/3/2021.
            """)).citations
        #expect(citations.map(\.date) == [CitationDate(year: 2021, month: 1, day: 25),
                                          CitationDate(year: 2020, month: 10, day: 10), nil,
                                          CitationDate(year: 2021, month: 3, day: 3)])
        // The decree's date is after the header's: flagged, kept as written.
        #expect(citations.map(\.warnings) == [["repaired-date"], ["repaired-date"], [], ["date-after-citing-document"]])
        #expect(citations.first?.isSelf == true && citations[1].issuer == "UBND tỉnh")
        // Written after the issuer, the date says so too.
        let afterIssuer = CitationExtractor().citations(in: "Quyết định số 5/QĐ-UBND của UBND huyện ngày 1 0/1 0/2020.")
        #expect(afterIssuer.first?.date == CitationDate(year: 2020, month: 10, day: 10))
        #expect(afterIssuer.first?.warnings == ["repaired-date"])
    }

    @Test("a day or month OCR read as letters alone is read and said so; a month 0 or a word is no date")
    func letterDateParts() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Thông tư số 10/2015/TT-BKHĐT ngày 26/lO/2015 của Bộ Kế hoạch và Đầu tư;
            Chỉ thị số 3/CT-TTg ngày 3/IO/2O2O; Quyết định số 8/QĐ-UB ngày lO tháng l năm 2014;
            Quyết định số 7/QĐ-UBND ngày l/O/2015; Văn bản số 9/UBND ngày Il/lO/2015;
            Công văn số 4/UBND ngày lOl/2/2015.
            """)
        #expect(citations.map(\.date) == [CitationDate(year: 2015, month: 10, day: 26),
                                          CitationDate(year: 2020, month: 10, day: 3),
                                          CitationDate(year: 2014, month: 1, day: 10), nil,
                                          CitationDate(year: 2015, month: 10, day: 11), nil])
        #expect(citations.first?.issuer == "Bộ Kế hoạch và Đầu tư")
        #expect(citations.map { $0.warnings.contains("repaired-date") } == [true, true, true, false, true, false])
        // `3/IO` was read as a symbol of its own before.
        #expect(citations.count == 6)
    }

    @Test("a symbol's year OCR spaced in its middle is read whole and said so; a date so spaced is no symbol")
    func spacedYears() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Luật Đầu tư công số 39/20 19/QH14 ngày 13/6/2019; Nghị định 15/20 20/NĐ-CP; ngày 15/20 12/2020.
            """)
        #expect(citations.map(\.text) == ["Luật Đầu tư công số 39/20 19/QH14", "Nghị định 15/20 20/NĐ-CP"])
        #expect(citations.map(\.symbol) == ["39/2019/QH14", "15/2020/NĐ-CP"])
        #expect(citations.map(\.warnings) == [["repaired-symbol"], ["repaired-symbol"]])
        #expect(citations.first?.date == CitationDate(year: 2019, month: 6, day: 13))
    }

    @Test("the Assembly's term spaced from its code is read with it and said so; a count after the code is not")
    func spacedTerms() {
        let citations = CitationExtractor().citations(in: """
            Thực hiện Nghị quyết số 30/2021/QH 15 ngày 28/7/2021 của Quốc hội, Nghị quyết 45/2024/UBTVQH 15; Luật số \
            12/2024/QH15 150 trang; Nghị quyết 50/2022/QH 151.
            """)
        #expect(citations.map(\.symbol) == ["30/2021/QH15", "45/2024/UBTVQH15", "12/2024/QH15", "50/2022/QH"])
        #expect(citations.map(\.warnings) == [["repaired-symbol"], ["repaired-symbol"], [], []])
        #expect(citations.first?.date == CitationDate(year: 2021, month: 7, day: 28))
        #expect(citations.first?.issuer == "Quốc hội")
    }

    @Test("a number glued to số is repaired before a symbol; a letter glued to another word, or to no symbol, is not")
    func gluedToSo() {
        let citations = CitationExtractor().citations(in: """
            Theo Thông tư sốl5/2020/TT-BTC của Bộ Tài chính; Quyết định SốI2/QĐ-UBND; ngườil5/2020/NĐ; sól5 và sốl5 cái.
            """)
        #expect(citations.map(\.text) == ["Thông tư sốl5/2020/TT-BTC", "Quyết định SốI2/QĐ-UBND"])
        #expect(citations.map(\.symbol) == ["15/2020/TT-BTC", "12/QĐ-UBND"])
        #expect(citations.map(\.warnings) == [["repaired-symbol"], ["repaired-symbol"]])
        #expect(citations.first?.issuer == "Bộ Tài chính")
    }

    @Test("a date in words OCR misread is repaired, in a header's place line too; a year alone in prose is not")
    func verbalDates() {
        let source = SourceText("""
            Số: 1O25/QĐ-UBND                    Can Lộc, ngày 1O tháng O8 năm 2O19
            Căn cứ Nghị định số 63/2014/NĐ-CP ngày 26 tháng 6 năm 2O14 của Chính phủ;
            Trong năm 2O23, tháng O8 có 1O ngày mưa.
            """)
        let document = CitationExtractor().extract(from: source)
        let citations = document.citations
        #expect(citations.map(\.text) == ["1O25/QĐ-UBND", "Nghị định số 63/2014/NĐ-CP"])
        #expect(citations.first?.isSelf == true && citations.first?.date == CitationDate(year: 2019, month: 8, day: 10))
        #expect(citations.first?.warnings.sorted() == ["repaired-date", "repaired-symbol"])
        #expect(citations.last?.date == CitationDate(year: 2014, month: 6, day: 26))
        #expect(citations.last?.warnings == ["repaired-date"])
        let normalized = Normalizer(options: .init(repairsOCRDigits: true)).normalize(source)
        #expect(normalized.string.hasSuffix("Trong năm 2O23, tháng O8 có 1O ngày mưa."))
        // Date words whose tones OCR misread too, and a comma before the year.
        let misread = CitationExtractor().extract(from: SourceText(
            "Căn cứ Nghị định số 15/2020/NĐ-CP ngảy 03 thảng O2 năm 2O2O của Chính phủ; Nghị định số 63/2014/NĐ-CP "
                + "ngày 26 tháng O6, năm 2O14.")).citations
        #expect(misread.map(\.date) == [CitationDate(year: 2020, month: 2, day: 3),
                                       CitationDate(year: 2014, month: 6, day: 26)])
        #expect(misread.first?.issuer == "Chính phủ")
        #expect(misread.map(\.warnings) == [["repaired-date"], ["repaired-date"]])
        // Wrapped lines part the words and parts of the date, in LF and CR LF text; a year alone on its line is not
        // repaired.
        let wrapped = CitationExtractor().extract(from: SourceText(
            "Số: 12/QĐ-UBND\nBình Chánh, ngày\r\n2O tháng 4 năm\r\n2O21\r\n"
                + "Căn cứ Quyết định số 28/2018/QĐ-UBND ngày 3O\ntháng 7, năm\n2O18;\nTrong năm\n2O23 có mưa."))
            .citations
        #expect(wrapped.map(\.date) == [CitationDate(year: 2021, month: 4, day: 20),
                                       CitationDate(year: 2018, month: 7, day: 30)])
        #expect(wrapped.map(\.warnings) == [["repaired-date"], ["repaired-date"]])
        let wrappedText = Normalizer(options: .init(repairsOCRDigits: true))
            .normalize(SourceText("ngày 3O\ntháng 7, năm\n2O18;\nTrong năm\n2O23 có mưa.")).string
        #expect(wrappedText == "ngày 30\ntháng 7, năm\n2018;\nTrong năm\n2O23 có mưa.")
    }

    @Test("a law's year OCR misread after its name is read and said so; a year of mere letters is not")
    func lawYears() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Luật Thủy sản năm 2O17; Luật Đất đai 2Ol3; Luật Nhà ở năm OOl4 và Luật Đầu tư năm 2OOO5.
            """)
        #expect(citations.map(\.text) == ["Luật Thủy sản năm 2O17", "Luật Đất đai 2Ol3", "Luật Nhà ở", "Luật Đầu tư"])
        #expect(citations.map(\.year) == [2017, 2013, nil, nil])
        #expect(citations.map(\.warnings) == [["repaired-year"], ["repaired-year"], [], []])
    }

    @Test("a spaced number is read whole after số or an agreeing type word; a letter for a digit before a spaced slash")
    func spacedNumbers() {
        let source = SourceText("""
            PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG
            Số: 1 63 /TNMT
            Căn cứ Quyết định số 1 6 3/QĐ-UBND ngày 3/4/2020; Quyết định số 2l7 /QĐ-UBND ngày 3/4/2020;
            mức 1 000 000 đồng/tháng; Nghị quyết 25 107/2021/NĐ-CP; Nghị quyết số 18 45/2024/UBTVQH15.
            Thông tư 2 8/2019/TT-BTC.
            """)
        let citations = CitationExtractor().extract(from: source).citations
        #expect(citations.map(\.text) == ["1 63 /TNMT", "Quyết định số 1 6 3/QĐ-UBND", "Quyết định số 2l7 /QĐ-UBND",
                                          "Nghị quyết 25", "107/2021/NĐ-CP", "Nghị quyết số 18", "45/2024/UBTVQH15",
                                          "Thông tư 2 8/2019/TT-BTC"])
        // Without `số`, a type word the code agrees with joins the spaced number (`Thông tư` and `TT`).
        #expect(citations.map { $0.symbol ?? $0.number ?? "" } == ["163/TNMT", "163/QĐ-UBND", "217/QĐ-UBND", "25",
                                                                 "107/2021/NĐ-CP", "18", "45/2024/UBTVQH15",
                                                                 "28/2019/TT-BTC"])
        #expect(citations[0].isSelf && citations[0].warnings == ["repaired-symbol"])
        #expect(citations[1].number == "163" && citations[1].date == CitationDate(year: 2020, month: 4, day: 3))
        #expect(citations[2].warnings == ["repaired-symbol"])
        // The acute of `số` written as an apostrophe after the word, a spacing acute or a closing quotation mark; not
        // a mark after a space.
        let apostrophe = CitationExtractor().citations(in: "Căn cứ Kế hoạch sô' 56/KH-UBND ngay 3/3/2021;")
        #expect(apostrophe.map(\.text) == ["Kế hoạch sô' 56/KH-UBND"])
        #expect(apostrophe.first?.date == CitationDate(year: 2021, month: 3, day: 3))
        let marks = CitationExtractor()
            .citations(in: "Căn cứ Kế hoạch sô´ 56/KH-UBND; Quyết định sô’ 7/QĐ-UBND; ’ 8/QĐ-UBND")
        #expect(marks.map(\.text) == ["Kế hoạch sô´ 56/KH-UBND", "Quyết định sô’ 7/QĐ-UBND", "8/QĐ-UBND"])
        // `số` split in two, in a header and in running text; a lone `s` or `ô` elsewhere is no `số`.
        let split = CitationExtractor().extract(from: SourceText("""
            SỞ TÀI CHÍNH
            S ố: 1523/STC-QLG
            Bắc Ninh, ngày 15 tháng 7 năm 2024
            Căn cứ Nghị định s ố 85/2024/NĐ-CP; Nghị định cá ô 86/2024/NĐ-CP; Nghị định s ôs 87/2024/NĐ-CP.
            """)).citations
        #expect(split.map(\.text) == ["1523/STC-QLG", "Nghị định s ố 85/2024/NĐ-CP", "86/2024/NĐ-CP", "87/2024/NĐ-CP"])
        #expect(split[0].isSelf && split[0].date == CitationDate(year: 2024, month: 7, day: 15))
        // `S6` for `Số`, the `ố` read as a `6`: in a header and after a type word; not inside a word (`KS6`).
        let six = CitationExtractor().extract(from: SourceText("""
            UỶ BAN NHÂN DÂN HUYỆN ĐÔNG ANH
            S6: 123/QĐ-UBND
            Đông Anh, ngày 12 tháng 3 năm 2019
            Căn cứ Quyết định s6 15/2017/QĐ-UBND ngày 21/4/2017; khu KS6 17/2018/QĐ-UBND.
            """)).citations
        #expect(six.map(\.text) == ["123/QĐ-UBND", "Quyết định s6 15/2017/QĐ-UBND", "17/2018/QĐ-UBND"])
        #expect(six[0].isSelf && six[0].date == CitationDate(year: 2019, month: 3, day: 12))
        #expect(!six[2].isSelf)
        // `S0` for unmarked `So`, the `o` read as a `0`, in the same places; not inside a word (`KS0`).
        let zero = CitationExtractor().extract(from: SourceText("""
            UY BAN NHAN DAN HUYEN DIEN BIEN
            S0: 235/QD-UBND
            Dien Bien, ngay 5 thang 3 nam 2023
            Can cu Quyet dinh s0 105/QD-UBND ngay 12/1/2023; khu KS0 17/2018/QĐ-UBND.
            """)).citations
        #expect(zero.map(\.text) == ["235/QD-UBND", "Quyet dinh s0 105/QD-UBND", "17/2018/QĐ-UBND"])
        #expect(zero[0].isSelf && zero[0].date == CitationDate(year: 2023, month: 3, day: 5))
        #expect(!zero[2].isSelf)
        // `s?` and `s` then an invalid byte: the `ố` a conversion lost; the span still points into the original bytes.
        let lost = Array("Căn cứ Thông tư s? 01/2011/TT-BNV; Căn cứ Nghị định s".utf8) + [0xE1]
            + Array(" 30/2020/NĐ-CP; Có? 12/2020/NĐ-CP.".utf8)
        let lostCitations = CitationExtractor().extract(from: SourceText(bytes: lost)).citations
        #expect(lostCitations.map(\.text) == ["Thông tư s? 01/2011/TT-BNV", "Nghị định s\u{FFFD} 30/2020/NĐ-CP",
                                            "12/2020/NĐ-CP"])
        #expect(lostCitations.map(\.relation) == [.basis, .basis, .reference])
        #expect(lostCitations[1].span == 50..<82)
    }

    @Test("a one-letter month OCR read for 1 makes no symbol of the date, nor does one letter alone after a number")
    func oneLetterCode() {
        let citations = CitationExtractor().citations(
            in: "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/l/2021; họp ngày 7/I/2022, mục 5/L; Lệnh số 21/2015/L-CTN.")
        #expect(citations.map(\.text) == ["Quyết định số 12/QĐ-UBND", "Lệnh số 21/2015/L-CTN"])
    }

    @Test("the scan finds the same letters as a byte-by-byte test at every level and alignment")
    func scanAgreesWithBytes() {
        var generator = SeededGenerator(seed: 23)
        // A letter whose digit stands just before the first block the vectors read, in a block without a digit.
        let edge = Array("7O".utf8) + [UInt8](repeating: 0x78, count: 70)
        for found in ScanLevelTests.atEachLevel({ () -> Int in
            edge.withUnsafeBufferPointer { vietcite_next_ocr_confusable($0.baseAddress!, 0, $0.count) }
        }) {
            #expect(found == 1)
        }
        // Dense digits, and sparse ones, so that whole blocks without a digit border blocks with one.
        let dense = Array("0123456789OolIx/- ".utf8) + [0xC4, 0x90]
        let sparse = Array("7Oolxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx lo ".utf8)
        for length in [0, 1, 2, 15, 16, 17, 18, 33, 34, 65, 200, 700] {
            let alphabet = length == 700 ? sparse : dense
            for _ in 0..<(length == 700 ? 200 : 40) {
                let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                func isDigit(_ index: Int) -> Bool {
                    index >= 0 && index < length && (0x30...0x39).contains(bytes[index])
                }
                let expected = bytes.indices.filter { index in
                    "OolI".utf8.contains(bytes[index]) && (isDigit(index - 1) || isDigit(index + 1))
                }
                let levels = ScanLevelTests.atEachLevel { () -> [Int] in
                    var found: [Int] = []
                    bytes.withUnsafeBufferPointer { buffer in
                        guard let p = buffer.baseAddress else { return }
                        var index = 0
                        while true {
                            index = vietcite_next_ocr_confusable(p, index, length)
                            guard index < length else { break }
                            found.append(index)
                            index += 1
                        }
                    }
                    return found
                }
                for found in levels { #expect(found == expected, "\(bytes)") }
            }
        }
    }
}
