internal import CVietCiteScan
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

    /// Writes a document's citations in order, each read where it stands: a `for … in` loop copied every citation
    /// (retaining each of its fields) and destroyed the copy after writing it.
    func write(_ citations: [Citation], document: String) {
        citations.withUnsafeBufferPointer { citations in
            guard let first = citations.baseAddress else { return }
            for index in citations.indices { write(first + index, document: document) }
        }
    }

    private func write(_ citation: UnsafePointer<Citation>, document: String) {
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
            let citation = citation.pointee
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
    /// written in place, into room reserved for the whole record at once (``RecordBytes``), with no string per field
    /// (the text fields are copied from the bytes the citations share).
    static func appendJSON(_ citation: UnsafePointer<Citation>, document: String, to bytes: inout [UInt8]) {
        // The source's bytes of the text and the trigger may be ill-formed: those are written as decoded, with
        // U+FFFD. The issuer and name come from normalized text, well-formed.
        let text = citation.pointee.textBytes
        let repairedText = isWellFormed(text) ? nil : String(decoding: text, as: UTF8.self)
        let trigger = citation.pointee.relationTriggerBytes
        let repairedTrigger = trigger.map(isWellFormed) == false ? String(decoding: trigger!, as: UTF8.self) : nil
        let issuer = citation.pointee.issuerBytes
        let name = citation.pointee.nameBytes
        let pinpoint = citation.pointee.pinpoint
        let provision = pinpoint.map(provision)
        // The bytes of every string the record holds, for the room it needs.
        var strings: Int = document.utf8.count + 10 + citation.pointee.family.utf8.count
        strings += repairedText?.utf8.count ?? text.count
        strings += repairedTrigger?.utf8.count ?? trigger?.count ?? 0
        strings += (issuer?.count ?? 0) + (name?.count ?? 0)
        strings += citation.pointee.type?.utf8.count ?? 0
        strings += citation.pointee.number?.utf8.count ?? 0
        strings += citation.pointee.symbol?.utf8.count ?? 0
        strings += citation.pointee.issuerCode?.utf8.count ?? 0
        strings += citation.pointee.term?.utf8.count ?? 0
        strings += pinpoint?.text.utf8.count ?? 0
        strings += citation.pointee.relation.rawValue.utf8.count
        strings += citation.pointee.refersTo?.utf8.count ?? 0
        for value in citation.pointee.candidates { strings += value.utf8.count }
        for value in citation.pointee.warnings { strings += value.utf8.count }
        // Fifteen string fields and the lists' members, each with two quotes (and a comma for a member); the
        // provision is JSON already, copied as it is.
        let members = 15 + citation.pointee.candidates.count + citation.pointee.warnings.count
        let room = RecordBytes.fixedRoom + 6 * strings + 3 * members + (provision?.utf8.count ?? 0)
        bytes.append(addingCapacity: room) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                var out = RecordBytes(buffer.baseAddress!)
                out.raw("{\"document\":")
                out.string(document)
                out.raw(",\"start\":")
                out.number(citation.pointee.span.lowerBound)
                out.raw(",\"end\":")
                out.number(citation.pointee.span.upperBound)
                out.raw(",\"text\":")
                if let repairedText {
                    out.string(repairedText)
                } else {
                    text.withUnsafeBufferPointer { out.string($0) }
                }
                out.raw(",\"type\":")
                if let type = citation.pointee.type { out.string(type) } else { out.raw("null") }
                out.raw(",\"number\":")
                if let number = citation.pointee.number { out.string(number) } else { out.raw("null") }
                out.raw(",\"symbol\":")
                if let symbol = citation.pointee.symbol { out.string(symbol) } else { out.raw("null") }
                out.raw(",\"date\":")
                if let date = citation.pointee.date { out.string(date.description) } else { out.raw("null") }
                out.raw(",\"issuer\":")
                if let issuer { issuer.withUnsafeBufferPointer { out.string($0) } } else { out.raw("null") }
                out.raw(citation.pointee.isSelf ? ",\"self\":true,\"family\":" : ",\"self\":false,\"family\":")
                out.string(citation.pointee.family)
                if let code = citation.pointee.issuerCode {
                    out.raw(",\"issuerCode\":")
                    out.string(code)
                }
                if let term = citation.pointee.term {
                    out.raw(",\"term\":")
                    out.string(term)
                }
                if let name {
                    out.raw(",\"name\":")
                    name.withUnsafeBufferPointer { out.string($0) }
                }
                if let year = citation.pointee.year {
                    out.raw(",\"year\":")
                    out.number(year)
                }
                if let pinpoint, let provision {
                    out.raw(",\"pinpoint\":")
                    out.string(pinpoint.text)
                    out.raw(",\"provision\":")
                    out.json(provision)
                }
                out.raw(",\"relation\":")
                out.string(citation.pointee.relation.rawValue)
                if let trigger {
                    out.raw(",\"relationTrigger\":")
                    if let repairedTrigger {
                        out.string(repairedTrigger)
                    } else {
                        trigger.withUnsafeBufferPointer { out.string($0) }
                    }
                }
                if let refersTo = citation.pointee.refersTo {
                    out.raw(",\"refersTo\":")
                    out.string(refersTo)
                }
                if !citation.pointee.candidates.isEmpty {
                    out.raw(",\"candidates\":")
                    out.strings(citation.pointee.candidates)
                }
                if !citation.pointee.warnings.isEmpty {
                    out.raw(",\"warnings\":")
                    out.strings(citation.pointee.warnings)
                }
                out.raw("}")
                precondition(out.count <= buffer.count, "RecordWriter: a record outgrew the room reserved for it")
                initialized = out.count
            }
        }
    }

    /// True when the bytes are well-formed UTF-8.
    private static func isWellFormed(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return true }
            return vietcite_utf8_is_well_formed(first, buffer.count) != 0
        }
    }

    /// The structured pinpoint: `{"article":["5"],"clause":["2"],"point":["a"]}`, levels that are written only.
    static func provision(_ pinpoint: Pinpoint) -> String {
        let levels: [(String, [String])] = [
            ("part", pinpoint.parts), ("chapter", pinpoint.chapters), ("section", pinpoint.sections),
            ("subsection", pinpoint.subsections), ("article", pinpoint.articles), ("clause", pinpoint.clauses),
            ("point", pinpoint.points), ("subpoint", pinpoint.subpoints), ("annex", pinpoint.annexes),
        ]
        let written = levels.filter { !$0.1.isEmpty }
        let fields = written.map { "\"\($0.0)\":[" + $0.1.map(quote).joined(separator: ",") + "]" }
        return "{" + fields.joined(separator: ",") + "}"
    }

    static func quote(_ text: String) -> String { Escaping.json(text) }
}
