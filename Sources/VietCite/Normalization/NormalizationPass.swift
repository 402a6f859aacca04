internal import CVietCiteScan

/// One run of the normalizer over one buffer: a byte cursor that copies unchanged stretches lazily and
/// writes edits with their source ranges.
struct NormalizationPass {
    let input: UnsafeBufferPointer<UInt8>
    /// Written from the first edit on, into the storage of the array that becomes the normalized bytes
    /// (``normalize(_:)``).
    private var output: GrowableBuffer<UInt8>
    private var map = OffsetMap.Builder()
    /// Start of the unchanged stretch that has not been copied to `output` yet.
    private var pending = 0
    /// False until the first edit: unchanged input is returned without a copy.
    private var edited = false

    /// Read once per pass (a static table read in the loop pays a lazy-initialization check each time).
    private let composedASCII = ComposedASCII.table
    private let keptPairs = Self.keptPairTable

    /// A pass over `input` that writes into `storage`, ``outputCapacity(for:)`` bytes of uninitialized memory.
    private init(input: UnsafeBufferPointer<UInt8>, output storage: UnsafeMutableBufferPointer<UInt8>) {
        self.input = input
        output = GrowableBuffer(adopting: storage)
    }

    /// The room the output is given: the input's length and an eighth to spare for edits that lengthen the text, and
    /// the 64 bytes the composer of decomposed vowels asks for at a time; the buffer grows past it when it must.
    static func outputCapacity(for count: Int) -> Int { count + count / 8 + 64 }

    /// One pass over `bytes`. The output is written straight into the storage of the array that becomes the
    /// normalized bytes: copied out of a buffer of its own, a 100 MB text cost the kernel 100 MB more of fresh pages
    /// to fault in and clear, and a copy of 100 MB, in every document with one edit.
    static func normalize(_ bytes: [UInt8]) -> NormalizedText {
        precondition(bytes.count < OffsetMap.maximumPassCount, "NormalizationPass: over 2 GiB of text in one pass")
        return bytes.withUnsafeBufferPointer { buffer -> NormalizedText in
            var pass: NormalizationPass?
            var holdsOutput = false
            let written = [UInt8](unsafeUninitializedCapacity: outputCapacity(for: buffer.count)) { storage, count in
                var adopted = NormalizationPass(input: buffer, output: storage)
                adopted.run()
                if adopted.edited { adopted.flush(upTo: buffer.count) }
                // Only what stayed in the array's storage is the array's; moved out (the text grew past the room it
                // was given), it is copied from the buffer instead.
                holdsOutput = adopted.edited && adopted.output.isInAdoptedStorage
                count = holdsOutput ? adopted.output.count : 0
                pass = adopted
            }
            return pass!.finish(source: bytes, written: holdsOutput ? written : nil)
        }
    }

    // MARK: - Entry point

    mutating func run() {
        guard let p = input.baseAddress else { return }
        let count = input.count
        // The kept-letter loop runs in C (`vietcite_skip_kept`) except at scan level 0, where the Swift loop below is
        // the reference the tests compare it with.
        let inC = vietcite_scan_level() > 0
        let keptPairs = self.keptPairs
        keptPairs.withUnsafeBufferPointer { kept in
            var index = 0
            // Where the block scan is tried next. A try that passes at least 64 bytes is tried again at once; after
            // one that passes less (text dense with edits: NFD, noisy pages), the byte loop runs on for 64 bytes, then
            // twice as far after each such try in a row, up to 2 KB: a failed try costs about as much as 100 bytes of
            // byte loop.
            var nextBlockTry = 2
            var backoff = 64
            while index < count {
                // Clean text, sixteen bytes at a time (`NormalizationPass+Blocks.swift`).
                if index >= nextBlockTry {
                    let skipped = Self.skipCleanBlocks(p, from: index, count)
                    if skipped - index >= 64 {
                        nextBlockTry = skipped
                        backoff = 64
                    } else {
                        nextBlockTry = skipped + backoff
                        backoff = min(backoff * 2, 2048)
                    }
                    index = skipped
                }
                if inC {
                    // ASCII and kept letters up to the next block try, or the first byte to handle.
                    index = vietcite_skip_kept(p, index, count, nextBlockTry, kept.baseAddress!)
                    if index >= nextBlockTry { continue }
                } else {
                    index = Self.skipKept(p, from: index, count, kept: kept)
                }
                if index < count && p[index] >= 0x80 { index = handleNonASCII(p, at: index, count) }
            }
        }
    }

    /// ASCII (eight bytes at a time) and letters that stay as they are (Vietnamese in NFC, most of Latin-1 and Latin
    /// Extended, the punctuation U+2016–U+2027), read with table look-ups, without decoding; returns the first byte
    /// that is neither, or where a run of ASCII leaves at least eight bytes for the block scan to try.
    private static func skipKept(_ p: UnsafePointer<UInt8>, from start: Int, _ count: Int,
                                 kept: UnsafeBufferPointer<UInt8>) -> Int {
        var index = nextNonASCII(p, from: start, count)
        while index < count {
            let lead = p[index]
            if lead < 0x80 {
                index += 1
            } else if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && p[index + 1] & 0xC0 == 0x80
                && kept[Int(lead - 0xC2) << 6 | Int(p[index + 1] & 0x3F)] != 0 {
                index += 2
            } else if lead == 0xE1 && index + 2 < count && p[index + 1] & 0xFC == 0xB8 && p[index + 2] & 0xC0 == 0x80 {
                // U+1E00–U+1EFF, Latin Extended Additional: precomposed, NFC, kept.
                index += 3
            } else if lead == 0xE2 && index + 2 < count && p[index + 1] == 0x80 && p[index + 2] &- 0x96 <= 0x11 {
                // U+2016–U+2027: curly quotes, bullet, ellipsis; kept.
                index += 3
            } else {
                break
            }
            if lead < 0x80 && index + 8 <= count { break }
        }
        return index
    }

    /// For each two-byte sequence (lead 0xC2–0xDF, continuation 0x80–0xBF): true when its scalar is kept
    /// unchanged (not a lookalike, space, mark, Cyrillic or a character ICU must see).
    private static let keptPairTable: [UInt8] = (0..<(30 << 6)).map { index in
        let scalar = UInt32((index >> 6) + 0xC2 - 0xC0) << 6 | UInt32(index & 0x3F)
        if case .keep = ScalarClass.of(scalar) { return 1 }
        return 0
    }

    /// The normalized text, once the whole input is flushed: `source` itself when nothing was edited, else
    /// `written` when it holds the output, else the output copied out of the buffer.
    private func finish(source: [UInt8], written: [UInt8]?) -> NormalizedText {
        guard edited else { return NormalizedText(bytes: source, map: .identity(count: source.count)) }
        return NormalizedText(bytes: written ?? output.array,
                              map: map.build(outputCount: output.count, sourceCount: input.count))
    }

    // MARK: - Emitting

    private mutating func beginEditing() {
        if !edited {
            edited = true
            output.reserve(Self.outputCapacity(for: input.count))
        }
    }

    /// Copies the unchanged stretch `pending..<end`.
    @inline(__always)
    private mutating func flush(upTo end: Int) {
        guard end > pending else { return }
        let outStart = output.count
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[pending..<end]))
        map.appendIdentity(outStart: outStart, source: pending..<end)
        pending = end
    }

    /// Writes `bytes` in place of `source`.
    private mutating func emit(_ bytes: some Sequence<UInt8>, replacing source: Range<Int>) {
        beginEditing()
        flush(upTo: source.lowerBound)
        map.appendEdit(outStart: output.count, source: source)
        for byte in bytes { output.append(byte) }
        pending = source.upperBound
    }

    /// Writes `scalar` in place of `source`, after the unchanged stretch before it. The normalizer's hot path (a
    /// decomposed text makes one per letter): the stretch and the letter are written into one reservation, their
    /// two map segments into another.
    @inline(__always)
    private mutating func emit(scalar: UInt32, replacing source: Range<Int>) {
        let (packed, length) = UTF8Decoding.encode(scalar)
        emit(packed: packed, length: length, replacing: source)
    }

    /// ``emit(scalar:replacing:)`` of a scalar already encoded: its UTF-8 bytes, little-endian, and their number.
    @inline(__always)
    private mutating func emit(packed: UInt32, length: Int, replacing source: Range<Int>) {
        beginEditing()
        let stretch = pending..<max(pending, source.lowerBound)
        let outStart = output.count
        let destination = output.room(stretch.count + 4)
        if let first = input.baseAddress {
            GrowableBuffer.copy(first + stretch.lowerBound, to: destination, count: stretch.count)
        }
        UnsafeMutableRawPointer(destination + stretch.count).storeBytes(of: packed.littleEndian, as: UInt32.self)
        output.advance(stretch.count + length)
        map.appendIdentityAndEdit(outStart: outStart, identity: stretch, edit: source)
        pending = source.upperBound
    }

    // MARK: - Dispatch

    /// Handles the non-ASCII scalar at `index`; returns where scanning continues.
    private mutating func handleNonASCII(_ p: UnsafePointer<UInt8>, at index: Int, _ count: Int) -> Int {
        if p[index] == 0xCC, let end = composeASCIIVowel(p, at: index, count) {
            return composeASCIIVowels(p, from: end, count)
        }
        let (scalar, length) = UTF8Decoding.decode(p, index, count)
        let end = index + length
        if scalar == UTF8Decoding.invalid {
            emit(scalar: 0xFFFD, replacing: index..<end)
            return end
        }
        switch ScalarClass.of(scalar) {
        case .keep:
            return end
        case .replace(let replacement):
            emit(scalar: replacement, replacing: index..<end)
            return end
        case .remove:
            // No bytes in its place (ZWSP, BOM, soft hyphen: noisy pages hold one every few words), through the hot
            // path's single reservation.
            emit(packed: 0, length: 0, replacing: index..<end)
            return end
        case .dash:
            if joinsCodeParts(p, dashStart: index, dashEnd: end, count) { emit(scalar: 0x2D, replacing: index..<end) }
            return end
        case .mark:
            return composeMarks(p, firstMark: index, count)
        case .cyrillic:
            return repairLookalikes(p, at: index, count)
        case .other:
            return normalizeRun(p, at: index, count)
        }
    }

    /// The start of the scalar before `index` when it is still in the uncopied stretch (so it can be
    /// rewritten together with what follows), else `index`.
    private func retractableStart(_ p: UnsafePointer<UInt8>, before index: Int) -> Int {
        guard index > pending else { return index }
        return UTF8Decoding.previousStart(p, index, lowerLimit: pending)
    }

    // MARK: - Combining marks

    /// The commonest edit of NFD text, read without decoding: an ASCII vowel, one or two Vietnamese marks
    /// (U+0300–U+033F, two bytes each) and no mark after them. Nil sends the text to ``composeMarks(_:firstMark:_:)``,
    /// which composes every case this one does the same way (the table is built from ``composeVietnamese``).
    @inline(__always)
    private mutating func composeASCIIVowel(_ p: UnsafePointer<UInt8>, at index: Int, _ count: Int) -> Int? {
        guard index > pending, index + 1 < count, p[index - 1] < 0x80, p[index + 1] & 0xC0 == 0x80 else { return nil }
        var end = index + 2
        var second: UInt8 = 0x40
        if end + 1 < count && p[end] == 0xCC && p[end + 1] & 0xC0 == 0x80 {
            second = p[end + 1] & 0x3F
            end += 2
        }
        // Another mark may follow (U+0300–036F, or the rarer ranges led by E1, E2 and EF): the general path.
        if end < count && (p[end] == 0xCC || p[end] == 0xCD || p[end] == 0xE1 || p[end] == 0xE2 || p[end] == 0xEF) {
            return nil
        }
        let letter = composedASCII.letter(base: p[index - 1], first: p[index + 1] & 0x3F, second: second)
        guard letter != 0 else { return nil }
        emit(packed: letter & 0xFF_FFFF, length: Int(letter >> 24), replacing: index - 1..<end)
        return end
    }

    /// Decomposed Vietnamese goes on letter after letter (`Nghi\u{323} đi\u{323}nh`): after a composed letter,
    /// the ASCII that follows is skipped and the next ASCII vowel with its marks composed, here, without going back
    /// through the dispatch of ``handleNonASCII(_:at:_:)``. Returns where that stops: anything but ASCII, `đ` and a
    /// mark after an ASCII vowel goes back to the general loop, which reads it as it would have.
    ///
    /// The loop runs in C (`vietcite_compose_ascii_vowels`; NFD normalization 27.6 → 15.5 instructions per byte),
    /// writing straight into the output and the map; at scan level 0 (`vietcite_scan_set_level`) it runs in Swift,
    /// ``composeASCIIVowelsInSwift(_:from:_:)``, the reference the tests compare it with.
    private mutating func composeASCIIVowels(_ p: UnsafePointer<UInt8>, from start: Int, _ count: Int) -> Int {
        guard vietcite_scan_level() > 0 else { return composeASCIIVowelsInSwift(p, from: start, count) }
        let (out, outCapacity) = output.storage(reserving: 64)
        let (segments, segmentCount, segmentCapacity) = map.storage(reserving: 64)
        var state = vietcite_compose_state(out: out, out_count: output.count, out_capacity: outCapacity,
                                           segments: segments, segment_count: segmentCount,
                                           segment_capacity: segmentCapacity, pending: pending)
        let end = composedASCII.withTables { letters, slots in
            vietcite_compose_ascii_vowels(p, start, count, &state, letters, slots)
        }
        output.setCount(state.out_count)
        map.setCount(state.segment_count)
        pending = state.pending
        return end
    }

    /// ``composeASCIIVowels(_:from:_:)`` in Swift, a letter at a time through ``composeASCIIVowel(_:at:_:)``.
    private mutating func composeASCIIVowelsInSwift(_ p: UnsafePointer<UInt8>, from start: Int, _ count: Int) -> Int {
        var index = start
        while true {
            index = Self.nextNonASCII(p, from: index, count)
            if index + 1 < count && p[index] == 0xC4 && p[index + 1] & 0xFE == 0x90 {
                index += 2
                continue
            }
            guard index < count, p[index] == 0xCC, let end = composeASCIIVowel(p, at: index, count) else {
                return index
            }
            index = end
        }
    }

    /// The first byte at or after `index` that is not ASCII, or `count`: eight bytes at a time, the first high bit
    /// found by counting trailing zeros (the words are read little-endian).
    @inline(__always)
    static func nextNonASCII(_ p: UnsafePointer<UInt8>, from index: Int, _ count: Int) -> Int {
        var index = index
        #if _endian(little)
        while index + 8 <= count {
            let high = UnsafeRawPointer(p + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080
            if high != 0 { return index + high.trailingZeroBitCount >> 3 }
            index += 8
        }
        #endif
        while index < count && p[index] < 0x80 { index += 1 }
        return index
    }

    /// Composes a base letter and the combining marks that follow it.
    private mutating func composeMarks(_ p: UnsafePointer<UInt8>, firstMark: Int, _ count: Int) -> Int {
        let baseStart = retractableStart(p, before: firstMark)
        let base: UInt32? = baseStart < firstMark ? UTF8Decoding.decode(p, baseStart, count).scalar : nil
        // The common case, without allocating: a Vietnamese vowel and one or two Vietnamese marks.
        var end = firstMark
        var marks: (UInt32, UInt32) = (0, 0)
        var markCount = 0
        while end < count && markCount < 3 {
            let (scalar, length) = UTF8Decoding.decode(p, end, count)
            guard scalar >= 0x300 && scalar <= 0x36F else { break }
            if markCount == 0 { marks.0 = scalar } else if markCount == 1 { marks.1 = scalar }
            markCount += 1
            end += length
        }
        let nextIsMark = end < count && isAnyMark(UTF8Decoding.decode(p, end, count).scalar)
        if let base, markCount <= 2, !nextIsMark,
           let composed = Self.composeVietnamese(base: base, first: marks.0, second: markCount == 2 ? marks.1 : nil) {
            emit(scalar: composed, replacing: baseStart..<end)
            return end
        }
        if base == 0x20, markCount <= 2, !nextIsMark,
           let composed = composeAcrossSpace(p, space: baseStart, marks: marks, markCount: markCount, end: end) {
            return composed
        }
        // Anything else: collect every mark, put shape marks before tone marks, then let ICU compose.
        var all: [UInt32] = []
        end = firstMark
        while end < count {
            let (scalar, length) = UTF8Decoding.decode(p, end, count)
            guard isAnyMark(scalar) else { break }
            all.append(scalar)
            end += length
        }
        var run: [UInt8] = []
        if let base, base != UTF8Decoding.invalid { UTF8Decoding.append(base, to: &run) }
        for mark in Self.orderedMarks(all) { UTF8Decoding.append(mark, to: &run) }
        let normalized = run.withUnsafeBufferPointer { ICU.nfc($0) }
        if !normalized.elementsEqual(UnsafeBufferPointer(rebasing: input[baseStart..<end])) {
            emit(normalized, replacing: baseStart..<end)
        }
        return end
    }

    /// Text taken out of a PDF may put a letter's marks after a space (`Nghi ̣ định`, `Nghi ̣định`): one or two
    /// Vietnamese marks after a space that follows a vowel are that vowel's. The space goes after the letter when a
    /// letter follows the marks (`Nghị định`), else it is dropped. Returns where the marks end, or nil to leave them.
    private mutating func composeAcrossSpace(_ p: UnsafePointer<UInt8>, space: Int, marks: (UInt32, UInt32),
                                             markCount: Int, end: Int) -> Int? {
        let baseStart = retractableStart(p, before: space)
        guard baseStart < space else { return nil }
        let count = input.count
        let base = UTF8Decoding.decode(p, baseStart, count)
        guard base.scalar != UTF8Decoding.invalid,
              let composed = Self.composeVietnamese(base: base.scalar, first: marks.0,
                                                    second: markCount == 2 ? marks.1 : nil) else { return nil }
        var bytes: [UInt8] = []
        UTF8Decoding.append(composed, to: &bytes)
        if end < count
            && (ByteClass.isASCIILetter(p[end])
                || ByteClass.isLetterScalar(UTF8Decoding.decode(p, end, count).scalar)) {
            bytes.append(0x20)
        }
        emit(bytes, replacing: baseStart..<end)
        return end
    }

    private func isAnyMark(_ scalar: UInt32) -> Bool {
        (0x300...0x36F).contains(scalar) || isCombining(scalar)
    }

    /// Combining marks outside U+0300–036F that may follow a base (a rough test; ICU decides the rest).
    private func isCombining(_ scalar: UInt32) -> Bool {
        (0x1AB0...0x1AFF).contains(scalar) || (0x1DC0...0x1DFF).contains(scalar) || (0x20D0...0x20FF).contains(scalar)
            || (0xFE20...0xFE2F).contains(scalar)
    }

    /// A Vietnamese vowel (ASCII or precomposed) with at most one shape and one tone mark added.
    static func composeVietnamese(base: UInt32, first: UInt32, second: UInt32?) -> UInt32? {
        var letter: VietnameseLetters.Letter
        if base < 0x80 {
            guard let row = VietnameseLetters.row(ascii: UInt8(base) | 0x20, shape: .none) else { return nil }
            letter = .init(row: row, tone: 0, isUpper: base < 0x61)
        } else {
            guard let known = VietnameseLetters.letter(base) else { return nil }
            letter = known
        }
        var shape = letter.shape
        var tone = letter.tone
        guard add(first, shape: &shape, tone: &tone) else { return nil }
        if let second { guard add(second, shape: &shape, tone: &tone) else { return nil } }
        guard let row = VietnameseLetters.row(ascii: letter.ascii, shape: shape) else { return nil }
        return VietnameseLetters.scalar(row: row, tone: tone, upper: letter.isUpper)
    }

    /// Adds one Vietnamese mark to a shape and tone; false when it is not one, or its slot is taken.
    @inline(__always)
    private static func add(_ mark: UInt32, shape: inout VietnameseLetters.Shape, tone: inout UInt8) -> Bool {
        guard let kind = VietnameseLetters.markKind(mark) else { return false }
        if kind.shape != .none {
            guard shape == .none else { return false }
            shape = kind.shape
        } else {
            guard tone == 0 else { return false }
            tone = kind.tone
        }
        return true
    }

    /// Shape diacritics (circumflex, breve, horn) first, then the rest in their order.
    static func orderedMarks(_ marks: [UInt32]) -> [UInt32] {
        let isShape: (UInt32) -> Bool = { $0 == 0x0302 || $0 == 0x0306 || $0 == 0x031B }
        return marks.filter(isShape) + marks.filter { !isShape($0) }
    }

    // MARK: - Other scripts

    /// NFC of a run of scalars that are not known to be stable, through ICU.
    private mutating func normalizeRun(_ p: UnsafePointer<UInt8>, at index: Int, _ count: Int) -> Int {
        let start = retractableStart(p, before: index)
        var end = index
        while end < count {
            let (scalar, length) = UTF8Decoding.decode(p, end, count)
            guard scalar != UTF8Decoding.invalid, scalar >= 0x80 else { break }
            let kind = ScalarClass.of(scalar)
            guard kind == .other || kind == .mark else { break }
            end += length
        }
        let run = UnsafeBufferPointer(rebasing: input[start..<end])
        if ICU.isNFC(run) { return end }
        emit(ICU.nfc(run), replacing: start..<end)
        return end
    }

    // MARK: - Lookalikes and dashes

    /// Repairs Cyrillic capitals inside a Latin code (`BТС`): the word must hold only Cyrillic letters that have a
    /// Latin twin, and a Latin letter, or stand as a segment of a symbol (`16/СТ-TTg`: after a slash or dash that
    /// follows a letter or digit, or before one that a Latin letter follows). Returns the end of the word.
    private mutating func repairLookalikes(_ p: UnsafePointer<UInt8>, at index: Int, _ count: Int) -> Int {
        var hasLatin = false
        var back = index
        while back > 0 {
            let start = UTF8Decoding.previousStart(p, back, lowerLimit: 0)
            let scalar = UTF8Decoding.decode(p, start, count).scalar
            guard Self.isCodeLetter(scalar) else { break }
            if scalar < 0x400 { hasLatin = true }
            back = start
        }
        var allTwins = true
        var end = index
        while end < count {
            let (scalar, length) = UTF8Decoding.decode(p, end, count)
            guard Self.isCodeLetter(scalar) else { break }
            if scalar < 0x400 { hasLatin = true } else if ScalarClass.latinLookalike(ofCyrillic: scalar) == nil {
                allTwins = false
            }
            end += length
        }
        guard allTwins && (hasLatin || Self.isSymbolSegment(p, back..<end, count)) else { return end }
        var position = index
        while position < end {
            let (scalar, length) = UTF8Decoding.decode(p, position, count)
            if let latin = ScalarClass.latinLookalike(ofCyrillic: scalar) {
                emit(scalar: UInt32(latin), replacing: position..<(position + length))
            }
            position += length
        }
        return end
    }

    /// True when the word at `word` stands between the parts of a symbol: a `/` or `-` joins it to an ASCII letter
    /// or digit before it, or to an ASCII capital or `Đ` after it.
    private static func isSymbolSegment(_ p: UnsafePointer<UInt8>, _ word: Range<Int>, _ count: Int) -> Bool {
        if word.lowerBound >= 2, p[word.lowerBound - 1] == 0x2F || p[word.lowerBound - 1] == 0x2D {
            let byte = p[word.lowerBound - 2]
            if ByteClass.isDigit(byte) || ByteClass.isASCIILetter(byte) { return true }
        }
        guard word.upperBound + 1 < count, p[word.upperBound] == 0x2F || p[word.upperBound] == 0x2D else {
            return false
        }
        let next = p[word.upperBound + 1]
        return next >= 0x41 && next <= 0x5A
            || next == 0xC4 && word.upperBound + 2 < count && p[word.upperBound + 2] == 0x90
    }

    /// ASCII letters, Đ/đ and Cyrillic letters: what a code's letters can be made of.
    private static func isCodeLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0x110, 0x111, 0xD0, 0x400...0x482, 0x48A...0x4FF: return true
        default: return false
        }
    }

    /// True when a dash stands between a digit or capital and a digit or capital (spaces and invisible
    /// characters allowed around it).
    private func joinsCodeParts(_ p: UnsafePointer<UInt8>, dashStart: Int, dashEnd: Int, _ count: Int) -> Bool {
        var before = dashStart
        var previous: UInt32 = 0
        for _ in 0..<4 where before > 0 {
            let start = UTF8Decoding.previousStart(p, before, lowerLimit: 0)
            previous = UTF8Decoding.decode(p, start, count).scalar
            before = start
            if !Self.isSkippable(previous) { break }
        }
        var after = dashEnd
        var next: UInt32 = 0
        for _ in 0..<4 where after < count {
            let (scalar, length) = UTF8Decoding.decode(p, after, count)
            next = scalar
            after += length
            if !Self.isSkippable(next) { break }
        }
        return Self.isCodePart(previous) && Self.isCodePart(next)
    }

    private static func isSkippable(_ scalar: UInt32) -> Bool {
        if scalar == 0x20 { return true }
        switch ScalarClass.of(scalar) {
        case .remove, .replace(0x20): return scalar >= 0x80
        default: return false
        }
    }

    private static func isCodePart(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x110, 0xD0, 0x189: return true
        default: return false
        }
    }
}
