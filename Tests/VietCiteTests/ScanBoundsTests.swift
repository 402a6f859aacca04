import CVietCiteScan
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The vector loops read blocks of sixteen and thirty-two bytes, and the bytes beside them: none may read past the
/// end of its input. Each input here ends where an unreadable page begins, so a read past it stops the test run.
extension ScanLevelTests {
    /// A page that can be read with an unreadable page after it: inputs are written to its end.
    final class GuardedPage {
        let size: Int
        let region: UnsafeMutableRawPointer

        init?() {
            size = Int(sysconf(Int32(_SC_PAGESIZE)))
            guard let region = mmap(nil, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                  region != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
            self.region = region
            guard mprotect(region + size, size, PROT_NONE) == 0 else { return nil }
        }

        deinit { munmap(region, 2 * size) }

        /// `bytes` copied so that their last byte is the last readable one.
        func place(_ bytes: [UInt8]) -> UnsafePointer<UInt8> {
            let start = (region + size - bytes.count).assumingMemoryBound(to: UInt8.self)
            for (offset, byte) in bytes.enumerated() { start[offset] = byte }
            return UnsafePointer(start)
        }
    }

    @Test("no scan reads past the end of its input, at any level, from any start")
    func readsNothingPastTheEnd() throws {
        let page = try #require(GuardedPage())
        var generator = SeededGenerator(seed: 41)
        // Digits beside OCR's letters and long runs without a digit, so that every loop (pairs of blocks, one
        // block, the tail) ends at every distance from the end.
        let dense = Array("0123456789OolIx/- ".utf8)
        // Every two-byte letter kept, so the kept-text loop runs as far as it can.
        let keptPairs = [UInt8](repeating: 1, count: 30 << 6)
        let sparse = Array(String(repeating: "x", count: 88).utf8) + Array("7O".utf8)
        for length in 0...200 {
            for round in 0..<6 {
                let bytes: [UInt8]
                switch round {
                case 0, 1: bytes = Array(Self.text(seed: UInt64(length * 8 + round), pieces: length).prefix(length))
                case 2, 3: bytes = (0..<length).map { _ in dense[Int(generator.next() % UInt64(dense.count))] }
                default: bytes = (0..<length).map { _ in sparse[Int(generator.next() % UInt64(sparse.count))] }
                }
                let p = page.place(bytes)
                let count = bytes.count
                _ = Self.atEachLevel { () -> Int in
                    var sum = vietcite_json_plain_run(p, count) + vietcite_find_byte(p, 0, count, 0x0A)
                    for start in 0...count {
                        sum &+= vietcite_scan_clean(p, start, count) &+ vietcite_next_anchor(p, start, count)
                            &+ vietcite_last_clause_boundary(p, start, count, count)
                            &+ vietcite_clause_het(p, start, count, nil)
                            &+ vietcite_next_ocr_confusable(p, start, count)
                            &+ vietcite_skip_kept(p, start, count, count, keptPairs)
                    }
                    return sum
                }
            }
        }
    }
}
