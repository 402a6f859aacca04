@_spi(Records) import VietCite
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
    /// The record being written, reused from one record to the next.
    private var record: [UInt8] = []

    init(out: OutputStream, format: Format) {
        self.out = out
        self.format = format
        if format == .json { out.write("[") }
        if format == .table { out.write("document\tstart\tend\ttype\tsymbol/number\tdate\tissuer\ttext\n") }
    }

    func write(_ citation: Citation, document: String) {
        switch format {
        case .jsonl:
            record.removeAll(keepingCapacity: true)
            Self.appendJSON(citation, document: document, to: &record)
            record.append(0x0A)
            out.write(record)
        case .json:
            out.write(written == 0 ? "\n" : ",\n")
            record.removeAll(keepingCapacity: true)
            Self.appendJSON(citation, document: document, to: &record)
            out.write(record)
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

    /// Appends one record as a JSON object to `bytes`, keys in contract order, optional keys only when known:
    /// written in place, with no string per field (the text fields are copied from the bytes the citations share).
    static func appendJSON(_ citation: Citation, document: String, to bytes: inout [UInt8]) {
        var record = JSONObject(taking: &bytes)
        record.string("document", document)
        record.number("start", citation.span.lowerBound)
        record.number("end", citation.span.upperBound)
        record.string("text", utf8: citation.textBytes)
        record.string("type", citation.type, orNull: true)
        record.string("number", citation.number, orNull: true)
        record.string("symbol", citation.symbol, orNull: true)
        record.string("date", citation.date?.description, orNull: true)
        record.string("issuer", utf8: citation.issuerBytes, wellFormed: true, orNull: true)
        record.raw("self", citation.isSelf ? "true" : "false")
        record.string("family", citation.family)
        record.string("issuerCode", citation.issuerCode)
        record.string("term", citation.term)
        record.string("name", utf8: citation.nameBytes, wellFormed: true)
        if let year = citation.year { record.number("year", year) }
        if let pinpoint = citation.pinpoint {
            record.string("pinpoint", pinpoint.text)
            record.raw("provision", provision(pinpoint))
        }
        record.string("relation", citation.relation.rawValue)
        record.string("relationTrigger", utf8: citation.relationTriggerBytes)
        record.string("refersTo", citation.refersTo)
        if !citation.candidates.isEmpty { record.strings("candidates", citation.candidates) }
        if !citation.warnings.isEmpty { record.strings("warnings", citation.warnings) }
        record.close(into: &bytes)
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
