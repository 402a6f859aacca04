/// A later pass over a normalized text (markup removal, tone restyling): stretches copied unchanged and stretches
/// replaced, with the offset map composed so every output byte still points into the original source.
struct TextRewrite {
    private let text: NormalizedText
    private var output: [UInt8] = []
    private var builder = OffsetMap.Builder()
    /// Where the text not yet copied or replaced starts.
    private var copied = 0

    init(_ text: NormalizedText) {
        self.text = text
        output.reserveCapacity(text.bytes.count)
    }

    /// True once something was replaced.
    private(set) var changed = false

    /// Writes `bytes` in place of `range` of the text (which must not start before what was written already).
    mutating func replace(_ range: Range<Int>, with bytes: some Collection<UInt8>) {
        copy(upTo: range.lowerBound)
        builder.appendEdit(outStart: output.count, source: text.sourceRange(of: range))
        output.append(contentsOf: bytes)
        copied = range.upperBound
        changed = true
    }

    /// The rewritten text, or the text itself when nothing was replaced.
    mutating func finish() -> NormalizedText {
        guard changed else { return text }
        copy(upTo: text.bytes.count)
        let map = builder.build(outputCount: output.count, sourceCount: text.map.sourceCount)
        return NormalizedText(bytes: output, map: map)
    }

    private mutating func copy(upTo end: Int) {
        builder.appendMapped(from: text.map, output: copied..<end, outStart: output.count)
        output.append(contentsOf: text.bytes[copied..<end])
    }
}
