import Testing
import VietCite

/// Pinpoints (`documents.md` §7.3): a field of the mention they stand before, never part of its span.
@Suite("Pinpoints")
struct PinpointTests {
    struct PinpointRow: Sendable, CustomTestStringConvertible {
        let input: String
        let mention: String
        let pinpoint: String
        var articles: [String] = []
        var clauses: [String] = []
        var points: [String] = []
        var chapters: [String] = []
        var sections: [String]? = nil
        var subsections: [String]? = nil
        var subpoints: [String] = []
        var parts: [String] = []
        var annexes: [String] = []
        var testDescription: String { pinpoint }
    }

    static let rows: [PinpointRow] = [
        PinpointRow(input: "theo đúng quy định tại Điều 14, Nghị định số 104 khi thực hiện",
                    mention: "Nghị định số 104",
                    pinpoint: "Điều 14", articles: ["14"]),
        PinpointRow(input: "quy định tại điểm a khoản 2 Điều 5 Luật Đất đai năm 2013", mention: "Luật Đất đai năm 2013",
                    pinpoint: "điểm a khoản 2 Điều 5", articles: ["5"], clauses: ["2"], points: ["a"]),
        PinpointRow(input: "điểm a và điểm b khoản 2 Điều 54 Luật số 64/2025/QH15", mention: "Luật số 64/2025/QH15",
                    pinpoint: "điểm a và điểm b khoản 2 Điều 54", articles: ["54"], clauses: ["2"], points: ["a", "b"]),
        PinpointRow(input: "khoản 4 và khoản 5 Điều 70 của Nghị định số 30/2020/NĐ-CP",
                    mention: "Nghị định số 30/2020/NĐ-CP", pinpoint: "khoản 4 và khoản 5 Điều 70", articles: ["70"],
                    clauses: ["4", "5"]),
        PinpointRow(input: "các khoản 1, 2, 3 Điều 7 Thông tư số 47/2024/TT-BTC", mention: "Thông tư số 47/2024/TT-BTC",
                    pinpoint: "khoản 1, 2, 3 Điều 7", articles: ["7"], clauses: ["1", "2", "3"]),
        PinpointRow(input: "Bổ sung Điều 5a, khoản 2a và điểm a1 vào Nghị định số 15/2020/NĐ-CP",
                    mention: "Nghị định số 15/2020/NĐ-CP", pinpoint: "Điều 5a, khoản 2a và điểm a1",
                    articles: ["5a"], clauses: ["2a"], points: ["a1"]),
        // A repeal's long list of articles is read whole (82 articles).
        PinpointRow(input: "a) Các điều " + (1...81).map(String.init).joined(separator: ", ")
                        + " và 82 của Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019",
                    mention: "Nghị định số 100/2019/NĐ-CP",
                    pinpoint: "điều " + (1...81).map(String.init).joined(separator: ", ") + " và 82",
                    articles: (1...82).map(String.init)),
        // A value's parts joined by a dot; a dot that ends a sentence ends the pinpoint.
        PinpointRow(input: "điểm a.1 khoản 2 Điều 3 Nghị định 70/2025/NĐ-CP", mention: "Nghị định 70/2025/NĐ-CP",
                    pinpoint: "điểm a.1 khoản 2 Điều 3", articles: ["3"], clauses: ["2"], points: ["a.1"]),
        PinpointRow(input: "tại Điều 5. Theo mục 1.2 Nghị định 71/2025/NĐ-CP", mention: "Nghị định 71/2025/NĐ-CP",
                    pinpoint: "mục 1.2", sections: ["1.2"]),
        PinpointRow(input: "điểm đ khoản 1 Điều 12 Chương II của Bộ luật Hình sự năm 2015",
                    mention: "Bộ luật Hình sự năm 2015", pinpoint: "điểm đ khoản 1 Điều 12 Chương II",
                    articles: ["12"], clauses: ["1"], points: ["đ"], chapters: ["II"]),
        // Units parted by `;` that point into one document, as judgments write them; the relation is the clause's.
        PinpointRow(input: "Căn cứ điểm s khoản 1, khoản 2 Điều 51; Điều 54 của Bộ luật Hình sự năm 2015;",
                    mention: "Bộ luật Hình sự năm 2015", pinpoint: "điểm s khoản 1, khoản 2 Điều 51; Điều 54",
                    articles: ["51", "54"], clauses: ["1", "2"], points: ["s"]),
        // A `;` after anything else than a unit's value parts the pinpoint from what stands before.
        PinpointRow(input: "Căn cứ Điều lệ; Điều 5 Luật Đất đai năm 2024;", mention: "Luật Đất đai năm 2024",
                    pinpoint: "Điều 5", articles: ["5"]),
        // A subsection is two words, `tiểu mục`.
        PinpointRow(input: "theo tiểu mục 2 mục III Kết luận số 21-KL/TW", mention: "Kết luận số 21-KL/TW",
                    pinpoint: "tiểu mục 2 mục III", sections: ["III"], subsections: ["2"]),
        // A part numbered in words after `thứ`.
        PinpointRow(input: "theo Phần thứ hai Bộ luật Dân sự năm 2015", mention: "Bộ luật Dân sự năm 2015",
                    pinpoint: "Phần thứ hai", parts: ["thứ hai"]),
        // A subpoint (`tiết`) takes its value right after it; `chi tiết` before a pinpoint is none.
        PinpointRow(input: "theo tiết a điểm 1 mục II Hướng dẫn số 05-HD/TW", mention: "Hướng dẫn số 05-HD/TW",
                    pinpoint: "tiết a điểm 1 mục II", points: ["1"], sections: ["II"], subpoints: ["a"]),
        PinpointRow(input: "quy định chi tiết khoản 2 Điều 5 Luật Đất đai năm 2024", mention: "Luật Đất đai năm 2024",
                    pinpoint: "khoản 2 Điều 5", articles: ["5"], clauses: ["2"]),
        // Wrapped after a unit's value in a paragraph's line (text from PDF); a heading's short line is no part of it.
        PinpointRow(input: "3. Bãi bỏ các quy định về thủ tục hành chính tại khoản 2\nĐiều 3 Thông tư số "
                        + "100/2021/TT-BTC.", mention: "Thông tư số 100/2021/TT-BTC", pinpoint: "khoản 2 Điều 3",
                    articles: ["3"], clauses: ["2"]),
        PinpointRow(input: "3. Bãi bỏ các quy định về thủ tục hành chính tại khoản 2 Điều\n1 Nghị định số "
                        + "62/2020/NĐ-CP.", mention: "Nghị định số 62/2020/NĐ-CP", pinpoint: "khoản 2 Điều 1",
                    articles: ["1"], clauses: ["2"]),
        PinpointRow(input: "Căn cứ khoản 3 Điều 26, điểm a khoản 1 Điều 35, Điều 147, Điều 227,\nĐiều 228 và Điều 273 "
                        + "của Bộ luật Tố tụng dân sự;", mention: "Bộ luật Tố tụng dân sự",
                    pinpoint: "khoản 3 Điều 26, điểm a khoản 1 Điều 35, Điều 147, Điều 227, Điều 228 và Điều 273",
                    articles: ["26", "35", "147", "227", "228", "273"], clauses: ["3", "1"], points: ["a"]),
        PinpointRow(input: "Chương II\nĐiều 3 Thông tư số 101/2021/TT-BTC.", mention: "Thông tư số 101/2021/TT-BTC",
                    pinpoint: "Điều 3", articles: ["3"]),
        // An annex, and the document it is issued with (`ban hành kèm theo`, `kèm theo`).
        PinpointRow(input: "theo Mẫu số 02 tại Phụ lục II ban hành kèm theo Nghị định số 30/2020/NĐ-CP.",
                    mention: "Nghị định số 30/2020/NĐ-CP", pinpoint: "Phụ lục II", annexes: ["II"]),
        PinpointRow(input: "Theo Phụ lục số 03 kèm theo Thông tư số 02/2021/TT-BTC.",
                    mention: "Thông tư số 02/2021/TT-BTC", pinpoint: "Phụ lục số 03", annexes: ["03"]),
        PinpointRow(input: "Căn cứ Mục 1 Phụ lục ban hành kèm theo Thông tư 2/2021/TT-BNV.",
                    mention: "Thông tư 2/2021/TT-BNV", pinpoint: "Mục 1 Phụ lục", sections: ["1"]),
        PinpointRow(input: "Bãi bỏ các thủ tục số 1, 2 tại Mục I Phần A Phụ lục ban hành kèm\r\ntheo Quyết định số "
                        + "2345/QĐ-UBND ngày 15/3/2021 của Chủ tịch UBND tỉnh.", mention: "Quyết định số 2345/QĐ-UBND",
                    pinpoint: "Mục I Phần A Phụ lục", sections: ["I"], parts: ["A"]),
        // A part or section lettered in capitals (Party guidance).
        PinpointRow(input: "Xem tiết a điểm 2 mục II Phần B Hướng dẫn số 36-HD/VPTW ngày 03/4/2018.",
                    mention: "Hướng dẫn số 36-HD/VPTW", pinpoint: "tiết a điểm 2 mục II Phần B", points: ["2"],
                    sections: ["II"], subpoints: ["a"], parts: ["B"]),
    ]

    @Test("reads the pinpoint before the mention, structured", arguments: rows)
    func reads(_ row: PinpointRow) throws {
        let citation = try #require(CitationExtractor().citations(in: row.input).first)
        #expect(citation.text == row.mention)
        let pinpoint = try #require(citation.pinpoint)
        #expect(pinpoint.text == row.pinpoint)
        #expect(pinpoint.articles == row.articles)
        #expect(pinpoint.clauses == row.clauses)
        #expect(pinpoint.points == row.points)
        #expect(pinpoint.chapters == row.chapters)
        if let sections = row.sections { #expect(pinpoint.sections == sections) }
        if let subsections = row.subsections { #expect(pinpoint.subsections == subsections) }
        #expect(pinpoint.subpoints == row.subpoints)
        #expect(pinpoint.parts == row.parts)
        #expect(pinpoint.annexes == row.annexes)
    }

    @Test("no pinpoint where none is written (`một số điều của`, an annex without its number, a date, a time)")
    func none() {
        for text in ["Luật sửa đổi một số điều của Nghị định số 15/2020/NĐ-CP",
                     "Phụ lục ban hành kèm theo Quyết định số 12/QĐ-UBND", "vào lúc 10 Nghị định số 5/2020/NĐ-CP",
                     "ngày 5 tháng 3, Nghị định số 15/2020/NĐ-CP", "Nghị định 168, Nghị định số 15/2020/NĐ-CP"] {
            #expect(CitationExtractor().citations(in: text).last?.pinpoint == nil, "\(text)")
        }
    }
}
