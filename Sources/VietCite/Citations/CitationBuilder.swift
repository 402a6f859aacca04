/// Turns a ``Match`` (normalized offsets) into a ``Citation`` (source offsets and strings).
enum CitationBuilder {
    static func citation(from match: Match, normalized: NormalizedText, source: SourceText, isSelf: Bool) -> Citation {
        let span = normalized.sourceRange(of: match.range)
        func text(_ range: Range<Int>) -> String {
            collapseSpaces(String(decoding: normalized.bytes[range], as: UTF8.self))
        }
        let trigger = match.relation.map { source.text(in: normalized.sourceRange(of: $0.trigger)) }
        return Citation(
            span: span, text: source.text(in: span), type: match.type, number: match.number, symbol: match.symbol,
            date: match.date.map { CitationDate(year: $0.year, month: $0.month, day: $0.day) },
            issuer: match.issuerRange.map(text), isSelf: isSelf, issuerCode: match.issuerCode, term: match.term,
            family: match.family, warnings: match.warnings, name: match.nameRange.map(text), year: match.year,
            pinpoint: match.pinpointRange.map { Pinpoints.parse(text($0)) },
            relation: match.relation?.relation ?? .reference, relationTrigger: trigger.map(collapseSpaces),
            refersTo: match.refersTo, candidates: match.candidates)
    }

    static func collapseSpaces(_ text: String) -> String {
        // The common case: single spaces only, nothing to rewrite.
        var previousWasSpace = true
        var clean = true
        for byte in text.utf8 {
            let isSpace = byte == 0x20
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || isSpace && previousWasSpace {
                clean = false
                break
            }
            previousWasSpace = isSpace
        }
        if clean && !previousWasSpace { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }
}
