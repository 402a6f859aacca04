import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

/// Text taken from PDF or OCR comes with its lines wrapped inside sentences (`… của Bộ⏎Chính trị về …`). The
/// documents of `Corpus/`, their lines wrapped at 70 characters, read as they do unwrapped: every mention's type,
/// number, symbol, date, issuer, relation, pinpoint and year.
@Suite("Wrapped text")
struct WrappedTextTests {
    /// The seeds and the crafted documents with a line of more than 70 characters, but one: its OCR cut a law's name
    /// with a line break already (`Luật Tổ chức chính⏎quyền địa phương`), and a second inside the name, with a short
    /// line between, is more than a wrapped line.
    static let documents = Corpus.seedNames.map { "documents/" + $0 } + craftedNames.map { "crafted/" + $0 }

    static let craftedNames = [
        "appeal-judgment.txt", "assembly-committee-resolution.txt", "circular-entry-into-force.txt",
        "circular-preamble.txt", "city-decision-annex-table.txt", "city-plan.txt", "commune-letter.txt",
        "consolidated-tax-decree.txt",
        "council-resolution.txt", "court-judgment.txt", "decree-amending-new-text.txt", "decree-repealed-articles.txt",
        "department-reply-letter.txt", "district-party-letter.txt", "district-party-review.txt",
        "district-party-plan.txt", "district-party-report.txt", "district-party-resolution.txt", "law-header.txt",
        "ministry-decision-annex.txt", "news.txt", "ocr-district-decision.txt", "ocr-province-adjustment.txt",
        "ocr-province-plan.txt", "old-council-decision.txt", "party-bloc-report.txt",
        "party-conclusion-listed-plenums.txt", "party-guide-province.txt", "party-news-2025.txt",
        "party-resolution-central.txt",
        "preamble-forms.txt", "province-decision-2026.txt", "province-digital-plan.txt",
        "province-merger-council-resolution.txt",
        "province-party-plan-conclusion.txt",
        "provincial-party-rule.txt", "qa-hasty-abbreviations.txt",
        "qa-lowercase.txt", "qa-tax-filing.txt", "qa-tax.txt", "qa-traffic.txt",
    ]

    /// A table whose rows, wrapped, are rows no more: their cells run on as sentences (`… | Được thay thế bởi⏎Quyết
    /// định số …`), and state relations the table's cells do not. Its relations are not compared.
    static let tables = ["crafted/city-decision-annex-table.txt"]

    @Test("wrapped at 70 characters, each document reads the same mentions and fields, relations and pinpoints",
          arguments: documents)
    func wrappedReadsTheSame(_ path: String) {
        let text = String(decoding: Corpus.bytes(path), as: UTF8.self)
        #expect(!text.isEmpty, "\(path)")
        let wrapped = Self.wrap(text, width: 70)
        #expect(wrapped != text, "\(path): nothing was wrapped")
        let relations = !Self.tables.contains(path)
        let plain = Self.fields(text, relations: relations)
        let read = Self.fields(wrapped, relations: relations)
        #expect(read == plain, "\(path)")
    }

    @Test("a wrapped issuer, name and alias, and lines that are not wrapped (a header's place and date)")
    func crafted() {
        let text = """
            Căn cứ Quyết định số 2246/QĐ-BGDĐT ngày 04/8/2026 của Bộ trưởng Bộ
            Giáo dục và Đào tạo ban hành Kế hoạch thời gian năm học; Nghị quyết số 57-NQ/TW của
            Bộ Chính trị (gọi tắt là
            Nghị quyết 57) được quán triệt cùng Nghị quyết Đại hội XIII của Đảng và Nghị
            quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII, Luật Tổ chức Chính phủ và Luật
            Tổ chức chính quyền địa phương.
            KẾ HOẠCH
            Triển khai thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị
            Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về lãnh đạo đại hội đảng bộ các cấp.
            Căn cứ Thông tư số 14/2024/TT-BCT ngày 12/8/2024 của Bộ trưởng Bộ Công Thương
            Theo đề nghị của Giám đốc Sở Công Thương.
            Báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị
            Năm 2025, tỉnh đạt được nhiều kết quả quan trọng trong công tác này.
            V/v triển khai Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ
            Đà Nẵng, ngày 20 tháng 01 năm 2025
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == [
            "Quyết định số 2246/QĐ-BGDĐT", "Nghị quyết số 57-NQ/TW", "Nghị quyết Đại hội XIII của Đảng",
            "Nghị\nquyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII", "Luật Tổ chức Chính phủ",
            "Luật\nTổ chức chính quyền địa phương", "Chỉ thị số 45-CT/TW", "Chỉ thị số 45-CT/TW",
            "Thông tư số 14/2024/TT-BCT", "Chỉ thị số 05-CT/TW", "Nghị quyết số 01/NQ-CP",
        ])
        #expect(citations.map(\.issuer) == [
            "Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ Chính trị", "Đại hội XIII của Đảng",
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII", nil, nil, "Bộ Chính trị", "Bộ Chính trị",
            "Bộ trưởng Bộ Công Thương", "Bộ Chính trị", "Chính phủ",
        ])
    }

    @Test("a title in capitals, a name in parentheses and a meeting's ordinal, wrapped")
    func wrappedTitleParenthesesAndMeeting() {
        let text = """
            HƯỚNG DẪN MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19/10/2020 CỦA CHÍNH
            PHỦ QUY ĐỊNH VỀ HÓA ĐƠN, CHỨNG TỪ
            (Ban hành kèm theo Quyết định số 125/QĐ-UBND ngày 15/01/2025 của Chủ tịch Ủy ban nhân dân
            tỉnh)
            1. Tiếp tục thực hiện nghiêm Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu
            Ban Chấp hành Trung ương Đảng khóa XII về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ
            THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ KHOA HỌC
            ỦY BAN NHÂN DÂN TỈNH
            HƯỚNG DẪN THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ
            CHÍNH TRỊ
            THỰC HIỆN CHỈ THỊ SỐ 35-CT/TW NGÀY 14/6/2024 CỦA BAN
            BÍ THƯ VỀ ĐẠI HỘI
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.symbol) == ["123/2020/NĐ-CP", "125/QĐ-UBND", "18-NQ/TW", "57-NQ/TW", "66-NQ/TW",
                                            "35-CT/TW"])
        #expect(citations.map(\.issuer) == [
            "CHÍNH PHỦ", "Chủ tịch Ủy ban nhân dân tỉnh", "Ban Chấp hành Trung ương Đảng", "BỘ CHÍNH TRỊ",
            "BỘ CHÍNH TRỊ", "BAN BÍ THƯ",
        ])
    }

    @Test("a basis list wrapped in a paragraph keeps its relation across its lines; a table's rows part it")
    func wrappedRelations() {
        let text = """
            Căn cứ Nghị quyết số 98/2023/QH15 ngày 24 tháng 6 năm 2023 của Quốc hội về thí điểm
            một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh; Nghị định số
            08/2025/NĐ-CP ngày 09 tháng 01 năm 2025 của Chính phủ quy định chi tiết một số
            điều của Nghị quyết số 98/2023/QH15; Quyết định số 1234/QĐ-TTg ngày 15 tháng
            10 năm 2024 của Thủ tướng Chính phủ phê duyệt Đề án; Thông tư số 05/2024/TT-
            BKHĐT ngày 20 tháng 3 năm 2024 của Bộ trưởng Bộ Kế hoạch và Đầu tư.
            Ban Chỉ đạo đã sơ kết 5 năm thực
            hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị (khóa XI) và tổng kết
            STT | Tên văn bản | Lý do hết hiệu lực
            1 | Quyết định số 25/2016/QĐ-UBND | Được thay thế
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.symbol) == [
            "98/2023/QH15", "08/2025/NĐ-CP", "98/2023/QH15", "1234/QĐ-TTg", "05/2024/TT-BKHĐT", "120-KL/TW",
            "25/2016/QĐ-UBND",
        ])
        #expect(citations.map(\.relation) == [
            .basis, .basis, .reference, .basis, .basis, .implements, .reference,
        ])
    }

    @Test("fields wrapped inside: a name's year, a meeting's ordinal, the Politburo and the Secretariat, Việt⏎Nam")
    func wrappedFields() {
        let text = """
            Mức hưởng lương hưu được tính theo Điều 66 Luật Bảo hiểm xã hội năm
            2024 và Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị,
            Ban Bí thư; Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ
            mười một Ban Chấp hành Trung ương Đảng khóa XIII; Quyết định số 595/QĐ-BHXH của Bảo hiểm xã hội Việt
            Nam ban hành quy trình thu.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == ["Luật Bảo hiểm xã hội năm\n2024", "Kết luận số 127-KL/TW",
                                          "Nghị quyết số 60-NQ/TW", "Quyết định số 595/QĐ-BHXH"])
        #expect(citations.map(\.year) == [2024, nil, nil, nil])
        #expect(citations.map(\.issuer) == [nil, "Bộ Chính trị, Ban Bí thư", "Ban Chấp hành Trung ương Đảng",
                                            "Bảo hiểm xã hội Việt Nam"])
    }

    @Test("a line that opens with a number and the dot or `)` and punctuation, a plenum, `Chương trình`, a year")
    func wrappedNumbersAndWords() {
        let text = """
            Thông tư này hướng dẫn khoản 3 Điều 11 Luật PPP và Điều 26 Nghị định
            35.
            Văn kiện nêu rõ Nghị quyết Trung ương 4 (khóa XII) và các Nghị quyết TW 5,
            6 khóa XIII. Chính phủ đã ban hành Nghị quyết 03/NQ-CP ngày 09/01/2025 về
            Chương trình hành động thực hiện Nghị quyết 57-NQ/TW.
            Bạn có thể được hưởng trợ cấp thất nghiệp theo Luật Việc làm
            2013 (đã được thay thế bởi Luật Việc làm 2025 từ ngày 01/01/2026) và
            Thông tư 28/2015/TT-BLĐTBXH. Gắn với Quyết định 06/QĐ-TTg ngày 06/01/2022 (Đề án
            06). Quán triệt Nghị quyết Trung ương
            4 khóa XI, XII về xây dựng Đảng và Nghị quyết Trung ương
            4. Các cấp ủy triển khai.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == [
            "Luật PPP", "Nghị định\n35", "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết TW 5", "6",
            "Nghị quyết 03/NQ-CP", "Nghị quyết 57-NQ/TW", "Luật Việc làm\n2013", "Luật Việc làm 2025",
            "Thông tư 28/2015/TT-BLĐTBXH", "Quyết định 06/QĐ-TTg", "Đề án\n06", "Nghị quyết Trung ương\n4 khóa XI, XII",
        ])
        #expect(citations.map(\.relation) == [.guides, .guides, .reference, .reference, .reference, .reference,
                                              .reference, .reference, .reference, .reference, .reference, .reference,
                                              .reference])
    }

    @Test("trigger words across a wrap: `văn bản⏎hướng dẫn`, `…⏎theo quy định tại`, before `:`, a quoted title")
    func wrappedTriggerWords() {
        let text = """
            Đến nay, tỉnh đã ban hành 12 nghị quyết, 45 quyết định và các văn bản
            hướng dẫn Luật Đầu tư.
            Thông tư liên tịch này hướng dẫn việc lập dự toán, quản lý, sử dụng và
            quyết toán kinh phí bảo đảm cho công tác phổ biến, giáo dục pháp luật
            theo quy định tại Điều 39 Luật Phổ biến, giáo dục pháp luật.
            2. Các Nghị định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu
            lực thi hành:
            a) Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ;
            Tiếp tục thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII
            "Một số vấn đề về tiếp tục đổi mới" và Kết luận số 121-KL/TW.
            Thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương
            “Một số vấn đề” và Kết luận số 122-KL/TW.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == ["Luật Đầu tư", "Luật Phổ biến, giáo dục pháp luật",
                                          "Nghị định số 43/2014/NĐ-CP", "Nghị quyết số 18-NQ/TW",
                                          "Kết luận số 121-KL/TW", "Nghị quyết số 19-NQ/TW", "Kết luận số 122-KL/TW"])
        #expect(citations.map(\.relation) == [.reference, .reference, .ends, .implements, .implements, .implements,
                                              .implements])
    }

    @Test("a subject wrapped before `hết hiệu lực`; `kèm theo` that opens a wrapped line opens no sentence")
    func wrappedSubjectAndAnnexWords() {
        let text = """
            2. Nghị định số 45/2022/NĐ-CP ngày 07 tháng 7 năm 2022 của Chính phủ
            quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi
            trường hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.
            Định kỳ báo cáo UBND tỉnh trước ngày 15/12/2026 theo mẫu tại Phụ lục
            kèm theo Công văn số 1098/SKHCN-CĐS.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == ["Nghị định số 45/2022/NĐ-CP", "Công văn số 1098/SKHCN-CĐS"])
        #expect(citations.map(\.relation) == [.ends, .reference])
    }

    @Test("a word OCR broke off onto a line of its own stays inside the name")
    func brokenOffWordInsideName() {
        let text = """
            Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
            chính
            quyền địa phương ngày 22/11/2019;
            Căn cứ Luật Tổ chức chính
            quyền
            địa phương ngày 19/6/2015;
            Căn cứ Luật Đất đai năm 2024;
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.name) == [
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
            "Luật Tổ chức chính quyền địa phương", "Luật Đất đai"])
        #expect(citations.map(\.date?.description) == ["2019-11-22", "2015-06-19", nil])
    }

    @Test("an amending law's title, the numbers and years of the laws it amends wrapped after `số` and `năm`")
    func wrappedAmendingTitle() {
        let text = """
            Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
            27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các
            tổ chức tín dụng số 32/2024/QH15; Luật sửa đổi Luật Đầu tư công năm 2019, Luật Quy hoạch năm
            2017 và Luật Đấu thầu năm 2023 ngày 29 tháng 11 năm 2024;
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == [
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số\n27/2023/QH15, "
                + "Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các\ntổ chức tín dụng số 32/2024/QH15",
            "Luật sửa đổi Luật Đầu tư công năm 2019, Luật Quy hoạch năm\n2017 và Luật Đấu thầu năm 2023",
        ])
        #expect(citations.map(\.relation) == [.basis, .basis])
    }

    @Test("a mention and its date that open a line are no header's place and date; a term wrapped before its numeral")
    func wrappedMentionWithDate() {
        let text = """
            Ngày 14/8/2025, Bộ Chính trị đã nghe báo cáo tổng kết 12 năm thực hiện
            Nghị quyết số 29-NQ/TW, ngày 04/11/2013 của Hội nghị Trung ương 8 khóa
            XI về đổi mới căn bản, toàn diện giáo dục và đào tạo.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.relation) == [.implements])
        #expect(citations.map(\.term) == ["XI"])
    }

    @Test("OCR's symbol and date wrapped before their first slash; a dash that opens the next line opens an item")
    func wrappedBeforeSlash() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Nghị định số 27
            /2020/NĐ-CP của Chính phủ; Thông tư số 27 /2020/TT-BGDĐT ngày 15
            / 9 / 2020 của Bộ GDĐT; Quyết định số 12
            - Kế hoạch số 3/KH-UBND.
            """)
        #expect(citations.map(\.text) == ["Nghị định số 27\n/2020/NĐ-CP", "Thông tư số 27 /2020/TT-BGDĐT",
                                          "Quyết định số 12", "Kế hoạch số 3/KH-UBND"])
        #expect(citations.map(\.symbol) == ["27/2020/NĐ-CP", "27/2020/TT-BGDĐT", nil, "3/KH-UBND"])
        #expect(citations[0].issuer == "Chính phủ")
        #expect(citations[1].date?.description == "2020-09-15")
        #expect(citations[1].issuer == "Bộ GDĐT")
    }

    @Test("a steering committee's number that opens a wrapped line; a known name wrapped after its comma")
    func wrappedUnitNumberAndName() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Công văn số 123/BCĐ389 ngày 10/2/2024 của Ban Chỉ đạo
            389 quốc gia về chống buôn lậu; Căn cứ Luật Thực hành tiết kiệm, chống lãng
            phí ngày 26 tháng 11 năm 2013;
            """)
        #expect(citations.map(\.issuer) == ["Ban Chỉ đạo 389 quốc gia", nil])
        #expect(citations.last?.name == "Luật Thực hành tiết kiệm, chống lãng phí")
        #expect(citations.last?.date?.description == "2013-11-26")
    }

    @Test("a year wrapped before its `)` or after a symbol's `năm`; a list's own dates wrapped after a comma")
    func wrappedYearsAndListedDates() {
        let citations = CitationExtractor().citations(in: """
            Ngoài ra, theo Điều 122 Luật BHXH 2014 (nay là Điều 40 Luật BHXH
            2024), doanh nghiệp phải nộp đủ số tiền chậm đóng và tiền lãi theo quy
            định. Tham khảo: Thông tư 59/2015/TT-BLĐTBXH; Quyết định 595/QĐ-BHXH năm
            2017 của BHXH Việt Nam; Công văn 1234/BHXH-QLT về thu bảo hiểm y tế.
            Thực hiện các Kết luận số 126-KL/TW, 127-KL/TW ngày 14/02/2025,
            28/02/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy.
            """)
        #expect(citations.map(\.text) == ["Luật BHXH 2014", "Luật BHXH\n2024", "Thông tư 59/2015/TT-BLĐTBXH",
                                          "Quyết định 595/QĐ-BHXH", "Công văn 1234/BHXH-QLT", "Kết luận số 126-KL/TW",
                                          "127-KL/TW"])
        #expect(citations.map(\.year) == [2014, 2024, nil, 2017, nil, nil, nil])
        #expect(citations.map(\.issuer) == [nil, nil, nil, "BHXH Việt Nam", nil, "Bộ Chính trị, Ban Bí thư",
                                            "Bộ Chính trị, Ban Bí thư"])
        #expect(citations.map(\.date) == [nil, nil, nil, nil, nil, CitationDate(year: 2025, month: 2, day: 14),
                                          CitationDate(year: 2025, month: 2, day: 28)])
    }

    @Test("an abbreviated city wrapped after its dot; a header's date wrapped after its place; a sentence after `TP.`")
    func wrappedCityAndPlace() {
        let header = CitationExtractor().extract(from: SourceText("""
            Số: 87/KH-UBND                                  Đông Anh,
            ngày 15 tháng 3 năm 2024
            Thực hiện Công văn số 145/UBND-VP ngày 12/3/2024 của UBND TP.
            Hồ Chí Minh về việc triển khai; Công văn số 146/UBND-VP của UBND TP.
            Theo đó, các sở thực hiện.
            """)).citations
        #expect(header.map(\.isSelf) == [true, false, false])
        #expect(header.first?.date == CitationDate(year: 2024, month: 3, day: 15))
        #expect(header.map(\.issuer) == [nil, "UBND TP. Hồ Chí Minh", "UBND TP"])
    }

    @Test("a title in capitals wrapped before the `SỐ` of its second document; a name whose `)` closes the next line")
    func wrappedCapitalsAndClosingParenthesis() {
        let citations = CitationExtractor().citations(in: """
            HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ VÀ NGHỊ ĐỊNH
            SỐ 126/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ
            (Ban hành kèm theo Quyết định số 4567/QĐ-UBND ngày 28/9/2023 của Chủ tịch UBND tỉnh Long
            An)
            """)
        #expect(citations.map(\.text) == ["LUẬT QUẢN LÝ THUẾ", "NGHỊ ĐỊNH\nSỐ 126/2020/NĐ-CP",
                                          "Quyết định số 4567/QĐ-UBND"])
        #expect(citations.map(\.type) == ["Luật", "Nghị định", "Quyết định"])
        #expect(citations.last?.issuer == "Chủ tịch UBND tỉnh Long An")
    }

    @Test("a type word and its modifier wrapped before `số`: the mention's, and no second header under the first")
    func wrappedBeforeSo() {
        let extracted = CitationExtractor().extract(from: SourceText("""
            QUỐC HỘI
            Nghị quyết số: 190/2025/QH15
            NGHỊ QUYẾT
            Trên cơ sở xem xét Tờ trình số 134/TTr-CP ngày 15
            tháng 02 năm 2025 của Chính phủ, Báo cáo thẩm tra
            số 2345/BC-UBPL15 ngày 16 tháng 02 năm 2025 của Ủy
            ban Pháp luật;
            """))
        let citations = extracted.citations
        #expect(citations.map(\.text) == ["Nghị quyết số: 190/2025/QH15", "Tờ trình số 134/TTr-CP",
                                          "Báo cáo thẩm tra\nsố 2345/BC-UBPL15"])
        #expect(citations.map(\.isSelf) == [true, false, false])
        #expect(citations.map(\.relation) == [.reference, .review, .review])
    }

    @Test("`Điều` with its number that opens a line after a comma goes on with the sentence; after a dot, a heading")
    func articleAfterComma() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Điều 3 Thông tư liên tịch
            58/2015/TTLT-BTC-BLĐTBXH, khoản 2 Điều 6 NĐ 145,
            Điều 35 BLLĐ 2019 và Điều 8 Luật Cư trú thì bạn
            được hưởng trợ cấp theo quy định hiện hành.
            Điều 5 Luật Cư trú quy định quyền của công dân.
            """)
        #expect(citations.map(\.text) == ["Thông tư liên tịch\n58/2015/TTLT-BTC-BLĐTBXH", "NĐ 145", "BLLĐ 2019",
                                          "Luật Cư trú", "Luật Cư trú"])
        #expect(citations.map(\.relation) == [.basis, .basis, .basis, .basis, .reference])
    }

    @Test("a title in capitals over lines is one sentence: what the amended document guides is no act of the title's")
    func titleInCapitals() {
        let citations = CitationExtractor().citations(in: """
            THÔNG TƯ
            SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 80/2021/TT-BTC NGÀY 29 THÁNG 9 NĂM 2021
            CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ VÀ
            NGHỊ ĐỊNH SỐ 126/2020/NĐ-CP
            """)
        #expect(citations.map(\.text) == ["THÔNG TƯ SỐ 80/2021/TT-BTC", "LUẬT QUẢN LÝ THUẾ",
                                          "NGHỊ ĐỊNH SỐ 126/2020/NĐ-CP"])
        #expect(citations.map(\.relation) == [.amends, .reference, .reference])
    }

    @Test("an issuer stated before, its parts joined by a dash that ends a line")
    func issuerBeforeDashAtLineEnd() {
        let citations = CitationExtractor().citations(in: """
            Theo đề nghị của Giám đốc Sở Lao động -
            Thương binh và Xã hội tại Tờ trình số
            3456/TTr-SLĐTBXH ngày 20/9/2023. Theo đề nghị của Giám đốc Sở Lao động –
            Thương binh và Xã hội tại Tờ trình số 3457/TTr-SLĐTBXH.
            """)
        #expect(citations.map(\.issuer) == ["Giám đốc Sở Lao động - Thương binh và Xã hội",
                                            "Giám đốc Sở Lao động – Thương binh và Xã hội"])
    }

    @Test("`Điều` and its number that open a line without the heading's dot go on with the item they are part of")
    func articleWithoutDot() {
        let citations = CitationExtractor().citations(in: """
            2. Nghị định này bãi bỏ các quy định sau đây:
            a) Nghị định số 100/2019/NĐ-CP ngày 30 tháng
            12 năm 2019 của Chính phủ quy định xử phạt vi
            phạm hành chính trong lĩnh vực giao thông
            đường bộ và đường sắt, trừ các quy định tại
            Điều 26 liên quan đến đường sắt;
            b) Điều 2 Nghị định số 123/2021/NĐ-CP ngày 28
            tháng 12 năm 2021 của Chính phủ;
            Điều 53. Quy định chuyển tiếp
            Áp dụng Nghị định số 41/2024/NĐ-CP.
            """)
        #expect(citations.map(\.relation) == [.repeals, .repeals, .reference])
    }

    @Test("a list's member that opens its line with `số` in small letters is no header of the document")
    func memberOpensLineWithSo() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ các Nghị định của Chính phủ: số 01/2021/NĐ-CP ngày 04/01/2021 về đăng ký doanh nghiệp;
            số 47/2021/NĐ-CP ngày 01/4/2021 quy định chi tiết một số điều của Luật Doanh nghiệp; số
            168/2025/NĐ-CP ngày 30/6/2025;
            """)
        #expect(citations.map(\.symbol) == ["01/2021/NĐ-CP", "47/2021/NĐ-CP", nil, "168/2025/NĐ-CP"])
        #expect(citations.map(\.isSelf) == [false, false, false, false])
        #expect(citations.allSatisfy { $0.warnings.isEmpty })
    }

    @Test("a date wrapped after its slash or dash keeps its year, and the issuer after it; not after a dot")
    func dateWrappedAfterSeparator() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/
            2020 của Chính phủ;
            Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 45/TTr-TCKH ngày 08/
              03/2023.
            Quyết định số 5/QĐ-UBND ngày 03-02-\r\n2021 của UBND huyện; Văn bản số 12/UBND ngày 5.3.
            2024 của UBND xã.
            """)
        #expect(citations.map(\.date) == [CitationDate(year: 2020, month: 2, day: 3),
                                          CitationDate(year: 2023, month: 3, day: 8),
                                          CitationDate(year: 2021, month: 2, day: 3), nil])
        #expect(citations.map(\.issuer) == ["Chính phủ", "Trưởng phòng Tài chính - Kế hoạch", "UBND huyện", nil])
    }

    @Test("an alias wrapped in or after its parentheses is a definition; its later uses refer to the document")
    func wrappedAlias() {
        let text = """
            Thực hiện Kết luận số 69-KL/TW ngày 24/7/2024 của Bộ Chính trị về một số vấn đề (gọi tắt là Kết
            luận 69), tỉnh đã triển khai nhiều nội dung; đến nay việc thực hiện Kết luận 69 đạt kết quả.
            """
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.text) == ["Kết luận số 69-KL/TW", "Kết luận 69"])
        #expect(citations.last?.refersTo == "69-KL/TW")
        // The definition's parenthesis opens the next line; what it names follows the mention's sentence on.
        let opening = """
            5 năm qua, thực hiện Quy chế công tác dân vận của hệ thống chính trị
            (gọi tắt là Quy chế) theo Quyết định số 1899-QĐ/TU, ngày 28/5/2010 của
            Ban Thường vụ Tỉnh ủy. Thông tư này hướng dẫn Luật Đầu tư theo phương thức đối tác công tư
            (sau đây gọi là Luật PPP). Các dự án theo Luật PPP được ưu tiên.
            """
        let read = CitationExtractor().extract(from: SourceText(opening)).citations
        #expect(read.map(\.text) == ["Quyết định số 1899-QĐ/TU", "Luật Đầu tư theo phương thức đối tác công tư",
                                     "Luật PPP"])
        #expect(read.map(\.relation) == [.implements, .guides, .reference])
    }

    @Test("lines in capitals after an issuer, as many as a file holds: read one by one, not one inside another")
    func manyLinesInCapitals() {
        let text = "Quyết định số 12/QĐ-UBND của Bộ\n"
            + String(repeating: "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ\n", count: 200_000)
        let citations = CitationExtractor().extract(from: SourceText(text)).citations
        #expect(citations.map(\.symbol) == ["12/QĐ-UBND"])
    }

    @Test("a list's comma that ends a line keeps its last member's date its own; an agent's term and session wrapped")
    func wrappedCommaAndSession() {
        let citations = CitationExtractor().citations(in: """
            Chính phủ ban hành các nghị định: Nghị định 101/2024/NĐ-CP, Nghị định 102/2024/NĐ-CP,
            Nghị định 103/2024/NĐ-CP ngày 30-7-2024. Luật Đất đai số 31/2024/QH15 được Quốc hội
            khóa XV thông qua tại kỳ họp bất thường lần
            thứ 5 ngày 18-1-2024.
            """)
        #expect(citations.map(\.date) == [nil, nil, CitationDate(year: 2024, month: 7, day: 30),
                                          CitationDate(year: 2024, month: 1, day: 18)])
        #expect(citations.map(\.issuer) == [nil, nil, nil, "Quốc hội"])
    }

    @Test("a heading in capitals ends before the paragraph under it: its words are no trigger of the paragraph's")
    func headingInCapitals() {
        let citations = CitationExtractor().citations(in: """
            III. TỔ CHỨC THỰC HIỆN
            Định kỳ 6 tháng, báo cáo kết quả theo
            Hướng dẫn số 05/HD-SNV của Sở Nội vụ.
            II. CĂN CỨ PHÁP LÝ VÀ THỰC HIỆN
            Nghị định số 15/2020/NĐ-CP, 16/2020/NĐ-CP, 17/2020/NĐ-CP
            và Nghị định số 18/2020/NĐ-CP ngày 3/2/2020.
            """)
        #expect(citations.map(\.relation) == [.reference, .reference, .reference, .reference, .reference])
        #expect(citations.map(\.date).last == CitationDate(year: 2020, month: 2, day: 3))
    }

    @Test("a `;` that ends a line of a wrapped paragraph goes on with its list, as one inside a line does")
    func semicolonEndingWrappedLine() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ khoản 1 Điều 28, Điều 147, khoản 1
            Điều 273 Bộ luật Tố tụng dân sự năm 2015;
            Điều 26, Điều 27 Nghị quyết số
            326/2016/UBTVQH14 ngày 30/12/2016 của Ủy ban
            Thường vụ Quốc hội quy định về án phí.
            Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;
            Nghị định số 70/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số
            123/2020/NĐ-CP có hiệu lực từ ngày 01/6/2025.
            """)
        #expect(citations.map(\.relation) == [.basis, .basis, .basis, .reference, .reference])
    }

    @Test("a title in capitals wrapped after `BỘ`: the ministry's name goes on on the next line")
    func titleWrappedAfterMinistry() {
        let citations = CitationExtractor().citations(in: """
            SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 80/2021/TT-BTC NGÀY 29 THÁNG 9 NĂM 2021 CỦA BỘ
            TRƯỞNG BỘ TÀI CHÍNH HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ
            """)
        #expect(citations.first?.issuer == "BỘ TRƯỞNG BỘ TÀI CHÍNH")
    }

    @Test("a code's abbreviation whose year opens the next line is a mention, and the list goes on after it")
    func codeAbbreviationYearWrapped() {
        let citations = CitationExtractor().citations(in: """
            Căn cứ Điều 3 Thông tư liên tịch 58/2015/TTLT-BTC-BLĐTBXH, khoản 2 Điều 6 NĐ 145, Điều 35 BLLĐ
            2019 và Điều 8 Luật Cư trú thì bạn được hưởng. Theo BLDS\r\n2015 và BLHS
            Điều 5.
            """)
        #expect(citations.map(\.text) == ["Thông tư liên tịch 58/2015/TTLT-BTC-BLĐTBXH", "NĐ 145", "BLLĐ\n2019",
                                          "Luật Cư trú", "BLDS\r\n2015"])
        #expect(citations.map(\.relation) == [.basis, .basis, .basis, .basis, .reference])
    }

    @Test("terms listed in parentheses wrapped after their comma close the name")
    func listedTermsWrapped() {
        let citations = CitationExtractor().citations(in: """
            Tiếp tục thực hiện Chỉ thị 05-CT/TW của Bộ Chính
            trị; các nghị quyết Trung ương 4 (khóa XI,
            XII).
            """)
        #expect(citations.map(\.text) == ["Chỉ thị 05-CT/TW", "nghị quyết Trung ương 4 (khóa XI,\nXII)"])
        #expect(citations.last?.term == "XI")
    }

    @Test("the next item of a labelled list under `:` keeps its relation when `;` inside the one before ends lines")
    func nextItemAfterSemicolonsInside() {
        let citations = CitationExtractor().citations(in: """
            2. Nghị định này bãi bỏ các quy định sau đây:
            b) Điều 2 Nghị định số 123/2021/NĐ-CP của
            Chính phủ sửa đổi các nghị định trong lĩnh vực hàng hải;
            giao thông đường bộ, đường sắt;
            hàng không dân dụng;
            c) Khoản 3, khoản 4 Điều 1 Nghị định số
            41/2024/NĐ-CP.
            Điều 53. Quy định chuyển tiếp
            1. Nghị định số 12/2024/NĐ-CP áp dụng đến hết năm.
            """)
        #expect(citations.map(\.relation) == [.repeals, .repeals, .reference])
    }

    /// Each line longer than `width` characters cut at the last space that keeps its lines within it.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.count > width else { return String(line) }
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = ""
                }
                current += current.isEmpty ? String(word) : " " + word
            }
            if !current.isEmpty { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The fields that do not depend on the layout, mention by mention (the relation only when `relations`).
    static func fields(_ text: String, relations: Bool = true) -> [String] {
        CitationExtractor().extract(from: SourceText(text)).citations.map { citation -> String in
            let issuer = citation.issuer.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            let parts: [String] = [citation.type ?? "-", citation.number ?? "-", citation.symbol ?? "-",
                                   citation.date?.description ?? "-", issuer ?? "-",
                                   relations ? citation.relation.rawValue : "-", citation.pinpoint?.text ?? "-",
                                   citation.year.map(String.init) ?? "-"]
            return parts.joined(separator: " | ")
        }
    }
}
