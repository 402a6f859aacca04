/// Normalized UTF-8 text plus the map back to the original bytes.
///
/// Produced by ``Normalizer``; the tokenizer and matcher read ``bytes``, and every span they find is turned
/// back into a span of the source with ``sourceRange(of:)``.
///
/// ```
///  source bytes  ──Normalizer──▶  bytes (NFC, clean)   +   map: output offset → source byte range
/// ```
@_spi(Stages) public struct NormalizedText: Sendable {
    /// Well-formed NFC UTF-8.
    public let bytes: [UInt8]
    /// Output offset → source range.
    public let map: OffsetMap
    /// The positions where a letter OCR reads for a digit was read as that digit (`2O22` → `2022`), in order
    /// (``OCRDigits``); usually empty.
    public let repairedDigits: [Int]

    init(bytes: [UInt8], map: OffsetMap, repairedDigits: [Int] = []) {
        self.bytes = bytes
        self.map = map
        self.repairedDigits = repairedDigits
    }

    /// The source byte range of a range of normalized bytes.
    ///
    /// - Complexity: O(log *s*) in the number of edits.
    public func sourceRange(of range: Range<Int>) -> Range<Int> { map.sourceRange(ofOutput: range) }

    /// The normalized text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }
}
