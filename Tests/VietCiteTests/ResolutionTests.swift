import Testing
import VietCite

/// Short forms and back-references (`citation-records.md` rule 4): nearest compatible antecedent, never a guess.
@Suite("Resolution")
struct ResolutionTests {
    @Test("a short form after the full form refers to it")
    func resolved() {
        let text = "Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Ban Bí thư. Quyết định 290 quy định rõ."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Quyết định số 290-QĐ/TW", "Quyết định 290"])
        #expect(citations[1].refersTo == "290-QĐ/TW")
        #expect(citations[1].candidates.isEmpty)
    }

    @Test("a short form defined as the alias of a list refers to the member of its type and number")
    func aliasAfterList() {
        let text = "Thực hiện Kết luận số 69-KL/TW, ngày 08/01/2024 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số "
            + "29-CT/TW, ngày 25/11/2013 của Ban Bí thư khóa XI (sau đây gọi tắt là Kết luận 69). Quán triệt Kết luận "
            + "69 và Chỉ thị 29."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Kết luận số 69-KL/TW", "Chỉ thị số 29-CT/TW", "Kết luận 69", "Chỉ thị 29"])
        #expect(citations.map(\.refersTo) == [nil, nil, "69-KL/TW", "29-CT/TW"])
    }

    @Test("a name in parentheses after a numbered mention names it; a name's year keeps other years' symbols away")
    func parenthesizedName() {
        let text = "Luật số 31/2024/QH15 (Luật Đất đai) thay thế Luật Đất đai năm 2013. Theo Luật Đất đai 2024 và "
            + "Nghị định số 102/2024/NĐ-CP (Luật Nhà ở)."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Luật số 31/2024/QH15", "Luật Đất đai", "Luật Đất đai năm 2013",
                                          "Luật Đất đai 2024", "Nghị định số 102/2024/NĐ-CP", "Luật Nhà ở"])
        #expect(citations.map(\.refersTo) == [nil, "31/2024/QH15", nil, "31/2024/QH15", nil, nil])
    }

    @Test("a short form of a document cited in full before takes no date from the list it stands in")
    func shortFormKeepsItsDocumentsDate() {
        let text = "Bộ Y tế ban hành Thông tư số 32/2023/TT-BYT quy định chi tiết Luật Khám bệnh, chữa bệnh. Cập nhật "
            + "danh mục theo Thông tư 32 và Thông tư số 23/2024/TT-BYT ngày 18/10/2024 của Bộ trưởng Bộ Y tế; Nghị "
            + "quyết 19 và Nghị quyết số 20-NQ/TW ngày 16/6/2022."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Thông tư số 32/2023/TT-BYT", "Luật Khám bệnh, chữa bệnh", "Thông tư 32",
                                          "Thông tư số 23/2024/TT-BYT", "Nghị quyết 19", "Nghị quyết số 20-NQ/TW"])
        #expect(citations.map(\.date?.description) == [nil, nil, nil, "2024-10-18", "2022-06-16", "2022-06-16"])
        #expect(citations[2].refersTo == "32/2023/TT-BYT")
        #expect(citations[2].issuer == "Bộ trưởng Bộ Y tế")
    }

    @Test("a short form with no antecedent, or a different type, stays unresolved")
    func unresolved() {
        let text = "Nghị định 168 và Chỉ thị số 168/CT-TTg; sau đó Nghị định 168 được sửa đổi."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Nghị định 168", "Chỉ thị số 168/CT-TTg", "Nghị định 168"])
        #expect(citations.map(\.refersTo) == [nil, nil, nil])
    }

    @Test("two different antecedents: unresolved, candidates noted")
    func ambiguous() {
        let text = "Nghị quyết số 25-NQ/TW ngày 03/6/2013 và Nghị quyết số 25/2021/NQ-CP; Nghị quyết 25 nêu rõ."
        let citations = CitationExtractor().citations(in: text)
        let short = citations.last!
        #expect(short.text == "Nghị quyết 25")
        #expect(short.refersTo == nil)
        #expect(short.candidates == ["25-NQ/TW", "25/2021/NQ-CP"])
        #expect(short.warnings.contains("ambiguous-reference"))
    }

    @Test("a short form with its year picks the antecedent of that year")
    func year() {
        let text = "Nghị định số 15/2020/NĐ-CP và Nghị định số 15/2013/NĐ-CP; theo Nghị định 15/2020, …"
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.last?.text == "Nghị định 15/2020")
        #expect(citations.last?.refersTo == "15/2020/NĐ-CP")
    }

    @Test("leading zeros do not separate a short form from its antecedent")
    func zeros() {
        let citations = CitationExtractor().citations(in: "Hướng dẫn số 05-HD/BTGTW; HD 5 yêu cầu …")
        #expect(citations.last?.refersTo == "05-HD/BTGTW")
    }
}
