/// Turns any bytes into clean NFC Vietnamese UTF-8 and remembers where every output byte came from.
///
/// What it rewrites (each change is a segment of the ``OffsetMap``):
/// - text saved as UTF-16 (with or without its byte-order mark) → UTF-8 (``UTF16Text``);
/// - text in a legacy encoding (TCVN3, VNI-Windows; raw, or viewed as Windows-1252), and UTF-8 viewed as Windows-1252
///   (`Nghá»‹ Ä‘á»‹nh`) → Unicode (``LegacyEncoding``);
/// - ill-formed UTF-8 → U+FFFD, one per maximal ill-formed subsequence;
/// - decomposed text → NFC (Vietnamese letters composed from a table; anything else through ICU, per run),
///   with tone marks typed before the circumflex, breve or horn put after them first, and a vowel's marks that PDF
///   text puts after a space (`Nghi ̣ định`) composed with it;
/// - `Ð` `Ɖ` → `Đ`, `ð` `ɖ` → `đ`; Cyrillic capitals inside Latin codes (`BТС`) → Latin;
/// - NBSP, U+2000–200A, U+202F, U+205F, U+3000 → space; ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, LRM, RLM and other
///   invisible format characters removed; line breaks (LF, CR LF, CR) kept;
/// - dashes U+2010–2015, U+2212, U+FE63 → `-` between parts of a code or a date (`NĐ–CP`, `21 – NQ/TW`);
/// - fullwidth ASCII (`２５／ＮＱ－ＴＷ`) → ASCII, without NFKC's other changes (`m²` stays); the fraction slash
///   U+2044 and the division slash U+2215 → `/` (`15⁄2020⁄NĐ-CP`, as some PDF text writes it);
/// - HTML markup, in a text that opens as a page does: tags, comments and scripts removed, character references
///   decoded (``Markup``); in other text, character references decoded when it holds numeric ones;
/// - optionally, the tone-mark placement of `oa`, `oe`, `uy` syllables (``ToneStyle``);
/// - when asked (``Options/repairsOCRDigits``), the letters OCR reads for digits, inside numbers joined to a symbol or
///   date (`20l7/QĐ-UBND` → `2017/QĐ-UBND`, ``OCRDigits``), one byte for one: these are not segments of the map but
///   ``NormalizedText/repairedDigits``.
///
/// ```swift
/// let normalized = Normalizer().normalize(SourceText("Nghi\u{0323} đi\u{0323}nh NÐ–CP"))
/// normalized.string                        // "Nghị định NĐ-CP"
/// normalized.sourceRange(of: 0..<4)       // 0..<6 — "Nghị" came from six source bytes
/// ```
///
/// Text that needs none of this (already-NFC web text) is returned without a copy and with an identity map.
/// - Complexity: O(*n*); ICU is called once per run of non-Vietnamese decomposed text, never per token.
@_spi(Stages) public struct Normalizer: Sendable {
    /// Normalization choices.
    public struct Options: Sendable, Hashable {
        /// The tone placement of the output, or nil to keep the source's (the default).
        public var toneStyle: ToneStyle?

        /// Whether HTML markup is read as markup (``Markup``): by default when the text opens as a page does.
        public var markup: MarkupHandling

        /// Whether the letters OCR reads for digits are read as digits inside numbers (``OCRDigits``); off by default
        /// (``CitationExtractor`` repairs a text when its scan meets one, so clean text pays no pass for it).
        public var repairsOCRDigits: Bool

        /// Creates options; by default the source's tone placement is kept, a page's markup is removed and OCR's
        /// letters for digits are left as they are.
        public init(toneStyle: ToneStyle? = nil, markup: MarkupHandling = .automatic, repairsOCRDigits: Bool = false) {
            self.toneStyle = toneStyle
            self.markup = markup
            self.repairsOCRDigits = repairsOCRDigits
        }
    }

    /// Whether a text's HTML markup (tags, comments, character references) is removed before matching.
    public enum MarkupHandling: Sendable, Hashable {
        /// Removed when the text opens with a tag, a comment or a doctype and holds an HTML element near its start;
        /// in other text, only the character references are decoded, when its first 64 KB hold a numeric one
        /// (`Ngh&#7883; &#273;&#7883;nh`).
        case automatic
        /// Always removed.
        case html
        /// Never removed: the text is read as plain text.
        case text
    }

    /// The options this normalizer applies.
    public let options: Options

    /// Creates a normalizer.
    public init(options: Options = Options()) { self.options = options }

    /// Normalizes a document.
    ///
    /// - Complexity: O(*n*).
    public func normalize(_ source: SourceText) -> NormalizedText {
        precondition(source.bytes.count <= OffsetMap.maximumSourceCount,
                     "Normalizer: a document of \(source.bytes.count) bytes is over the 1 GiB limit of its offset map")
        let normalized: NormalizedText
        if let wide = UTF16Text.decode(source.bytes), wide.bytes.count < OffsetMap.maximumPassCount {
            // A document saved as UTF-16: its UTF-8 reading is normalized, and the two maps composed.
            let decoded = NormalizationPass.normalize(wide.bytes)
            normalized = NormalizedText(bytes: decoded.bytes, map: decoded.map.composed(after: wide.map))
        } else if let legacy = LegacyEncoding.decode(source.bytes), legacy.bytes.count < OffsetMap.maximumPassCount {
            // A TCVN3 or VNI document: its Unicode reading is normalized, and the two maps composed. (A reading of
            // 2 GiB or more, three UTF-8 bytes for each byte of a document near the 1 GiB limit, is not taken: the
            // offset map of a pass has the top bit of its source offsets for prefixed segments.)
            let decoded = NormalizationPass.normalize(legacy.bytes)
            normalized = NormalizedText(bytes: decoded.bytes, map: decoded.map.composed(after: legacy.map))
        } else {
            normalized = NormalizationPass.normalize(source.bytes)
        }
        var text = normalized
        if options.markup == .html || options.markup == .automatic && Markup.looksLikeHTML(normalized.bytes) {
            text = Markup.strip(normalized)
        } else if options.markup == .automatic && Markup.holdsNumericReference(normalized.bytes) {
            text = Markup.decodeReferences(normalized)
        }
        if let style = options.toneStyle { text = ToneStyle.restyle(text, to: style) }
        return options.repairsOCRDigits ? OCRDigits.repair(text) : text
    }
}
