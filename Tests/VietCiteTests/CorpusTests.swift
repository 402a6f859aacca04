import Foundation
import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

/// Golden test: the seeds against their expected records (`Corpus/expected/seeds.jsonl`).
@Suite("Corpus")
struct CorpusTests {
    struct GoldRow: Decodable {
        let doc: String
        let start: Int
        let end: Int
        let text: String
        let type: String?
        let number: String?
        let symbol: String?
        let date: String?
        let issuer: String?
        let isSelf: Bool
        /// The seeds' family label (`party`, `name-only`, …); the crafted documents have none.
        let format: String?
        enum CodingKeys: String, CodingKey {
            case doc, start, end, text, type, number, symbol, date, issuer, format
            case isSelf = "self"
        }
    }

    static let gold: [GoldRow] = rows("expected/seeds.jsonl")

    static func rows(_ path: String) -> [GoldRow] {
        Corpus.bytes(path).split(separator: 0x0A).compactMap { try? JSONDecoder().decode(GoldRow.self, from: Data($0)) }
    }

    @Test("every mention of the seeds (numbered, short-form and name-only), with all its fields; nothing else")
    func seeds() {
        #expect(Self.gold.count == 84)
        let numbered = Self.gold
        var found: [String: [Citation]] = [:]
        for name in Corpus.seedNames {
            let source = SourceText(bytes: Corpus.bytes("documents/" + name))
            found[name] = CitationExtractor().extract(from: source).citations
        }
        for row in numbered {
            let match = found[row.doc]?.first { $0.span == row.start..<row.end }
            #expect(match != nil, "missed \(row.doc) \(row.start) \(row.text)")
            guard let match else { continue }
            #expect(match.text == row.text)
            #expect(match.type == row.type, "\(row.text)")
            #expect(match.number == row.number, "\(row.text)")
            #expect(match.symbol == row.symbol, "\(row.text)")
            #expect(match.date?.description == row.date, "\(row.text)")
            #expect(match.issuer == row.issuer, "\(row.text)")
            #expect(match.isSelf == row.isSelf, "\(row.text)")
        }
        // Precision: everything found is in the gold.
        let goldSpans = Set(Self.gold.map { "\($0.doc) \($0.start) \($0.end)" })
        for (doc, citations) in found {
            for citation in citations {
                #expect(goldSpans.contains("\(doc) \(citation.span.lowerBound) \(citation.span.upperBound)"),
                        "extra \(doc) \(citation.span) \(citation.text)")
            }
        }
    }

    /// Hand-written documents of the kinds the product meets (`Corpus/crafted/`: a circular's and a council
    /// resolution's preambles, a circular's article on entry into force, a province's decision of 2026, a resolution
    /// of the Assembly's Standing Committee, Party guides, letters, a province's rule and a district's plan and
    /// resolution, a city plan, two court judgments, a law's header, a web page, Q&A and news pages, a department's
    /// reply letter, a decision of 1987 with an old header, a city decision with its annex table, OCR text, a joint
    /// circular's preamble, a Party conclusion that names plenums by their ordinals, a province's decision on public
    /// assets, a district's Party resolution, a ministry's tax letter in OCR, a province's Party plan of 2025 that
    /// names the bodies of the 2025 reforms, a decree's text taken from PDF with its lines wrapped, a district's Party
    /// report, a Q&A page in lower case, a Party conclusion that lists plenums, a Q&A page of hasty abbreviations, a
    /// province's plan in OCR, a Party bloc's report, an amending decree with its new text quoted, a decree that
    /// repeals a long list of articles, a province's Party plan on a conclusion, a consolidated decree, a district's
    /// Party review of a resolution, a province's decision with its plan, a provincial council's resolution after the
    /// 2025 mergers, a Party news page of 2025), with their records as reviewed
    /// (`Corpus/expected/crafted.jsonl`).
    @Test("crafted documents: every record, with its fields, and nothing else")
    func crafted() {
        let expected = Self.rows("expected/crafted.jsonl")
        #expect(expected.count == 594)
        let names = Set(expected.map(\.doc))
        #expect(names.count == 51)
        for name in names.sorted() {
            let source = SourceText(bytes: Corpus.bytes("crafted/" + name))
            let citations = CitationExtractor().extract(from: source).citations
            let rows = expected.filter { $0.doc == name }
            #expect(citations.map(\.text) == rows.map(\.text), "\(name)")
            for (citation, row) in zip(citations, rows) {
                #expect(citation.span == row.start..<row.end, "\(name) \(row.text)")
                #expect(citation.type == row.type, "\(name) \(row.text)")
                #expect(citation.number == row.number, "\(name) \(row.text)")
                #expect(citation.symbol == row.symbol, "\(name) \(row.text)")
                #expect(citation.date?.description == row.date, "\(name) \(row.text)")
                #expect(citation.issuer == row.issuer, "\(name) \(row.text)")
                #expect(citation.isSelf == row.isSelf, "\(name) \(row.text)")
            }
        }
    }
}
