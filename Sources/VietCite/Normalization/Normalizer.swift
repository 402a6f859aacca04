/// Turns any bytes into clean NFC Vietnamese UTF-8 and remembers where every output byte came from.
///
/// What it rewrites (each change is a segment of the ``OffsetMap``):
/// - ill-formed UTF-8 → U+FFFD, one per maximal ill-formed subsequence;
/// - decomposed text → NFC (Vietnamese letters composed from a table; anything else through ICU, per run),
///   with tone marks typed before the circumflex, breve or horn put after them first;
/// - `Ð` `Ɖ` → `Đ`, `ð` `ɖ` → `đ`; Cyrillic capitals inside Latin codes (`BТС`) → Latin;
/// - NBSP, U+2000–200A, U+202F, U+205F, U+3000 → space; ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, LRM, RLM and other
///   invisible format characters removed; line breaks (LF, CR LF, CR) kept;
/// - dashes U+2010–2015, U+2212, U+FE63 → `-` between parts of a code or a date (`NĐ–CP`, `21 – NQ/TW`);
/// - fullwidth ASCII (`２５／ＮＱ－ＴＷ`) → ASCII, without NFKC's other changes (`m²` stays);
/// - optionally, the tone-mark placement of `oa`, `oe`, `uy` syllables (``ToneStyle``).
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

        /// Creates options; by default the source's tone placement is kept.
        public init(toneStyle: ToneStyle? = nil) { self.toneStyle = toneStyle }
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
        let normalized = source.bytes.withUnsafeBufferPointer { buffer -> NormalizedText in
            var pass = NormalizationPass(input: buffer)
            pass.run()
            return pass.finish(source: source.bytes)
        }
        guard let style = options.toneStyle else { return normalized }
        return ToneStyle.restyle(normalized, to: style)
    }
}
