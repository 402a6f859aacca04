import Testing
@_spi(Stages) import VietCite

/// Web pages saved as HTML read as the text a browser shows, with every span still in the page's bytes.
@Suite("HTML markup")
struct MarkupTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><title>Quyết định 1234/QĐ-UBND</title>
        <style>p { margin: 0 } /* Nghị định số 1/2020/NĐ-CP */</style>
        <script>var s = "Thông tư số 2/2021/TT-BTC";</script></head><body>
        <!-- Chỉ thị số 3/CT-TTg -->
        <p>Căn cứ <a href="/van-ban/30-2020-ND-CP">Nghị định số 30/2020/NĐ-CP</a> \
        ngày 05/3/2020 của Ch&iacute;nh phủ;</p>
        <p>Căn cứ Quyết định số&nbsp;263/QĐ-TTg ng&#224;y 22/02/2022 của Thủ tướng Ch&#xED;nh phủ;</p>
        <p>Thực hiện <b>Kết luận số 114-KL/TW</b>, ngày 14/7/2015 của Ban Bí thư &amp; Chỉ thị 16/CT-TTg</p>
        <table><tr><td>Nghị quyết</td><td>25/2024/NQ-HĐND</td><td>15/7/2024</td></tr></table>
        </body></html>
        """

    @Test("tags, comments, scripts and styles are removed; references decoded; spans point into the page")
    func page() throws {
        let bytes = Array(Self.page.utf8)
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        // Nothing from the comment, the style or the script.
        #expect(citations.map(\.symbol) == ["1234/QĐ-UBND", "30/2020/NĐ-CP", "263/QĐ-TTg", "114-KL/TW", "16/CT-TTg",
                                            "25/2024/NQ-HĐND"])
        for citation in citations {
            #expect(String(decoding: bytes[citation.span], as: UTF8.self) == citation.text)
        }
        // The date and issuer after a link, after `&nbsp;`, and across references.
        #expect(citations[1].date?.description == "2020-03-05")
        #expect(citations[1].issuer == "Chính phủ")
        #expect(citations[2].text == "Quyết định số&nbsp;263/QĐ-TTg")
        #expect(citations[2].date?.description == "2022-02-22")
        #expect(citations[2].issuer == "Thủ tướng Chính phủ")
        #expect(citations[3].text == "Kết luận số 114-KL/TW")
        #expect(citations[3].relation == .implements)
        // A table's cells are apart; the date stands in the next cell.
        #expect(citations[5].date?.description == "2024-07-15")
    }

    @Test("the text a page reads as", arguments: [
        ("<p>Căn cứ&nbsp;Luật<br>Đất đai</p>", "\nCăn cứ Luật\nĐất đai\n"),
        ("<div>a &lt;b&gt; &amp; &quot;c&quot; &#x1ED9; &unknown; & ;</div>", "\na <b> & \"c\" ộ &unknown; & ;\n"),
        ("<html><p>x<!-- open comment with no end", "\n\nx<!-- open comment with no end"),
        ("<html><script>no end <p>y", "\nno end \ny"),
    ])
    func reads(_ input: String, _ expected: String) {
        let normalized = Normalizer().normalize(SourceText(input))
        #expect(normalized.string == expected)
        checkMapCoversOutput(normalized, sourceCount: input.utf8.count)
    }

    @Test("a document's page, a paragraph on each line of its source: the header's date and title over the blank lines")
    func documentPage() {
        let page = """
            <html><body>
            <p>HỘI ĐỒNG BỘ TRƯỞNG</p>
            <p>Số: 217-HĐBT</p>
            <p>V/v triển khai Công văn số 45/SNV-CCHC</p>
            <p>Hà Nội, ngày 14 tháng 11 năm 1987</p>
            <p>QUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ TRƯỞNG</p>
            <p>Căn cứ Quyết định số 76-HĐBT ngày 26-6-1986 của Hội đồng Bộ trưởng;</p>
            </body></html>
            """
        let citations = CitationExtractor().citations(in: page)
        #expect(citations.map(\.text) == ["217-HĐBT", "Công văn số 45/SNV-CCHC", "Quyết định số 76-HĐBT"])
        #expect(citations.first?.isSelf == true)
        #expect(citations.first?.type == "Quyết định")
        #expect(citations.first?.date?.description == "1987-11-14")
    }

    @Test("a dash written as a character reference joins a symbol's codes, as a dash in text does, and says so")
    func dashReferences() {
        let page = "<p>Căn cứ Nghị định số 15/2020/NĐ&#8209;CP;</p><p>Quyết định số 12/QĐ&ndash;UBND;</p>"
            + "<p>giai đoạn 2021 &ndash; 2025, mục A &mdash; B</p>"
        let citations = CitationExtractor().citations(in: page)
        #expect(citations.map(\.symbol) == ["15/2020/NĐ-CP", "12/QĐ-UBND"])
        #expect(citations.map(\.warnings) == [["repaired-symbol"], ["repaired-symbol"]])
        // Elsewhere too the page reads as the same text with its dashes written out.
        let text = Normalizer().normalize(SourceText(page)).string
        let written = Normalizer().normalize(SourceText("giai đoạn 2021 – 2025, mục A — B")).string
        #expect(text.contains(written))
    }

    @Test("plain text is read as text, even when it holds a tag or opens with `<`")
    func plainText() {
        for input in ["Căn cứ <p> Nghị định số 30/2020/NĐ-CP", "<Nghị định số 30/2020/NĐ-CP> &amp;", "a < b > c"] {
            #expect(Normalizer().normalize(SourceText(input)).string == input)
        }
        let asText = Normalizer(options: .init(markup: .text)).normalize(SourceText("<p>x&amp;</p>"))
        #expect(asText.string == "<p>x&amp;</p>")
        let asHTML = Normalizer(options: .init(markup: .html)).normalize(SourceText("x&amp;<b>y</b>"))
        #expect(asHTML.string == "x&y")
    }

    @Test("text that is not a page but holds numeric references has its references decoded, its tags kept")
    func referencesInText() throws {
        let input = "Tiêu đề\n<p>Căn cứ Ngh&#7883; &#273;&#7883;nh s&#x1ED1; 30/2020/N&#272;-CP ngày 05/3/2020 của "
            + "Ch&iacute;nh phủ;</p>"
        let normalized = Normalizer().normalize(SourceText(input))
        #expect(normalized.string
            == "Tiêu đề\n<p>Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;</p>")
        checkMapCoversOutput(normalized, sourceCount: input.utf8.count)
        let citation = try #require(CitationExtractor().extract(from: SourceText(input)).citations.first)
        #expect(citation.text == "Ngh&#7883; &#273;&#7883;nh s&#x1ED1; 30/2020/N&#272;-CP")
        #expect(citation.symbol == "30/2020/NĐ-CP" && citation.issuer == "Chính phủ")
        // No numeric reference: `&` and named references in text stay as written.
        for kept in ["Bộ GD&ĐT và Ch&iacute;nh", "&#; &#x; &#12 và &#ab"] {
            #expect(Normalizer().normalize(SourceText(kept)).string == kept)
        }
        let asText = Normalizer(options: .init(markup: .text)).normalize(SourceText("Ngh&#7883;"))
        #expect(asText.string == "Ngh&#7883;")
    }

    @Test("random markup-like bytes: no crash, a map that covers the output, in linear time")
    func randomMarkup() {
        var generator = SeededGenerator(seed: 7)
        let pieces = ["<", ">", "&", ";", "#", "x", "<p>", "</td>", "<td>", "<script>", "</script", "<!--", "-->", "&#",
                      "&nbsp;", "Nghị định số 30/2020/NĐ-CP", " ", "\n", "\u{FFFD}", "é"]
        for _ in 0..<200 {
            var text = "<html>"
            for _ in 0..<Int(generator.next() % 60) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let normalized = Normalizer().normalize(SourceText(text))
            checkMapCoversOutput(normalized, sourceCount: text.utf8.count)
            _ = CitationExtractor().citations(in: text)
        }
        // Many `<` with no `>`, and many unclosed scripts: each byte is read a bounded number of times.
        let long = "<html>" + String(repeating: "<script>< <!-- &#", count: 20_000)
        #expect(Normalizer().normalize(SourceText(long)).bytes.count > 0)
    }
}
