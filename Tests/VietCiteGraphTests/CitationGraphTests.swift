import Testing
import VietCite
import VietCiteGraph
import VietCiteTestSupport

/// Node identity and merging (`documents.md` §8), each rule with its case.
@Suite("CitationGraph")
struct CitationGraphTests {
    static func graph(_ documents: [(String, String)], context: Bool = false) -> CitationGraph {
        var builder = CitationGraph.Builder()
        for (name, text) in documents {
            let extracted = CitationExtractor().extract(from: SourceText(text))
            builder.add(CitationGraph.DocumentRecord(extracted, name: name, keepContext: context))
        }
        return builder.build()
    }

    static func node(_ graph: CitationGraph, _ id: String) -> CitationGraph.Node? {
        graph.nodes.first { $0.id == id }
    }

    @Test("every spelling of a normative symbol lands on one node")
    func spellings() throws {
        let graph = Self.graph([
            ("a.txt", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;"),
            ("b.txt", "theo NĐ 30/2020/ND-CP và Nghị định số 30/2020/NÐ–CP"),
        ])
        let node = try #require(Self.node(graph, "doc:30/2020/NĐ-CP"))
        #expect(node.citedBy == 2)
        #expect(node.type == "Nghị định")
        #expect(node.date == "2020-03-05")
        #expect(graph.nodes.filter { $0.symbol == "30/2020/NĐ-CP" }.count == 1)
        let edges = graph.edges.filter { $0.target == node.id }
        #expect(edges.map(\.count).reduce(0, +) == 3)
        #expect(edges.first { $0.source == "file:a.txt" }?.relation == .basis)
    }

    @Test("a state symbol needs its year; an undated one stays apart, with candidates")
    func stateYear() {
        let graph = Self.graph([
            ("a.txt", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
            ("b.txt", "Chỉ thị số 16/CT-TTg ngày 02/5/2015 của Thủ tướng Chính phủ"),
            ("c.txt", "thực hiện Chỉ thị 16/CT-TTg"),
        ])
        #expect(Self.node(graph, "doc:16/CT-TTg@2020") != nil)
        #expect(Self.node(graph, "doc:16/CT-TTg@2015") != nil)
        #expect(Self.node(graph, "doc:16/CT-TTg@?")?.candidates == ["doc:16/CT-TTg@2015", "doc:16/CT-TTg@2020"])
    }

    @Test("an undated mention takes the year its document gave the same symbol")
    func yearFromContext() {
        let graph = Self.graph([("a.txt", "Chỉ thị số 16/CT-TTg ngày 31/3/2020. Theo Chỉ thị số 16/CT-TTg, …")])
        #expect(graph.nodes.filter { $0.symbol == "16/CT-TTg" }.map(\.id) == ["doc:16/CT-TTg@2020"])
        #expect(graph.edges.first?.count == 2)
    }

    @Test("a Party symbol needs its term; state order is put in Party order")
    func partyTerm() {
        let graph = Self.graph([
            ("a.txt", "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương"),
            ("b.txt", "Nghị quyết số 25-NQ/TW ngày 15/3/2003; Chỉ thị số 22/CT-TW ngày 2/2/2018"),
            ("c.txt", "Chỉ thị số 22-CT/TW ngày 02/02/2018 của Ban Bí thư"),
        ])
        #expect(Self.node(graph, "doc:25-NQ/TW#XI") != nil)
        #expect(Self.node(graph, "doc:25-NQ/TW#IX") != nil)
        #expect(Self.node(graph, "doc:22-CT/TW#XII")?.citedBy == 2)
    }

    @Test("a name merges with its number when one mention in the batch states both")
    func nameAndNumber() {
        let graph = Self.graph([
            ("a.txt", "Căn cứ Luật Đầu tư công số 39/2019/QH14;"),
            ("b.txt", "Căn cứ Luật Đầu tư công năm 2019; Luật Đất đai năm 2013;"),
        ])
        #expect(Self.node(graph, "doc:39/2019/QH14")?.citedBy == 2)
        #expect(Self.node(graph, "name:luat dat dai@2013")?.name == "Luật Đất đai")
    }

    @Test("a plenum's resolution is one node by its number and term, however written; without a term it stays apart")
    func plenums() {
        let graph = Self.graph([
            ("a.txt", "Thực hiện Nghị quyết Trung ương 4 (khóa XII), Nghị quyết Hội nghị Trung ương 4 khóa XII;"),
            ("b.txt", "Quán triệt NQ TW4 khóa XII, Nghị quyết Trung ương 3, 4 khóa XII và Nghị quyết Hội nghị lần thứ "
                + "tư Ban Chấp hành Trung ương Đảng khóa XII."),
            ("c.txt", "Nghị quyết Trung ương 4 khóa XIII; Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung "
                + "ương khóa XIII; Nghị quyết TƯ 11 khóa XIII; Nghị quyết Trung ương 4."),
        ])
        #expect(Self.node(graph, "name:nghi quyet trung uong 4#XII")?.citedBy == 2)
        #expect(graph.edges.filter { $0.target == "name:nghi quyet trung uong 4#XII" }.map(\.count) == [2, 3])
        #expect(Self.node(graph, "name:nghi quyet trung uong 3#XII") != nil)
        #expect(Self.node(graph, "name:nghi quyet trung uong 4#XIII") != nil)
        #expect(Self.node(graph, "name:nghi quyet trung uong 11#XIII")?.citedBy == 1)
        #expect(graph.edges.first { $0.target == "name:nghi quyet trung uong 11#XIII" }?.count == 2)
        #expect(Self.node(graph, "name:nghi quyet trung uong 4")?.term == nil)
        #expect(graph.nodes.filter { $0.id.hasPrefix("name:") }.count == 5)
    }

    @Test("a short form resolved to its full mention is the same node; an open one is marked unresolved")
    func shortForms() throws {
        let graph = Self.graph([("a.txt", "Quyết định số 290-QĐ/TW ngày 25/2/2010. Quyết định 290 và Nghị định 168.")])
        #expect(graph.edges.first { $0.target == "doc:290-QĐ/TW#X" }?.count == 2)
        let open = try #require(graph.nodes.first { $0.id.hasPrefix("short:") })
        #expect(!open.isResolved)
        #expect(open.label == "Nghị định 168")
    }

    /// A ministry's decision, its header and preamble.
    static let header = """
        BỘ NỘI VỤ
        Số: 15/QĐ-BNV
        Hà Nội, ngày 05 tháng 3 năm 2020
        QUYẾT ĐỊNH
        Về việc ban hành Quy chế làm việc

        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
        """

    @Test("a source document's identity: its header, type, title, date and issuer")
    func sourceIdentity() throws {
        let graph = Self.graph([("q.txt", Self.header), ("r.txt", "Thực hiện Quyết định số 15/QĐ-BNV ngày 05/3/2020")])
        let node = try #require(Self.node(graph, "doc:15/QĐ-BNV@2020"))
        #expect(node.file == "q.txt")
        #expect(node.identity == "header")
        #expect(node.title == "Về việc ban hành Quy chế làm việc")
        #expect(node.issuer == "BỘ NỘI VỤ")
        #expect(node.citedBy == 1)
        #expect(graph.edges.contains { $0.source == node.id && $0.target == "doc:30/2020/NĐ-CP" })
        #expect(Self.node(graph, "file:r.txt")?.identity == "file name")
    }

    @Test("a header typed in VNI-Windows, or saved as UTF-16, is read as its text", arguments: [false, true])
    func sourceIdentityEncoded(vni: Bool) throws {
        // VNI-Windows writes a toned letter as its base byte and a mark byte (`Ộ` is `O` `C4`, `Đ` is `D1`).
        let vniLetters: [Character: [UInt8]] = [
            "Ộ": [0x4F, 0xC4], "Ụ": [0x55, 0xCF], "ố": [0x6F, 0xE1], "Đ": [0xD1], "à": [0x61, 0xF8],
            "ộ": [0x6F, 0xE4], "á": [0x61, 0xF9], "ă": [0x61, 0xEA], "Ế": [0x45, 0xC1], "Ị": [0xD2], "ề": [0x65, 0xE0],
            "ệ": [0x65, 0xE4], "ế": [0x65, 0xE1], "ứ": [0xF6, 0xF9], "ị": [0xF2], "đ": [0xF1], "ủ": [0x75, 0xFB],
            "í": [0xED],
        ]
        let bytes: [UInt8] = vni
            ? Self.header.flatMap { vniLetters[$0] ?? Array(String($0).utf8) }
            : Array(Self.header.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let extracted = CitationExtractor().extract(from: SourceText(bytes: bytes))
        var builder = CitationGraph.Builder()
        builder.add(CitationGraph.DocumentRecord(extracted, name: "q.txt"))
        let node = try #require(Self.node(builder.build(), "doc:15/QĐ-BNV@2020"))
        #expect(node.identity == "header")
        #expect(node.title == "Về việc ban hành Quy chế làm việc")
        #expect(node.issuer == "BỘ NỘI VỤ")
        #expect(node.date?.description == "2020-03-05")
    }

    @Test("the sentence around each mention of a UTF-16 document is its UTF-8 twin's, in either byte order",
          arguments: [false, true])
    func contextUTF16(bigEndian: Bool) {
        let text = "Mở đầu. Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; khác.\nThực hiện Chỉ thị "
            + "16/CT-TTg. Xong."
        func contexts(_ bytes: [UInt8]) -> [CitationGraph.Context?] {
            let extracted = CitationExtractor().extract(from: SourceText(bytes: bytes))
            var builder = CitationGraph.Builder()
            builder.add(CitationGraph.DocumentRecord(extracted, name: "a.txt", keepContext: true))
            return builder.build().edges.flatMap { $0.occurrences.map(\.context) }
        }
        let wide: [UInt8] = Array(text.utf16).flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let expected = contexts(Array(text.utf8))
        // From the space after a full stop, or a line's start, to a `;` or `.` after the mention.
        #expect(Set(expected.compactMap { $0?.sentence })
            == [" Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;", "Thực hiện Chỉ thị 16/CT-TTg."])
        #expect(contexts(wide) == expected)
    }

    @Test("a header is read the same with CRLF lines, padded lines and a decomposed date line")
    func sourceIdentityOddLines() throws {
        // `ngày` decomposed (a + U+0300), lines padded with tabs and no-break spaces, CRLF line ends.
        let header = "\u{00A0}BỘ NỘI VỤ\t\r\nSố: 15/QĐ-BNV\r\n\r\n  Hà Nội, nga\u{0300}y 05 tháng 3 năm 2020\r\n"
            + "QUYẾT ĐỊNH\r\n\u{00A0}Về việc ban hành Quy chế làm việc \r\n"
        let graph = Self.graph([("q.txt", header)])
        let node = try #require(Self.node(graph, "doc:15/QĐ-BNV@2020"))
        #expect(node.date == "2020-03-05")
        #expect(node.type == "Quyết định")
        #expect(node.title == "Về việc ban hành Quy chế làm việc")
        #expect(node.issuer == "BỘ NỘI VỤ")
        // A lower-case line is neither issuer nor title; the first upper-case line among the first three is.
        let prose = Self.graph([("p.txt", "Số: 16/QĐ-BNV\nngày 05 tháng 3 năm 2020 họp\nỦY BAN NHÂN DÂN\n")])
        #expect(Self.node(prose, "doc:16/QĐ-BNV@?")?.issuer == "ỦY BAN NHÂN DÂN")
    }

    @Test("conflicts are reported: two dates for one symbol, a citation dated after its citing document")
    func conflicts() {
        let graph = Self.graph([
            ("a.txt", "Số: 01/QĐ-UBND\nHuế, ngày 02 tháng 01 năm 2020\nQUYẾT ĐỊNH\nthực hiện Nghị định số "
                + "30/2020/NĐ-CP ngày 05/3/2020"),
            ("b.txt", "Nghị định số 30/2020/NĐ-CP ngày 06/3/2020"),
        ])
        #expect(graph.conflicts.map(\.kind) == ["date-after-citing-document", "dates"])
        #expect(graph.conflicts.allSatisfy { $0.node == "doc:30/2020/NĐ-CP" })
    }

    @Test("the same documents in any order give the same graph, byte for byte")
    func deterministic() {
        let documents = [("a.txt", "Nghị định số 30/2020/NĐ-CP; Luật Đất đai năm 2013"),
                         ("b.txt", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
                         ("c.txt", "Kết luận số 114-KL/TW ngày 14/7/2015")]
        let forward = GraphFormat.json.render(Self.graph(documents))
        let backward = GraphFormat.json.render(Self.graph(documents.reversed()))
        #expect(forward == backward)
    }

    @Test("builders merged (one per thread) give the graph of one builder; a name learns its number from a later one")
    func merged() {
        let documents = [("a.txt", "Căn cứ Luật Đầu tư công năm 2019; Nghị định số 30/2020/NĐ-CP"),
                         ("b.txt", "Chỉ thị 16/CT-TTg ngày 31/3/2020; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"),
                         ("c.txt", "Căn cứ Luật Đầu tư công số 39/2019/QH14; Kết luận số 114-KL/TW ngày 14/7/2015")]
        var first = CitationGraph.Builder()
        var second = CitationGraph.Builder()
        for (index, (name, text)) in documents.enumerated() {
            let record = CitationGraph.DocumentRecord(CitationExtractor().extract(from: SourceText(text)), name: name)
            if index == 0 { first.add(record) } else { second.add(record) }
        }
        first.merge(second)
        let merged = first.build()
        #expect(GraphFormat.json.render(merged) == GraphFormat.json.render(Self.graph(documents)))
        // The name in a.txt is stated with its number only in c.txt, which the other builder read.
        #expect(Self.node(merged, "doc:39/2019/QH14")?.citedBy == 2)
        #expect(Self.node(merged, "doc:30/2020/NĐ-CP")?.date == "2020-03-05")
    }

    @Test("builders joined give the graph of one builder: names connected apart, an edge both hold joined")
    func joined() throws {
        // a.txt and d.txt share one header, so both builders hold the edge from it to 30/2020/NĐ-CP; the name in
        // a.txt learns its number from c.txt, in another builder.
        let documents = [("a.txt", "Số: 12/2021/TT-BTC\nCăn cứ Luật Đầu tư công năm 2019; Nghị định số 30/2020/NĐ-CP"),
                         ("b.txt", "Chỉ thị 16/CT-TTg ngày 31/3/2020; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020"),
                         ("c.txt", "Căn cứ Luật Đầu tư công số 39/2019/QH14; Kết luận số 114-KL/TW ngày 14/7/2015"),
                         ("d.txt", "Số: 12/2021/TT-BTC\nCăn cứ Nghị định số 30/2020/NĐ-CP; Luật Đầu tư công năm 2019")]
        var builders = [CitationGraph.Builder](repeating: CitationGraph.Builder(), count: 3)
        for ((name, text), builder) in zip(documents, [0, 1, 2, 1]) {
            let record = CitationGraph.DocumentRecord(CitationExtractor().extract(from: SourceText(text)), name: name)
            builders[builder].add(record)
        }
        let joined = CitationGraph.Builder.joined(builders).build(jobs: 2)
        let one = Self.graph(documents)
        #expect(GraphFormat.json.render(joined) == GraphFormat.json.render(one))
        let shared = try #require(joined.edges.first {
            $0.source == "doc:12/2021/TT-BTC" && $0.target == "doc:30/2020/NĐ-CP" && $0.relation == .basis
        })
        #expect(shared.occurrences.map(\.document) == ["a.txt", "d.txt"])
        #expect(joined.edges.filter { $0.source == "doc:12/2021/TT-BTC" && $0.target == "doc:39/2019/QH14" }.count == 1)
        #expect(Self.node(joined, "doc:39/2019/QH14")?.citedBy == 2)
    }

    @Test("the graph is the same turned out on one thread or on three (nodes and edges made in chunks)")
    func jobs() {
        // The seeds and some crafted documents, eighty times under other names: over a thousand nodes and
        // thousands of edges, enough for both to be made in chunks.
        let names = Corpus.seedNames.map { "documents/" + $0 }
            + ["circular-preamble.txt", "city-plan.txt", "council-resolution.txt", "district-party-plan.txt",
               "news.txt", "ocr-scan.txt", "party-resolution-central.txt", "qa-tax.txt"].map { "crafted/" + $0 }
        let documents = names.map { CitationExtractor().extract(from: SourceText(bytes: Corpus.bytes($0))) }
        func builder() -> CitationGraph.Builder {
            var builder = CitationGraph.Builder()
            for copy in 0..<80 {
                for (name, document) in zip(names, documents) { builder.add(.init(document, name: "\(copy)/\(name)")) }
            }
            return builder
        }
        let one = builder().build()
        let three = builder().build(jobs: 3)
        #expect(one.edges.count > 4096)
        #expect(one.nodes.count > 1024)
        #expect(GraphFormat.json.render(three) == GraphFormat.json.render(one))
    }

    @Test("an occurrence keeps its text as written: NFD and NFC spellings of one mention stay apart")
    func occurrenceBytes() throws {
        let composed = "Chỉ thị số 16/CT-TTg ngày 31/3/2020"
        let decomposed = "Chi\u{309} thi\u{323} sô\u{301} 16/CT-TTg ngày 31/3/2020"
        let graph = Self.graph([("a.txt", composed), ("b.txt", decomposed)])
        let texts = graph.edges.filter { $0.target == "doc:16/CT-TTg@2020" }.flatMap(\.occurrences)
            .sorted { $0.document < $1.document }.map { Array($0.text.utf8) }
        #expect(texts == [Array("Chỉ thị số 16/CT-TTg".utf8), Array("Chi\u{309} thi\u{323} sô\u{301} 16/CT-TTg".utf8)])
    }
}
