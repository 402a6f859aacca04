extension OffsetMap {
    /// This map (output → an intermediate text) followed by `first` (the intermediate text → the source): output →
    /// source, as when a decoded legacy text is normalized in turn.
    ///
    /// - Complexity: O(*s* log *t*) in the segments of the two maps.
    func composed(after first: OffsetMap) -> OffsetMap {
        // The common case: the intermediate text needed nothing more.
        if isIdentity { return first }
        var builder = Builder()
        for (index, segment) in segments.enumerated() {
            let outEnd = index + 1 < segments.count ? segments[index + 1].outStart : outputCount
            if segment.isIdentity {
                let length = outEnd - segment.outStart
                builder.appendMapped(from: first, output: segment.inStart..<(segment.inStart + length),
                                     outStart: segment.outStart)
            } else {
                // A prefixed segment's unchanged stretch first, then its edit.
                builder.appendMapped(from: first, output: segment.inStart..<segment.editStart,
                                     outStart: segment.outStart)
                builder.appendEdit(outStart: segment.outStart + segment.prefix,
                                   source: first.sourceRange(ofOutput: segment.editStart..<segment.inEnd))
            }
        }
        return builder.build(outputCount: outputCount, sourceCount: first.sourceCount)
    }
}
