/// Finds the citations of Vietnamese documents: the one entry point of the library.
///
/// ```swift
/// let extractor = CitationExtractor()
/// let document = extractor.extract(from: SourceText(bytes: fileBytes))
/// for citation in document.citations {
///     print(citation.span, citation.symbol ?? citation.text)
/// }
/// ```
/// Extraction never throws on content: any bytes are accepted and every span points into the original bytes.
/// A document may be up to ``maximumDocumentSize`` bytes (1 GiB; offsets are kept in 32 bits); a larger one
/// is a programming error and traps, so split it first (the CLI reports such a file and skips it).
/// The extractor is a value type and `Sendable`; documents can be extracted concurrently.
/// - Complexity: O(*n*) in the size of the document.
public struct CitationExtractor: Sendable {
    private let normalizer = Normalizer()

    /// The largest document, in bytes, that one call can extract: 1 GiB.
    public static let maximumDocumentSize = OffsetMap.maximumSourceCount

    /// Creates an extractor.
    public init() {}

    /// True when the first 4 KB of a text (all of it, when shorter) hold no letter beyond ASCII: no lead byte of
    /// U+00C0–U+01BF (C3–C6) and none of the Vietnamese block U+1EA0–U+1EFF (E1 BA, E1 BB). Typographic quotes and
    /// dashes (E2 80 …) are no letters.
    static func opensWithoutMarks(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        let head = bytes.prefix(4096)
        for index in head.indices {
            let byte = head[index]
            if byte >= 0xC3 && byte <= 0xC6 { return false }
            if byte == 0xE1 && index + 1 < head.endIndex && head[index + 1] & 0xFE == 0xBA { return false }
        }
        return true
    }

    /// Extracts every citation of a document.
    ///
    /// - Parameter source: the document's original bytes.
    /// - Returns: the document with its citations in document order.
    /// - Complexity: O(*n*).
    public func extract(from source: SourceText) -> ExtractedDocument {
        var normalized = normalizer.normalize(source)
        // The scan reads each mention's pinpoint and relation as it finds it (`Matcher.append`). When it meets a
        // letter OCR writes for a digit beside a number (`20l7/QĐ-UBND`), the text is repaired and scanned again;
        // when it meets a type word that lost its marks (`Nghi dinh so`), the text is scanned again with the anchors
        // that find type words without their tone (`Nghị quyêt Trung ương 4`), as it is after a repair.
        // A text whose first 4 KB hold no letter beyond ASCII was written without marks: it is scanned with those
        // anchors at once (a text that names documents only by name, `Nghi quyet Dai hoi XIII cua Dang`, shows no
        // type word that lost its marks beside a number).
        var sawConfusable = false
        var sawLostMarks = false
        let unmarked = Self.opensWithoutMarks(normalized.bytes)
        var matches = Matcher.matches(in: normalized.bytes, sawOCRConfusable: &sawConfusable,
                                      sawLostMarks: &sawLostMarks, unmarked: unmarked)
        var scanAgain = sawLostMarks && !unmarked
        if sawConfusable {
            let repaired = OCRDigits.repair(normalized)
            if !repaired.repairedDigits.isEmpty {
                normalized = repaired
                scanAgain = true
            }
        }
        if scanAgain {
            // (The first scan's mentions freed first: a large document holds only one set at a time.)
            matches = []
            matches = Matcher.matches(in: normalized.bytes, sawOCRConfusable: &sawConfusable,
                                      sawLostMarks: &sawLostMarks, unmarked: true)
        }
        Coordination.shareFields(&matches, in: normalized.bytes)
        PostposedRelations.assign(&matches, in: normalized.bytes)
        Resolution.resolve(&matches, in: normalized.bytes)
        let header = SelfMention.index(in: matches, text: normalized.bytes)
            ?? SelfMention.titleIndex(in: matches, text: normalized.bytes)
            ?? SelfMention.captionIndex(in: matches, text: normalized.bytes)
        let selfIndices = SelfMention.indices(in: matches, header: header, text: normalized.bytes)
        if selfIndices.isEmpty { Relations.dropOtherDocumentsActs(&matches, in: normalized.bytes) }
        SelfMention.typeHeader(&matches, header: header, in: normalized.bytes)
        Relations.dropPresentedDocumentsActs(&matches, header: header, in: normalized.bytes)
        SelfMention.dateHeader(&matches, header: header, in: normalized.bytes,
                               repairedDigits: normalized.repairedDigits)
        SelfMention.flagLaterDates(&matches, header: header, selfIndices: selfIndices)
        Consolidation.assign(&matches, header: header, in: normalized.bytes)
        // Through the buffer: iterating the elements would copy each ``Match``.
        let citations = matches.withUnsafeBufferPointer { matches in
            CitationBuilder.citations(from: matches, normalized: normalized, source: source, selfIndices: selfIndices)
        }
        return ExtractedDocument(source: source, citations: citations)
    }

    /// The citations of a string.
    ///
    /// - Complexity: O(*n*).
    public func citations(in text: String) -> [Citation] {
        extract(from: SourceText(text)).citations
    }
}
