/// Turns a ``Match`` (normalized offsets) into a ``Citation`` (source offsets and strings).
enum CitationBuilder {
    static func citation(from match: Match, normalized: NormalizedText, source: SourceText, isSelf: Bool) -> Citation {
        let span = normalized.sourceRange(of: match.range)
        func text(_ range: Range<Int>) -> String {
            normalized.bytes.withUnsafeBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(rebasing: buffer[range])
                let text = String(decoding: bytes, as: UTF8.self)
                return isCollapsed(bytes) ? text : collapseSpaces(text)
            }
        }
        let trigger = match.relation.map { source.text(in: normalized.sourceRange(of: $0.trigger)) }
        var warnings = match.warnings
        if !normalized.repairedDigits.isEmpty {
            for warning in OCRDigits.warnings(for: match, repaired: normalized.repairedDigits)
            where !warnings.contains(warning) {
                warnings.append(warning)
            }
        }
        return Citation(
            span: span, text: source.text(in: span), type: match.type, number: match.number, symbol: match.symbol,
            date: match.date.map { CitationDate(year: $0.year, month: $0.month, day: $0.day) },
            issuer: match.issuerRange.map(text), isSelf: isSelf, issuerCode: match.issuerCode, term: match.term,
            family: match.family, warnings: warnings, name: match.nameRange.map(text), year: match.year,
            pinpoint: match.pinpointRange.map { Pinpoints.parse(text($0)) },
            relation: match.relation?.relation ?? .reference, relationTrigger: trigger.map(collapseSpaces),
            refersTo: match.refersTo, candidates: match.candidates)
    }

    static func collapseSpaces(_ text: String) -> String {
        var text = text
        if text.withUTF8(isCollapsed) { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
    }

    /// The common case: single spaces between words, none at the ends, no line breaks or tabs.
    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in bytes {
            let isSpace = byte == 0x20
            if byte == 0x0A || byte == 0x0D || byte == 0x09 || isSpace && previousWasSpace { return false }
            previousWasSpace = isSpace
        }
        return !previousWasSpace
    }
}
