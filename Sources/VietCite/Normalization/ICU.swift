internal import CVietCiteICU

/// The only door to ICU: NFC of a UTF-8 run, through the C shim, with ICU's preflight-and-retry convention.
enum ICU {
    /// An ICU failure (a status code and ICU's name for it).
    struct ICUError: Error, CustomStringConvertible {
        let status: Int32
        var description: String { String(cString: vietcite_icu_error_name(status)) }
    }

    private static let bufferOverflow: Int32 = 15

    /// NFC of a well-formed UTF-8 run. On an ICU failure (which does not happen for well-formed input) the
    /// run is returned unchanged, so normalization never throws on content.
    static func nfc(_ run: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        (try? nfcThrowing(run)) ?? Array(run)
    }

    static func nfcThrowing(_ run: UnsafeBufferPointer<UInt8>) throws(ICUError) -> [UInt8] {
        guard let base = run.baseAddress, run.count > 0 else { return [] }
        let source = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
        var capacity = run.count + 16
        for _ in 0..<2 {
            var status: Int32 = 0
            var result = [UInt8](repeating: 0, count: capacity)
            let needed = result.withUnsafeMutableBytes { buffer in
                vietcite_icu_nfc_utf8(source, Int32(run.count),
                                      buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(capacity),
                                      &status)
            }
            if status == bufferOverflow {
                capacity = Int(needed)
                continue
            }
            guard status <= 0 else { throw ICUError(status: status) }
            result.removeSubrange(Int(needed)...)
            return result
        }
        throw ICUError(status: bufferOverflow)
    }

    /// True when the run is already NFC.
    static func isNFC(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = run.baseAddress, run.count > 0 else { return true }
        var status: Int32 = 0
        let result = vietcite_icu_is_nfc_utf8(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                              Int32(run.count), &status)
        return status <= 0 && result == 1
    }
}
