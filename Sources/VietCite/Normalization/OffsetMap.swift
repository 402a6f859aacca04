internal import CVietCiteScan

/// Maps offsets in normalized text back to byte ranges in the original bytes.
///
/// The map is a sorted list of segments. An *identity* segment is a stretch copied unchanged (output byte
/// `o` comes from source byte `inStart + (o - outStart)`); an *edit* segment is a unit of rewriting
/// (one composed syllable letter, one replaced space, one U+FFFD for an invalid sequence, one ICU run)
/// whose every output byte comes from the whole source range. A removed character (zero-width space, BOM)
/// is an edit segment with no output bytes. Text that needed no change has no segments at all. An edit of a few
/// source bytes right after an unchanged stretch (a composed letter after the text before it) is held in one
/// *prefixed* segment: the stretch, then the edit.
///
/// ```
///  source  | H | o | ̀ | a |      output | H | ò | a |
///           0   1   2..3 4               0   1..2 3
///  segments: identity out 0 ← in 0..<1; edit out 1..<3 ← in 1..<4; identity out 3 ← in 4..<5
/// ```
@_spi(Stages) public struct OffsetMap: Sendable {
    /// One segment in twelve bytes: 32-bit offsets (inputs are below 4 GiB), the identity flag in the top bit
    /// of the source length. A decomposed text has a segment per composed letter, so the size matters. Held as
    /// the C struct the normalizer's C loop writes (`vietcite_offset_segment`), so both agree on the layout.
    ///
    /// A prefixed segment (an unchanged stretch, then an edit of at most 15 source bytes) has the top bit of its
    /// source start set (source offsets are below 2 GiB: ``OffsetMap/maximumPassCount``), the edit's source length
    /// in the low four bits of the length and the stretch's length above them: a decomposed text's letter and the
    /// text before it take one segment instead of two.
    struct Segment: Sendable, Equatable {
        private var raw: vietcite_offset_segment
        private var out32: UInt32 {
            get { raw.out }
            set { raw.out = newValue }
        }
        private var in32: UInt32 {
            get { raw.in }
            set { raw.in = newValue }
        }
        private var lengthAndFlag: UInt32 {
            get { raw.length_and_flag }
            set { raw.length_and_flag = newValue }
        }

        private static let identityFlag: UInt32 = 1 << 31
        private static let prefixedFlag: UInt32 = 1 << 31
        /// The longest edit a prefixed segment holds, in source bytes, and the longest stretch before it.
        static let maximumPrefixedEdit = 15
        static let maximumPrefix = (1 << 27) - 1

        /// Offsets are below 4 GiB and lengths below 2 GiB (``OffsetMap/maximumSourceCount``, checked when a
        /// document is normalized), so they are narrowed without a check: a decomposed text makes a segment per
        /// letter.
        @inline(__always)
        init(outStart: Int, inStart: Int, inEnd: Int, isIdentity: Bool) {
            raw = vietcite_offset_segment(
                out: UInt32(truncatingIfNeeded: outStart), in: UInt32(truncatingIfNeeded: inStart),
                length_and_flag: UInt32(truncatingIfNeeded: inEnd - inStart) | (isIdentity ? Self.identityFlag : 0))
        }

        /// The unchanged stretch `inStart..<inStart + prefix` (output from `outStart`), then the edit of the
        /// `edit` source bytes after it; `prefix` at most ``maximumPrefix``, `edit` at most ``maximumPrefixedEdit``.
        @inline(__always)
        init(outStart: Int, inStart: Int, prefix: Int, edit: Int) {
            raw = vietcite_offset_segment(
                out: UInt32(truncatingIfNeeded: outStart),
                in: UInt32(truncatingIfNeeded: inStart) | Self.prefixedFlag,
                length_and_flag: UInt32(truncatingIfNeeded: prefix) << 4 | UInt32(truncatingIfNeeded: edit))
        }

        static func == (a: Segment, b: Segment) -> Bool {
            a.out32 == b.out32 && a.in32 == b.in32 && a.lengthAndFlag == b.lengthAndFlag
        }

        var outStart: Int { Int(out32) }
        var inStart: Int { Int(in32 & ~Self.prefixedFlag) }
        var isIdentity: Bool { lengthAndFlag & Self.identityFlag != 0 }
        /// True for an unchanged stretch and an edit held together.
        var isPrefixed: Bool { in32 & Self.prefixedFlag != 0 }
        /// The length of a prefixed segment's unchanged stretch (in the source and in the output), else 0.
        var prefix: Int { isPrefixed ? Int(lengthAndFlag >> 4) : 0 }
        /// Where the segment's edit starts in the source (after its unchanged stretch), for an edit segment.
        var editStart: Int { inStart + prefix }
        var inEnd: Int {
            get {
                isPrefixed ? inStart + Int(lengthAndFlag >> 4) + Int(lengthAndFlag & 15)
                    : inStart + Int(lengthAndFlag & ~Self.identityFlag)
            }
            // Only an identity segment is extended.
            set { lengthAndFlag = UInt32(newValue - Int(in32)) | (lengthAndFlag & Self.identityFlag) }
        }
    }

    /// The largest input the map can describe: 1 GiB, so that even an output three times as long (every byte
    /// invalid, each becoming U+FFFD) keeps its offsets below 4 GiB.
    public static let maximumSourceCount = 1 << 30

    /// The longest text the normalizer's pass reads (a document, or a legacy document's Unicode reading), so that
    /// every source offset of every map is below 2 GiB and the top bit of a segment's source start is free to mark a
    /// prefixed segment.
    static let maximumPassCount = 1 << 31

    /// Held as the normalizer wrote them, without a copy: a decomposed text's map is the largest thing it makes.
    let segments: FrozenBuffer<Segment>
    /// The number of output bytes the map covers.
    public let outputCount: Int
    /// The number of source bytes the map covers.
    public let sourceCount: Int

    /// The map of text that was not changed: every offset maps to itself.
    static func identity(count: Int) -> OffsetMap {
        OffsetMap(segments: noSegments, outputCount: count, sourceCount: count)
    }

    init(segments: FrozenBuffer<Segment>, outputCount: Int, sourceCount: Int) {
        self.segments = segments
        self.outputCount = outputCount
        self.sourceCount = sourceCount
    }

    /// True when output and source are byte-identical.
    public var isIdentity: Bool { segments.isEmpty && outputCount == sourceCount }

    /// The source byte range that output byte `offset` came from.
    ///
    /// - Complexity: O(log *s*) in the number of segments.
    public func sourceRange(ofOutputByte offset: Int) -> Range<Int> {
        guard !segments.isEmpty else { return offset..<(offset + 1) }
        let index = segmentIndex(containing: offset)
        let segment = segments[index]
        if segment.isIdentity || offset < segment.outStart + segment.prefix {
            let source = segment.inStart + (offset - segment.outStart)
            return source..<(source + 1)
        }
        return segment.editStart..<segment.inEnd
    }

    /// The smallest source byte range that covers the output range.
    ///
    /// An empty output range maps to the empty source range at the position of its start.
    /// - Complexity: O(log *s*).
    public func sourceRange(ofOutput range: Range<Int>) -> Range<Int> {
        if segments.isEmpty { return range }
        if range.isEmpty {
            let start = range.lowerBound >= outputCount
                ? sourceCount : sourceRange(ofOutputByte: range.lowerBound).lowerBound
            return start..<start
        }
        let lower = sourceRange(ofOutputByte: range.lowerBound).lowerBound
        let upper = sourceRange(ofOutputByte: range.upperBound - 1).upperBound
        return lower..<upper
    }

    /// The index of the last non-empty segment whose output starts at or before `offset`.
    private func segmentIndex(containing offset: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].outStart <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Each place where the output differs from the source: source range and output range.
    public var edits: [(source: Range<Int>, output: Range<Int>)] {
        var result: [(source: Range<Int>, output: Range<Int>)] = []
        for (index, segment) in segments.enumerated() where !segment.isIdentity {
            let outEnd = index + 1 < segments.count ? segments[index + 1].outStart : outputCount
            result.append((segment.editStart..<segment.inEnd, (segment.outStart + segment.prefix)..<outEnd))
        }
        return result
    }

    #if VIETCITE_INTERNAL_CHECKS
    func _checkInvariants() {
        var previousOut = 0
        var previousIn = 0
        for (index, segment) in segments.enumerated() {
            let outEnd = index + 1 < segments.count ? segments[index + 1].outStart : outputCount
            precondition(segment.outStart >= previousOut, "OffsetMap: output offsets go backwards at segment \(index)")
            precondition(segment.inStart >= previousIn, "OffsetMap: source offsets go backwards at segment \(index)")
            precondition(segment.inEnd >= segment.inStart, "OffsetMap: negative source range at segment \(index)")
            if segment.isIdentity {
                precondition(outEnd - segment.outStart == segment.inEnd - segment.inStart,
                             "OffsetMap: identity segment \(index) changes length")
            }
            precondition(outEnd - segment.outStart >= segment.prefix,
                         "OffsetMap: prefixed segment \(index) ends inside its unchanged stretch")
            previousOut = segment.outStart
            previousIn = segment.inEnd
        }
        precondition(previousIn <= sourceCount, "OffsetMap: source range past the end")
    }
    #else
    @inline(__always) func _checkInvariants() {}
    #endif
}

/// The segments of every identity map: one empty table, not one per document.
private let noSegments = FrozenBuffer<OffsetMap.Segment>()

extension OffsetMap {
    /// Accumulates segments while the normalizer writes its output.
    struct Builder {
        /// A decomposed text appends a segment per letter: written without `Array`'s checks.
        private let segments = GrowableBuffer<Segment>()

        /// Output `outStart..<outStart+source.count` is `source` unchanged.
        @inline(__always)
        mutating func appendIdentity(outStart: Int, source: Range<Int>) {
            guard !source.isEmpty, !extendsLast(outStart: outStart, source: source) else { return }
            segments.append(Segment(outStart: outStart, inStart: source.lowerBound, inEnd: source.upperBound,
                                    isIdentity: true))
        }

        /// Extends the last segment over `source` when it is an identity segment that ends just where `source`
        /// begins, in the source and in the output; true when it did.
        @inline(__always)
        private func extendsLast(outStart: Int, source: Range<Int>) -> Bool {
            guard segments.count > 0, case let last = segments.last, last.isIdentity, last.inEnd == source.lowerBound,
                  last.outStart + (last.inEnd - last.inStart) == outStart else { return false }
            segments.last.inEnd = source.upperBound
            return true
        }

        /// ``appendIdentity(outStart:source:)`` of `identity`, then ``appendEdit(outStart:source:)`` of `edit`
        /// right after it in the output, with one capacity check for both.
        /// A stretch that cannot join the segment before and an edit of a few bytes right after it take one
        /// prefixed segment (as `vietcite_compose_ascii_vowels` writes them).
        @inline(__always)
        mutating func appendIdentityAndEdit(outStart: Int, identity: Range<Int>, edit: Range<Int>) {
            let slots = segments.room(2)
            var written = 0
            if !identity.isEmpty && !extendsLast(outStart: outStart, source: identity) {
                if identity.upperBound == edit.lowerBound && identity.count <= Segment.maximumPrefix
                    && edit.count <= Segment.maximumPrefixedEdit {
                    slots[0] = Segment(outStart: outStart, inStart: identity.lowerBound, prefix: identity.count,
                                       edit: edit.count)
                    segments.advance(1)
                    return
                }
                slots[0] = Segment(outStart: outStart, inStart: identity.lowerBound, inEnd: identity.upperBound,
                                   isIdentity: true)
                written = 1
            }
            slots[written] = Segment(outStart: outStart + identity.count, inStart: edit.lowerBound,
                                     inEnd: edit.upperBound, isIdentity: false)
            segments.advance(written + 1)
        }

        /// For the normalizer's C loop: the segments' storage after making room for `extra` more, as the C struct
        /// (a ``Segment`` is that struct and nothing else), with the number written and the number that fit.
        /// Only C writes through it; ``setCount(_:)`` then records what it wrote.
        @inline(__always)
        func storage(reserving extra: Int)
            -> (base: UnsafeMutablePointer<vietcite_offset_segment>, count: Int, capacity: Int) {
            let (base, capacity) = segments.storage(reserving: extra)
            let raw = UnsafeMutableRawPointer(base).assumingMemoryBound(to: vietcite_offset_segment.self)
            return (raw, segments.count, capacity)
        }

        /// Records the segments the C loop wrote into ``storage(reserving:)``.
        @inline(__always)
        func setCount(_ count: Int) { segments.setCount(count) }

        /// Output starting at `outStart` (up to the next segment) was produced from all of `source`.
        @inline(__always)
        mutating func appendEdit(outStart: Int, source: Range<Int>) {
            segments.append(Segment(outStart: outStart, inStart: source.lowerBound, inEnd: source.upperBound,
                                    isIdentity: false))
        }

        /// Appends the part of `map` that covers `output` of the intermediate text, shifted to `outStart`.
        /// Used when a later pass copies a stretch of an already-normalized text unchanged.
        mutating func appendMapped(from map: OffsetMap, output: Range<Int>, outStart: Int) {
            guard !output.isEmpty else { return }
            if map.segments.isEmpty {
                appendIdentity(outStart: outStart, source: output)
                return
            }
            var index = map.segmentIndex(containing: output.lowerBound)
            while index < map.segments.count {
                let segment = map.segments[index]
                let segmentEnd = index + 1 < map.segments.count ? map.segments[index + 1].outStart : map.outputCount
                if segment.outStart >= output.upperBound { break }
                // A prefixed segment as the two it holds: its unchanged stretch, then its edit.
                if segment.isPrefixed {
                    let editOut = segment.outStart + segment.prefix
                    appendPiece(identity: true, out: segment.outStart..<editOut, inStart: segment.inStart,
                                inEnd: segment.editStart, of: output, at: outStart)
                    appendPiece(identity: false, out: editOut..<segmentEnd, inStart: segment.editStart,
                                inEnd: segment.inEnd, of: output, at: outStart)
                } else {
                    appendPiece(identity: segment.isIdentity, out: segment.outStart..<segmentEnd,
                                inStart: segment.inStart, inEnd: segment.inEnd, of: output, at: outStart)
                }
                index += 1
            }
        }

        /// The part of one piece of a map (an unchanged stretch or an edit, `out` in that map's output, from source
        /// `inStart..<inEnd`) that covers `output`, shifted to `outStart`.
        private mutating func appendPiece(identity: Bool, out: Range<Int>, inStart: Int, inEnd: Int,
                                          of output: Range<Int>, at outStart: Int) {
            let lower = max(out.lowerBound, output.lowerBound)
            let upper = min(out.upperBound, output.upperBound)
            guard upper > lower || out.lowerBound >= output.lowerBound && out.lowerBound < output.upperBound else {
                return
            }
            let shifted = outStart + (lower - output.lowerBound)
            if identity {
                let inLower = inStart + (lower - out.lowerBound)
                appendIdentity(outStart: shifted, source: inLower..<(inLower + (upper - lower)))
            } else {
                appendEdit(outStart: shifted, source: inStart..<inEnd)
            }
        }

        func build(outputCount: Int, sourceCount: Int) -> OffsetMap {
            let map = OffsetMap(segments: segments.freeze(), outputCount: outputCount, sourceCount: sourceCount)
            map._checkInvariants()
            return map
        }
    }
}
