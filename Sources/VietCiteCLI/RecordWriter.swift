import VietCite
import VietCiteGraph

/// Writes citation records (`citation-records.md`) as JSON Lines, a JSON array or a table, one record at a
/// time: output streams and is never held whole.
final class RecordWriter {
    enum Format: String, CaseIterable {
        case jsonl, json, table
    }

    private let out: OutputStream
    private let format: Format
    private var written = 0

    init(out: OutputStream, format: Format) {
        self.out = out
        self.format = format
        if format == .json { out.write("[") }
        if format == .table { out.write("document\tstart\tend\ttype\tsymbol/number\tdate\tissuer\ttext\n") }
    }

    func write(_ citation: Citation, document: String) {
        switch format {
        case .jsonl:
            out.write(Self.json(citation, document: document))
            out.write("\n")
        case .json:
            out.write(written == 0 ? "\n" : ",\n")
            out.write(Self.json(citation, document: document))
        case .table:
            let fields = [
                document, String(citation.span.lowerBound), String(citation.span.upperBound), citation.type ?? "-",
                citation.symbol ?? citation.number ?? "-", citation.date?.description ?? "-", citation.issuer ?? "-",
                citation.text,
            ]
            out.write(fields.map { $0.replacing("\t", with: " ").replacing("\n", with: " ") }.joined(separator: "\t"))
            out.write("\n")
        }
        written += 1
    }

    func finish() {
        if format == .json { out.write(written == 0 ? "]\n" : "\n]\n") }
        out.flush()
    }

    /// One record as a JSON object, keys in contract order; optional keys only when known.
    static func json(_ citation: Citation, document: String) -> String {
        var fields: [(String, String)] = [
            ("document", quote(document)),
            ("start", String(citation.span.lowerBound)),
            ("end", String(citation.span.upperBound)),
            ("text", quote(citation.text)),
            ("type", citation.type.map(quote) ?? "null"),
            ("number", citation.number.map(quote) ?? "null"),
            ("symbol", citation.symbol.map(quote) ?? "null"),
            ("date", citation.date.map { quote($0.description) } ?? "null"),
            ("issuer", citation.issuer.map(quote) ?? "null"),
            ("self", citation.isSelf ? "true" : "false"),
            ("family", quote(citation.family)),
        ]
        if let code = citation.issuerCode { fields.append(("issuerCode", quote(code))) }
        if let term = citation.term { fields.append(("term", quote(term))) }
        if let name = citation.name { fields.append(("name", quote(name))) }
        if let year = citation.year { fields.append(("year", String(year))) }
        if let pinpoint = citation.pinpoint {
            fields.append(("pinpoint", quote(pinpoint.text)))
            fields.append(("provision", provision(pinpoint)))
        }
        fields.append(("relation", quote(citation.relation.rawValue)))
        if let trigger = citation.relationTrigger { fields.append(("relationTrigger", quote(trigger))) }
        if let refersTo = citation.refersTo { fields.append(("refersTo", quote(refersTo))) }
        if !citation.candidates.isEmpty {
            fields.append(("candidates", "[" + citation.candidates.map(quote).joined(separator: ",") + "]"))
        }
        if !citation.warnings.isEmpty {
            fields.append(("warnings", "[" + citation.warnings.map(quote).joined(separator: ",") + "]"))
        }
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    /// The structured pinpoint: `{"article":["5"],"clause":["2"],"point":["a"]}`, levels that are written only.
    static func provision(_ pinpoint: Pinpoint) -> String {
        let levels: [(String, [String])] = [
            ("part", pinpoint.parts), ("chapter", pinpoint.chapters), ("section", pinpoint.sections),
            ("subsection", pinpoint.subsections), ("article", pinpoint.articles), ("clause", pinpoint.clauses),
            ("point", pinpoint.points),
        ]
        let written = levels.filter { !$0.1.isEmpty }
        return "{" + written.map { "\"\($0.0)\":[" + $0.1.map(quote).joined(separator: ",") + "]" }.joined(separator: ",") + "}"
    }

    static func quote(_ text: String) -> String { Escaping.json(text) }
}
