/// ASCII vowel + one or two Vietnamese combining marks → the precomposed letter, as one flat table: the NFD
/// fast path of ``NormalizationPass`` (and its C loop) reads it instead of decoding. Built from
/// ``NormalizationPass/composeVietnamese(base:first:second:)``, so the two always agree.
struct ComposedASCII: Sendable {
    /// `[base slot][first mark][second mark]`: 12 base slots (`aeiouy`, `AEIOUY`), marks U+0300–U+033F by their
    /// low six bits, 64 for no second mark. Each entry is the letter's UTF-8 bytes, little-endian, with their number
    /// in the top byte (written as they are, without encoding); 0 when the letter is not Vietnamese.
    private let letters: [UInt32]
    /// Byte → base slot + 1 (0: not an ASCII vowel); 256 entries, so that the C loop looks any byte up.
    private let slots: [UInt8]

    static let table = ComposedASCII()

    private init() {
        let vowels = Array("aeiouyAEIOUY".utf8)
        var slots = [UInt8](repeating: 0, count: 256)
        for (slot, vowel) in vowels.enumerated() { slots[Int(vowel)] = UInt8(slot + 1) }
        var letters = [UInt32](repeating: 0, count: vowels.count * 64 * 65)
        // Only the Vietnamese marks compose (every other entry stays 0, as composeVietnamese gives nil for them).
        let marks: [UInt32] = [0x00, 0x01, 0x02, 0x03, 0x06, 0x09, 0x1B, 0x23]
        for (slot, vowel) in vowels.enumerated() {
            for first in marks {
                for second in marks + [64] {
                    let composed = NormalizationPass.composeVietnamese(
                        base: UInt32(vowel), first: 0x300 | first, second: second == 64 ? nil : 0x300 | second)
                    if let composed {
                        let (packed, length) = UTF8Decoding.encode(composed)
                        letters[(slot * 64 + Int(first)) * 65 + Int(second)] = packed | UInt32(length) << 24
                    }
                }
            }
        }
        self.slots = slots
        self.letters = letters
    }

    /// The two tables, for the normalizer's C loop (`vietcite_compose_ascii_vowels`).
    @inline(__always)
    func withTables<Result>(_ body: (UnsafePointer<UInt32>, UnsafePointer<UInt8>) -> Result) -> Result {
        letters.withUnsafeBufferPointer { letters in
            slots.withUnsafeBufferPointer { slots in body(letters.baseAddress!, slots.baseAddress!) }
        }
    }

    /// The composed letter (UTF-8 bytes and their number in the top byte), or 0. `first` and `second` are the low
    /// six bits of U+03xx marks; `second` is 64 for none.
    @inline(__always)
    func letter(base: UInt8, first: UInt8, second: UInt8) -> UInt32 {
        let slot = slots[Int(base)]
        guard slot > 0 else { return 0 }
        return letters[(Int(slot - 1) * 64 + Int(first)) * 65 + Int(second)]
    }
}
