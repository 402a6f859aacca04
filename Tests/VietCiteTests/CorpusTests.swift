import Foundation
import Testing
import VietCiteTestSupport
@_spi(Stages) import VietCite

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
        let format: String
        enum CodingKeys: String, CodingKey {
            case doc, start, end, text, type, number, symbol, date, issuer, format
            case isSelf = "self"
        }
    }

    static let gold: [GoldRow] = {
        let bytes = Corpus.bytes("expected/seeds.jsonl")
        return bytes.split(separator: 0x0A).compactMap { try? JSONDecoder().decode(GoldRow.self, from: Data($0)) }
    }()

    @Test("every mention of the seeds (numbered, short-form and name-only), with all its fields; nothing else")
    func seeds() {
        #expect(Self.gold.count == 84)
        let numbered = Self.gold
        var found: [String: [Citation]] = [:]
        for name in Corpus.seedNames {
            found[name] = CitationExtractor().extract(from: SourceText(bytes: Corpus.bytes("documents/" + name))).citations
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
}
