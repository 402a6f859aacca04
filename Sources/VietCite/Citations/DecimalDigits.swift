/// Writes a number's decimal digits straight into the bytes of a string being built: a citation's canonical
/// symbol (`107/2021/NĐ-CP`) and its date (`2021-12-06`), one of each per record.
enum DecimalDigits {
    /// Writes the last `width` digits of `value` (≥ 0), zero-padded, into `buffer[at..<at + width]`.
    @inline(__always)
    static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
            buffer[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
    }
}
