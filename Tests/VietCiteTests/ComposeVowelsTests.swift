import CVietCiteScan
import Foundation
import Testing

/// The normalizer's C loop for decomposed text (`vietcite_compose_ascii_vowels`) runs a fast loop, without tests of
/// room, below the bound it computes when it starts, and its general loop beyond. Wherever the output or the map runs
/// out of room, the text and the map it writes must be those it writes with room for everything.
@Suite("Composing decomposed vowels in C")
struct ComposeVowelsTests {
    /// The two tables of the loop, laid out as `ComposedASCII` lays them out (`[slot][first mark][second mark]`), with
    /// a made-up letter of two or three bytes in every entry: both runs read the same tables, and no entry stops them.
    static let tables: (letters: [UInt32], slots: [UInt8]) = {
        var slots = [UInt8](repeating: 0, count: 256)
        for (slot, vowel) in "aeiouyAEIOUY".utf8.enumerated() { slots[Int(vowel)] = UInt8(slot + 1) }
        let letters = (0..<12 * 64 * 65).map { (entry: Int) -> UInt32 in
            let length = UInt32(2 + entry % 2) << 24
            let bytes = UInt32(0xE1_80_80) | UInt32(entry & 0x3F) | UInt32(entry >> 6 & 0x3F) << 8
            return length | bytes
        }
        return (letters, slots)
    }()

    /// The output, the map's segments (as triples) and the pending start; where the loop stopped is apart, as it
    /// passes the last ASCII bytes eight or sixteen at a time.
    struct Run: Equatable {
        var out: [UInt8]
        var segments: [UInt32]
        var pending: Int
    }

    /// Runs the loop over `bytes` from 0, letting it write at most `room()` more bytes and `segmentRoom()` more
    /// segments per call (eight times more after a call that made no progress, as a long stretch of ASCII needs), and
    /// calling it again where it stopped until it stops in the last 24 bytes, which it leaves to its caller.
    static func run(_ bytes: [UInt8], room: () -> Int, segmentRoom: () -> Int) -> (run: Run, end: Int) {
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 64)
        let segments = UnsafeMutablePointer<vietcite_offset_segment>.allocate(capacity: bytes.count + 4)
        defer {
            out.deallocate()
            segments.deallocate()
        }
        var state = vietcite_compose_state(out: out, out_count: 0, out_capacity: 0, segments: segments,
                                           segment_count: 0, segment_capacity: 0, pending: 0)
        var index = 0
        var boost = 1
        repeat {
            state.out_capacity = min(bytes.count + 64, state.out_count + room() * boost)
            state.segment_capacity = min(bytes.count + 4, state.segment_count + segmentRoom() * boost)
            let before = (index, state.out_count)
            index = bytes.withUnsafeBufferPointer { input in
                tables.letters.withUnsafeBufferPointer { letters in
                    tables.slots.withUnsafeBufferPointer { slots in
                        vietcite_compose_ascii_vowels(input.baseAddress!, index, input.count, &state,
                                                      letters.baseAddress!, slots.baseAddress!)
                    }
                }
            }
            boost = before == (index, state.out_count) ? boost * 8 : 1
        } while index < bytes.count - 24 && boost < 1 << 20
        let written = UnsafeBufferPointer(start: segments, count: state.segment_count)
        return (Run(out: Array(UnsafeBufferPointer(start: out, count: state.out_count)),
                    segments: written.flatMap { [$0.out, $0.in, $0.length_and_flag] }, pending: state.pending), index)
    }

    @Test("with little room for the output or the map, the loop writes what it writes with room for all")
    func littleRoom() {
        // Only what the loop composes or passes (ASCII, decomposed vowels, `đ`), so that it stops for room or at the
        // last 24 bytes only; vowels after vowels (`ươ`), after ASCII and after nothing but a letter.
        let alphabet: [[UInt8]] = [
            "Nghi\u{323} ", "đi\u{323}nh ", "quye\u{302}\u{301}t ", "Đa\u{309}ng ",
            "ngu\u{31B}\u{300}o\u{31B}\u{300}i ", "a\u{301}", "o\u{31B}\u{300}", "E\u{302}\u{303}", "y\u{309}",
            "số 15/2020/NĐ-CP ", " ", "x",
            "abcdefghijklmnopqrstuvwxyz0123456789 ",
        ].map { Array($0.decomposedStringWithCanonicalMapping.utf8) }
        for seed in UInt64(1)...80 {
            var generator = SeededGenerator(seed: seed)
            var bytes: [UInt8] = []
            for _ in 0..<(10 + Int(generator.next() % 300)) {
                bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            bytes += Array(repeating: 0x20, count: 24)
            let ample = Self.run(bytes, room: { 1 << 30 }, segmentRoom: { 1 << 30 })
            let tight = Self.run(bytes, room: { 16 + Int(generator.next() % 40) },
                                 segmentRoom: { 2 + Int(generator.next() % 5) })
            #expect(ample.end >= bytes.count - 24, "seed \(seed): stopped at \(ample.end) of \(bytes.count)")
            #expect(tight.end >= bytes.count - 24, "seed \(seed): stopped at \(tight.end) of \(bytes.count)")
            #expect(!ample.run.segments.isEmpty)
            #expect(tight.run == ample.run, "seed \(seed)")
        }
    }
}
