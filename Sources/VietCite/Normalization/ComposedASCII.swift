/// ASCII vowel + one or two Vietnamese combining marks → the precomposed letter, as one flat table: the NFD
/// fast path of ``NormalizationPass`` reads it instead of decoding. Built from
/// ``NormalizationPass/composeVietnamese(base:first:second:)``, so the two always agree.
struct ComposedASCII: Sendable {
    /// `[base slot][first mark][second mark]`: 12 base slots (`aeiouy`, `AEIOUY`), marks U+0300–U+033F by their
    /// low six bits, 64 for no second mark; 0 when the letter is not Vietnamese.
    private let scalars: [UInt32]
    /// ASCII byte → base slot + 1 (0: not a vowel).
    private let slots: [UInt8]

    static let table = ComposedASCII()

    private init() {
        let vowels = Array("aeiouyAEIOUY".utf8)
        var slots = [UInt8](repeating: 0, count: 128)
        for (slot, vowel) in vowels.enumerated() { slots[Int(vowel)] = UInt8(slot + 1) }
        var scalars = [UInt32](repeating: 0, count: vowels.count * 64 * 65)
        // Only the Vietnamese marks compose (every other entry stays 0, as composeVietnamese gives nil for them).
        let marks: [UInt32] = [0x00, 0x01, 0x02, 0x03, 0x06, 0x09, 0x1B, 0x23]
        for (slot, vowel) in vowels.enumerated() {
            for first in marks {
                for second in marks + [64] {
                    let composed = NormalizationPass.composeVietnamese(
                        base: UInt32(vowel), first: 0x300 | first, second: second == 64 ? nil : 0x300 | second)
                    scalars[(slot * 64 + Int(first)) * 65 + Int(second)] = composed ?? 0
                }
            }
        }
        self.slots = slots
        self.scalars = scalars
    }

    /// The composed scalar, or 0. `first` and `second` are the low six bits of U+03xx marks; `second` is 64 for none.
    @inline(__always)
    func composed(base: UInt8, first: UInt8, second: UInt8) -> UInt32 {
        let slot = slots[Int(base)]
        guard slot > 0 else { return 0 }
        return scalars[(Int(slot - 1) * 64 + Int(first)) * 65 + Int(second)]
    }
}
