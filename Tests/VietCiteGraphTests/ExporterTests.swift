import Foundation
import Testing
import VietCite
import VietCiteGraph
import VietCiteTestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every exporter: golden files on the Corpus, round trips through real parsers, hostile names.
@Suite("Exporters")
struct ExporterTests {
    /// The seeds' graph, documents named `documents/<file>` so the golden files hold no machine path.
    static let corpusGraph: CitationGraph = {
        var builder = CitationGraph.Builder()
        for name in Corpus.seedNames {
            let source = SourceText(bytes: Corpus.bytes("documents/" + name))
            builder.add(CitationGraph.DocumentRecord(CitationExtractor().extract(from: source),
                                                     name: "documents/" + name, keepContext: true))
        }
        return builder.build()
    }()

    static let snapshots: String = {
        var path = #filePath
        path = String(path[..<path.lastIndex(of: "/")!])
        return path + "/Snapshots"
    }()

    @Test("golden files for every format on the Corpus", arguments: GraphFormat.allCases)
    func golden(_ format: GraphFormat) throws {
        let rendered = format.render(Self.corpusGraph)
        let path = Self.snapshots + "/corpus.\(format.rawValue)"
        if ProcessInfo.processInfo.environment["VIETCITE_RECORD"] != nil {
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(rendered == expected, "re-record with VIETCITE_RECORD=1 swift test --filter Exporters")
    }

    @Test("JSON parses back with the documented keys; JSON Lines is one edge per line")
    func jsonRoundTrip() throws {
        let json = GraphFormat.json.render(Self.corpusGraph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == Self.corpusGraph.nodes.count)
        #expect(edges.count == Self.corpusGraph.edges.count)
        for key in ["id", "label", "type", "symbol", "date", "citedBy", "candidates"] {
            #expect(nodes.allSatisfy { $0.keys.contains(key) }, "node key \(key)")
        }
        #expect(edges.allSatisfy { ($0["occurrences"] as? [Any])?.count == $0["count"] as? Int })
        let lines = GraphFormat.jsonl.render(Self.corpusGraph).split(separator: "\n")
        #expect(lines.count == Self.corpusGraph.edges.count)
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }

    @Test("GraphML parses as XML with typed keys, every node and edge")
    func graphMLRoundTrip() throws {
        let reader = GraphMLReader()
        let parser = XMLParser(data: Data(GraphFormat.graphml.render(Self.corpusGraph).utf8))
        parser.delegate = reader
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(reader.nodes == Self.corpusGraph.nodes.count)
        #expect(reader.edges == Self.corpusGraph.edges.count)
        #expect(reader.keys["citedBy"] == "int")
        #expect(reader.keys["year"] == "int")
        #expect(reader.keys["label"] == "string")
        #expect(reader.keys["resolved"] == "boolean")
    }

    @Test("CSV for Neo4j: the header columns, and every row parses back with its quoting")
    func csvRoundTrip() throws {
        var nodes = ""
        CSVExport.writeNodes(Self.corpusGraph) { nodes += $0 }
        var relationships = ""
        CSVExport.writeRelationships(Self.corpusGraph) { relationships += $0 }
        let nodeRows = CSVReader.rows(nodes)
        #expect(nodeRows.first?.prefix(2) == ["id:ID", ":LABEL"])
        #expect(nodeRows.count == Self.corpusGraph.nodes.count + 1)
        #expect(nodeRows.allSatisfy { $0.count == nodeRows[0].count })
        let relationshipRows = CSVReader.rows(relationships)
        #expect(relationshipRows.first == [":START_ID", ":END_ID", ":TYPE", "relation", "count:int"])
        #expect(relationshipRows.count == Self.corpusGraph.edges.count + 1)
        let ids = Set(nodeRows.dropFirst().map { $0[0] })
        #expect(relationshipRows.dropFirst().allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
    }

    @Test("hostile names survive every format: quotes, <, &, newlines, commas, invalid UTF-8")
    func hostile() throws {
        var bytes = Array("QUYẾT ĐỊNH\nVề \"A\" <b> & c, d\nx".utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        bytes += Array("theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Bộ \"X\" & <Y>".utf8)
        var builder = CitationGraph.Builder()
        builder.add(CitationGraph.DocumentRecord(CitationExtractor().extract(from: SourceText(bytes: bytes)),
                                                 name: "a \"b\",\n<c>&.txt", keepContext: true))
        let graph = builder.build()
        let json = GraphFormat.json.render(graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["file"] as? String == "a \"b\",\n<c>&.txt" })
        let parser = XMLParser(data: Data(GraphFormat.graphml.render(graph).utf8))
        #expect(parser.parse())
        let html = GraphFormat.html.render(graph)
        #expect(!html.contains("<c>") && !html.contains("<Y>") && html.contains("&lt;Y&gt;"))
        let dot = GraphFormat.dot.render(graph)
        #expect(dot.contains("label=\"Về \\\"A\\\" <b> & c, d\"") && !dot.contains("\n<c>"))
        var nodesCSV = ""
        CSVExport.writeNodes(graph) { nodesCSV += $0 }
        let rows = CSVReader.rows(nodesCSV)
        #expect(rows.dropFirst().contains { $0.contains("a \"b\",\n<c>&.txt") })
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    @Test("JSON string literals: each escape at every place in and across the scanner's sixteen-byte blocks")
    func jsonEscapes() throws {
        // The escaper copies plain runs found sixteen bytes at a time. Each special scalar is put at every offset
        // of every prefix of a 45-byte run of Vietnamese text; the result must be what a writer that escapes one
        // scalar at a time gives.
        let named: [Unicode.Scalar: String] = [
            "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
        ]
        func reference(_ text: String) -> String {
            let body = text.unicodeScalars.map { scalar in
                named[scalar] ?? (scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar))
            }
            return "\"" + body.joined() + "\""
        }
        let plain = Array("Nghị định số 30/2020/NĐ-CP của Chính phủ".unicodeScalars)
        let specials = [
            "\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2013}", "\u{201C}",
        ]
        // Every length (shorter than one block, one, several) and every place in it.
        for special in specials {
            for length in 0...plain.count {
                for offset in 0...length {
                    var scalars = String.UnicodeScalarView()
                    scalars.append(contentsOf: plain[..<offset])
                    scalars.append(contentsOf: special.unicodeScalars)
                    scalars.append(contentsOf: plain[offset..<length])
                    let text = String(scalars)
                    let escaped = Escaping.json(text)
                    let place = "U+\(String(special.unicodeScalars.first!.value, radix: 16)) at \(offset) of \(length)"
                    #expect(escaped == reference(text), "\(place)")
                    let parsed = try JSONSerialization.jsonObject(with: Data(escaped.utf8), options: .fragmentsAllowed)
                    #expect(parsed as? String == text)
                }
            }
        }
        for length in 0...plain.count {
            let text = String(String.UnicodeScalarView(plain[..<length]))
            #expect(Escaping.json(text) == reference(text))
        }
        #expect(Escaping.json("") == "\"\"")
    }

    @Test("HTML: one page, no network, citations highlighted in their sentence, links between documents")
    func html() {
        let html = GraphFormat.html.render(Self.corpusGraph)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("<mark>Kết luận số 114-KL/TW</mark>"))
        #expect(html.contains("href=\"#n"))
    }
}

/// Counts GraphML nodes, edges and key types.
final class GraphMLReader: NSObject, XMLParserDelegate {
    var nodes = 0
    var edges = 0
    var keys: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "node": nodes += 1
        case "edge": edges += 1
        case "key": if let name = attributes["attr.name"] { keys[name] = attributes["attr.type"] }
        default: break
        }
    }
}

/// RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}
